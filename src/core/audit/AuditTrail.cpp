// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTrail.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <set>

namespace ntm::core {

namespace {
using OrderedJson = nlohmann::ordered_json;

const QString kAuditColumns = QStringLiteral("seq, at, actor, action, table_name, row_id, before_json, after_json");
/// A field of the stored row, from the after image, else the before image (the backend says how to read JSON).
QString fieldOf(const Database& db, const char* key)
{
    const QString k = QString::fromLatin1(key);
    return QStringLiteral("coalesce(") + db.backend().jsonText(QStringLiteral("after_json"), k) + QStringLiteral(", ") +
           db.backend().jsonText(QStringLiteral("before_json"), k) + QLatin1Char(')');
}

OrderedJson parseImage(const QString& text)
{
    if (text.isEmpty()) {
        return OrderedJson::object();
    }
    OrderedJson j = OrderedJson::parse(text.toStdString(), nullptr, false);
    return j.is_object() ? j : OrderedJson::object();
}

QString str(const OrderedJson& row, const char* key)
{
    const auto it = row.find(key);
    if (it == row.end() || it->is_null()) {
        return {};
    }
    if (it->is_string()) {
        return QString::fromStdString(it->get<std::string>());
    }
    return QString::fromStdString(it->dump());
}

/// A stored value as a user reads it: ISO dates as dd/MM/yyyy.
QString shown(const OrderedJson& value)
{
    if (value.is_null()) {
        return {};
    }
    if (!value.is_string()) {
        return QString::fromStdString(value.dump());
    }
    const QString text = QString::fromStdString(value.get<std::string>());
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return isoDate.match(text).hasMatch() ? dates::toDisplay(dates::fromIso(text)) : text;
}

bool bookkeeping(const std::string& column)
{
    static const std::set<std::string> skipped{"row_version",  "updated_at", "created_at",      "name_folded",
                                               "decision_key", "seq",        "failed_attempts", "retry_after"};
    return skipped.count(column) > 0;
}

/// What a bulk entry stands for, in words: "demo data: 351 communes, 221 officials, 154 rotations".
QString bulkLabel(const OrderedJson& row)
{
    QStringList counts;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!it->is_number_integer()) {
            continue;
        }
        const int n = it->get<int>();
        const std::string& key = it.key();
        if (key == "communes") {
            counts.append(AuditTrail::tr("%n commune(s)", nullptr, n));
        } else if (key == "officials") {
            counts.append(AuditTrail::tr("%n official(s)", nullptr, n));
        } else if (key == "rotations") {
            counts.append(AuditTrail::tr("%n rotation(s)", nullptr, n));
        } else if (key == "assessments") {
            counts.append(AuditTrail::tr("%n assessment(s)", nullptr, n));
        } else if (key == "indicator_values") {
            counts.append(AuditTrail::tr("%n indicator value(s)", nullptr, n));
        } else {
            counts.append(QString::fromStdString(key) + QStringLiteral(": ") + QString::number(n));
        }
    }
    QString what;
    if (str(row, "action") == QLatin1String("demo")) {
        what = AuditTrail::tr("demo data");
    } else if (str(row, "source") == QLatin1String("exchange package")) {
        what = str(row, "scope_name").isEmpty() ? AuditTrail::tr("exchange package")
                                                : AuditTrail::tr("exchange package of %1").arg(str(row, "scope_name"));
    } else if (const QString from = str(row, "restored_from"); !from.isEmpty()) {
        what = AuditTrail::tr("restored from the backup %1").arg(from);
    }
    const QString list = counts.join(QStringLiteral(", "));
    return what.isEmpty() ? list : list.isEmpty() ? what : what + QStringLiteral(": ") + list;
}

