// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AuditLog.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QSqlRecord>

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
bool isKnownTable(const QString& table)
{
    static const QStringList known{
        QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("commune"),
        QStringLiteral("commune_period"), QStringLiteral("commune_lineage"), QStringLiteral("district_lineage"),
        QStringLiteral("village"), QStringLiteral("recognition"), QStringLiteral("criteria_set"),
        QStringLiteral("set_assignment"), QStringLiteral("commune_group"), QStringLiteral("criterion_crosswalk"),
        QStringLiteral("official"), QStringLiteral("rotation"), QStringLiteral("assessment"),
        QStringLiteral("review_meeting"), QStringLiteral("criterion_plan"), QStringLiteral("app_user"),
        QStringLiteral("reform"),
        // Issue 20: working groups, actions, villages' progress and lineage, the provinces' village rules.
        QStringLiteral("working_group"), QStringLiteral("working_group_member"),
        QStringLiteral("village_responsibility"), QStringLiteral("review_action"), QStringLiteral("village_model_area"),
        QStringLiteral("village_model_garden"), QStringLiteral("village_lineage"),
        QStringLiteral("village_criterion_rule")};
    return known.contains(table);
}
} // namespace

Result<QString> AuditLog::snapshot(const QString& table, const QString& id)
{
    if (!isKnownTable(table)) {
        return Error{QString(), tr("Unknown table %1").arg(table)};
    }
    auto it = m_snapshots.find(table);
    if (it == m_snapshots.end()) {
        // sql-safe: `table` is one of isKnownTable()'s fixed names (checked above)
        QSqlQuery prepared =
            sql::prepare(m_db.sql(), QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
        it = m_snapshots.emplace(table, Snapshot{std::move(prepared), {}}).first;
    }
    QSqlQuery& q = it->second.query;
    q.bindValue(0, id);
    if (Status s = sql::exec(q, tr("Reading %1").arg(table)); !s) {
        return s.error();
    }
    if (!q.next()) {
        q.finish();
        return QString();
    }
    std::vector<std::string>& names = it->second.names;
    if (names.empty()) {
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i) {
            names.push_back(rec.fieldName(i).toStdString());
        }
    }
    nlohmann::ordered_json row = nlohmann::ordered_json::object();
    for (int i = 0; i < static_cast<int>(names.size()); ++i) {
        const QVariant v = q.value(i);
        const std::string& name = names.at(static_cast<size_t>(i));
        if (name == "password_hash" || name == "password_salt") {
            row[name] = v.isNull() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json("***");
        } else if (v.isNull()) {
            row[name] = nullptr;
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            row[name] = v.toLongLong();
        } else if (v.typeId() == QMetaType::Double) {
            row[name] = v.toDouble();
        } else {
            row[name] = v.toString().toStdString();
        }
    }
    q.finish();
    return QString::fromStdString(row.dump());
}

Status AuditLog::record(const QString& action, const QString& table, const QString& rowId, const QString& beforeJson,
                        const QString& afterJson)
{
    // Every change recorded here is checked against the signed-in user's role and scope: a change that is not
    // theirs is refused with the message, and the caller's transaction rolls it back (docs/security.md).
    // A bulk entry stands for rows its writer checked one by one; here only the kind is checked.
    AccessGuard guard(m_db);
    if (action == QLatin1String("bulk")) {
        const auto kind = AccessPolicy::kindOfTable(table);
        if (Status s = kind ? guard.requireKind(*kind) : guard.requireAdmin(RecordKind::Unit); !s) {
            return s;
        }
    } else if (action == QLatin1String("delete") && table == QLatin1String("app_user")) {
        if (Status s = guard.requireAdmin(RecordKind::User); !s) {
            return s;
        }
    } else if (Status s = guard.checkRow(table, beforeJson, afterJson); !s) {
        return s;
    }
    if (m_db.backend().auditsByTrigger()) {
        return {}; // the server's triggers record the change, naming the login role (docs/security.md)
    }
    if (!m_insertPrepared) {
        m_insert =
            sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, row_id, "
                                                    "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        m_insertPrepared = true;
    }
    const QVariantList values{
        dates::nowTimestamp(),       m_db.actor().username,     action, table, sql::textOrNull(rowId),
        sql::textOrNull(beforeJson), sql::textOrNull(afterJson)};
    for (int i = 0; i < values.size(); ++i) {
        m_insert.bindValue(i, values.at(i));
    }
    return sql::exec(m_insert, tr("Writing the audit log"));
}

Status AuditLog::recordInsert(const QString& table, const QString& rowId)
{
    const auto after = snapshot(table, rowId);
    if (!after) {
        return after.error();
    }
    return record(QStringLiteral("insert"), table, rowId, QString(), after.value());
}

Status AuditLog::recordUpdate(const QString& table, const QString& rowId, const QString& beforeJson)
{
    const auto after = snapshot(table, rowId);
    if (!after) {
        return after.error();
    }
    return record(QStringLiteral("update"), table, rowId, beforeJson, after.value());
}

Status AuditLog::recordDelete(const QString& table, const QString& rowId, const QString& beforeJson)
{
    return record(QStringLiteral("delete"), table, rowId, beforeJson, QString());
}

Result<QList<AuditEntry>> AuditLog::historyOf(const QString& table, const QString& rowId)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT seq, at, actor, action, table_name, row_id, before_json, "
                                                "after_json FROM audit_log WHERE table_name = ? AND row_id = ? "
                                                "ORDER BY seq"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (Status s = sql::exec(q, tr("Reading the audit log")); !s) {
        return s.error();
    }
    QList<AuditEntry> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

Result<qint64> AuditLog::count()
{
    const auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!v) {
        return v.error();
    }
    return v.value().toLongLong();
}

} // namespace ntm::core