QString utcBoundary(const QDate& localDay)
{
    return QDateTime(localDay, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

Result<QList<AuditEntry>> AuditTrail::select(const QString& where, const QVariantList& values, const QString& order,
                                             int limit)
{
    // sql-safe: `where` and `order` are assembled from this file's constant fragments; every value is bound
    QString statement = QStringLiteral("SELECT ") + kAuditColumns + QStringLiteral(" FROM audit_log") + where + order;
    if (limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
    }
    QSqlQuery q = sql::prepare(m_db.sql(), statement);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (limit > 0) {
        q.addBindValue(limit + 1);
    }
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

Result<QList<AuditEntry>> AuditTrail::search(const AuditFilter& filter)
{
    QStringList conditions;
    QVariantList values;
    if (!filter.actor.isEmpty()) {
        conditions.append(QStringLiteral("actor = ?"));
        values.append(filter.actor);
    }
    if (!filter.communeId.isEmpty()) {
        conditions.append(QStringLiteral("(") + fieldOf(m_db, "commune_id") +
                          QStringLiteral(" = ? OR (table_name = 'commune' AND row_id = ?))"));
        values += QVariantList{filter.communeId, filter.communeId};
    }
    if (filter.kind) {
        const QStringList tables = tablesOf(*filter.kind);
        // sql-safe: one placeholder per table name; the names are bound
        conditions.append(QStringLiteral("table_name IN (") +
                          QStringList(tables.size(), QStringLiteral("?")).join(u',') + QLatin1Char(')'));
        for (const QString& t : tables) {
            values.append(t);
        }
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values.append(utcBoundary(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values.append(utcBoundary(filter.to.addDays(1)));
    }
    // sql-safe: the conditions are this function's constant fragments; their values are bound
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where, values, QStringLiteral(" ORDER BY seq DESC"), filter.limit);
}

Result<QStringList> AuditTrail::actors()
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"));
    if (Status s = sql::exec(q, tr("Reading the audit log")); !s) {
        return s.error();
    }
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

Result<QList<AuditEntry>> AuditTrail::historyOf(const QString& table, const QString& rowId)
{
    return select(QStringLiteral(" WHERE table_name = ? AND row_id = ?"), {table, rowId},
                  QStringLiteral(" ORDER BY seq"), 0);
}

Result<QList<AuditEntry>> AuditTrail::criterionHistory(const QString& communeId, const QString& family, int number)
{
    // sql-safe: fieldOf() gives the backend's constant phrase for a fixed JSON key; every value is bound
    return select(QStringLiteral(" WHERE table_name = 'assessment' AND ") + fieldOf(m_db, "commune_id") +
                      QStringLiteral(" = ? AND ") + fieldOf(m_db, "family") + QStringLiteral(" = ? AND ") +
                      fieldOf(m_db, "criterion_number") + QStringLiteral(" = ?"),
                  {communeId, family, number}, QStringLiteral(" ORDER BY seq"), 0);
}

QStringList AuditTrail::tablesOf(RecordKind kind)
{
    static const QStringList all{QStringLiteral("official"),
                                 QStringLiteral("rotation"),
                                 QStringLiteral("assessment"),
                                 QStringLiteral("review_meeting"),
                                 QStringLiteral("village"),
                                 QStringLiteral("criterion_plan"),
                                 QStringLiteral("commune"),
                                 QStringLiteral("set_assignment"),
                                 QStringLiteral("commune_group"),
                                 QStringLiteral("recognition"),
                                 QStringLiteral("criteria_set"),
                                 QStringLiteral("criterion_crosswalk"),
                                 QStringLiteral("province"),
                                 QStringLiteral("district"),
                                 QStringLiteral("commune_period"),
                                 QStringLiteral("commune_lineage"),
                                 QStringLiteral("district_lineage"),
                                 QStringLiteral("app_user"),
                                 QStringLiteral("reform"),
                                 QStringLiteral("working_group"),
                                 QStringLiteral("working_group_member"),
                                 QStringLiteral("village_responsibility"),
                                 QStringLiteral("review_action"),
                                 QStringLiteral("village_model_area"),
                                 QStringLiteral("village_model_garden"),
                                 QStringLiteral("village_lineage"),
                                 QStringLiteral("village_criterion_rule")};
    QStringList out;
    for (const QString& t : all) {
        if (AccessPolicy::kindOfTable(t) == kind) {
            out.append(t);
        }
    }
    return out;
}

QString AuditTrail::communeOf(const AuditEntry& e)
{
    if (e.table == QLatin1String("commune")) {
        return e.rowId;
    }
    const QString after = str(parseImage(e.afterJson), "commune_id");
    return after.isEmpty() ? str(parseImage(e.beforeJson), "commune_id") : after;
}

QString AuditTrail::recordLabel(const AuditEntry& e)
{
    const OrderedJson after = parseImage(e.afterJson);
    const OrderedJson row = after.empty() ? parseImage(e.beforeJson) : after;
    if (e.action == QLatin1String("bulk")) {
        return bulkLabel(row);
    }
    if (e.table == QLatin1String("assessment")) {
        return tr("criterion %1 on %2")
            .arg(str(row, "criterion_number"), shown(row.value("assessed_on", OrderedJson())));
    }
    if (e.table == QLatin1String("review_meeting")) {
        return tr("meeting of %1").arg(shown(row.value("held_on", OrderedJson())));
    }
    if (e.table == QLatin1String("criteria_set")) {
        return str(row, "code") + QStringLiteral(" v") + str(row, "version");
    }
    for (const char* key : {"full_name", "decision_no", "name", "username", "code", "what"}) {
        if (const QString v = str(row, key); !v.isEmpty()) {
            return v;
        }
    }
    return e.rowId;
}

QList<AuditChange> AuditTrail::changes(const AuditEntry& e)
{
    const OrderedJson before = parseImage(e.beforeJson);
    const OrderedJson after = parseImage(e.afterJson);
    QList<AuditChange> out;
    auto add = [&](const std::string& key) {
        if (bookkeeping(key)) {
            return;
        }
        const OrderedJson b = before.value(key, OrderedJson());
        const OrderedJson a = after.value(key, OrderedJson());
        if (b == a || (b.is_null() && a.is_null())) {
            return;
        }
        out.append({QString::fromStdString(key), shown(b), shown(a)});
    };
    for (auto it = after.begin(); it != after.end(); ++it) {
        add(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            add(it.key());
        }
    }
    return out;
}

QString AuditTrail::actionLabel(const QString& action)
{
    if (action == QLatin1String("insert")) {
        return tr("Added");
    }
    if (action == QLatin1String("update")) {
        return tr("Changed");
    }
    if (action == QLatin1String("delete")) {
        return tr("Deleted");
    }
    return tr("Bulk import");
}

} // namespace ntm::core
