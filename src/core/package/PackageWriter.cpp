// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageWriter.h"

#include "access/AccessGuard.h"
#include "db/BulkWriter.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "db/Sql.h"
#include "domain/People.h"
#include "package/KindTable.h"
#include "package/PackageChecks.h"
#include "package/RecordCodec.h"
#include "store/AuditLog.h"
#include "store/CriteriaStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
/// The statements of one table, prepared once and reused for every row.
struct Statements
{
    QSqlQuery insert;
    QSqlQuery update;
    QSqlQuery deleteChildren;
    QSqlQuery insertChild;
    QSqlQuery base;
};

/// Columns the database derives from a record (kept in step with the stores that write these tables).
QStringList extraColumns(PackageKind kind)
{
    if (kind == PackageKind::Officials) {
        return {QStringLiteral("name_folded")};
    }
    if (kind == PackageKind::Rotations) {
        return {QStringLiteral("decision_key")};
    }
    return {};
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

Statements prepare(Database& db, const KindSpec& spec)
{
    const QString table = QLatin1String(spec.table);
    QStringList columns = KindTable::columns(spec.fields).split(QStringLiteral(", "));
    columns += extraColumns(spec.kind);
    QStringList sets;
    for (qsizetype i = 1; i < columns.size(); ++i) {
        sets.append(columns.at(i) + QStringLiteral(" = ?"));
    }
    if (spec.rowVersion) {
        sets.append(QStringLiteral("row_version = row_version + 1"));
    }
    Statements s;
    // sql-safe: table and column names from PackageSchema's fixed KindSpecs, our count of placeholders; values bound
    s.insert =
        sql::prepare(db.sql(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size())));
    // sql-safe: as above (KindSpec names)
    s.update = sql::prepare(
        db.sql(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
    if (spec.child) {
        const ChildSpec& c = *spec.child;
        // sql-safe: KindSpec names
        s.deleteChildren = sql::prepare(
            db.sql(),
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(c.table), QLatin1String(c.parentColumn)));
        // sql-safe: KindSpec names and our count of placeholders
        s.insertChild =
            sql::prepare(db.sql(), QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4)")
                                       .arg(QLatin1String(c.table), QLatin1String(c.parentColumn),
                                            KindTable::columns(c.fields), placeholders(c.fields.size() + 1)));
    }
    s.base = sql::prepare(db.sql(),
                          QStringLiteral("INSERT INTO exchange_base (table_name, row_id, content_hash, agreed_at) "
                                         "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, row_id) DO UPDATE "
                                         "SET content_hash = excluded.content_hash, agreed_at = excluded.agreed_at"));
    return s;
}

/// The value to store: a NOT NULL time the package left out is the time of the import.
QVariant stored(const FieldSpec& f, const QVariant& v, const QString& now)
{
    return (f.type == FieldType::Timestamp && (!v.isValid() || v.isNull())) ? QVariant(now) : v;
}
} // namespace

PackageWriter::PackageWriter(Database& db, const Package& package, const ExchangeState& state, const PackagePlan& plan)
    : m_db(db), m_package(package), m_state(state), m_plan(plan), m_now(dates::nowTimestamp()),
      m_createdAt(package.manifest.created.toString(Qt::ISODateWithMs))
{
}

bool PackageWriter::tick(const Step& step)
{
    ++m_done;
    if (step && m_done % 1000 == 0 && !step(m_done)) {
        m_cancelled = true;
    }
    return !m_cancelled;
}

Status PackageWriter::write(const Step& step)
{
    for (const KindSpec& spec : PackageSchema::kinds()) {
        Status s = spec.special ? writeSets() : spec.appendOnly ? writeAssessments(step) : writeKind(spec, step);
        if (!s) {
            return s;
        }
        if (m_cancelled) {
            return Error{QString(), tr("The import was cancelled; nothing was changed.")};
        }
    }
    return {};
}

Status PackageWriter::writeSets()
{
    CriteriaStore store(m_db);
    AuditLog audit(m_db);
    const QList<Decision>& decisions = m_plan.of(PackageKind::CriteriaSets);
    for (int i = 0; i < m_package.criteriaSets.size(); ++i) {
        const CriteriaSet& set = m_package.criteriaSets.at(i);
        const Decision d = decisions.at(i);
        ++m_done;
        if (!writes(d)) {
            continue;
        }
        const auto before =
            d == Decision::Add ? Result<QString>(QString()) : audit.snapshot(QStringLiteral("criteria_set"), set.id);
        if (!before) {
            return before.error();
        }
        Status s = d == Decision::Add ? store.insertSet(set) : store.replaceContent(set);
        if (!s) {
            return s;
        }
        m_rows += 1 + set.criteria.size();
        const auto after = audit.snapshot(QStringLiteral("criteria_set"), set.id);
        if (!after) {
            return after.error();
        }
        if (Status a = audit.record(d == Decision::Add ? QStringLiteral("insert") : QStringLiteral("update"),
                                    QStringLiteral("criteria_set"), set.id, before.value(), after.value());
            !a) {
            return a;
        }
    }
    return {};
}

Status PackageWriter::writeKind(const KindSpec& spec, const Step& step)
{
    Statements st = prepare(m_db, spec);
    AuditLog audit(m_db);
    const QString table = QLatin1String(spec.table);
    const QString what = tr("Importing %1").arg(PackageSchema::label(spec.kind));
    const QList<PackageRecord>& records = m_package.of(spec.kind);
    const QList<Decision>& decisions = m_plan.of(spec.kind);
    for (int i = 0; i < records.size() && tick(step); ++i) {
        const PackageRecord& r = records.at(i);
        const Decision d = decisions.at(i);
        const QString id = m_plan.targetId(spec.kind, i, r.id());
        if (writes(d)) {
            const auto before = d == Decision::Add ? Result<QString>(QString()) : audit.snapshot(table, id);
            if (!before) {
                return before.error();
            }
            QSqlQuery& q = d == Decision::Add ? st.insert : st.update;
            QVariantList values;
            for (int f = d == Decision::Add ? 0 : 1; f < spec.fields.size(); ++f) {
                values.append(stored(spec.fields.at(f), r.values.at(f), m_now));
            }
            values += extraValues(spec, r);
            if (d != Decision::Add) {
                values.append(id);
            }
            for (int v = 0; v < values.size(); ++v) {
                q.bindValue(v, values.at(v));
            }
            if (Status s = sql::exec(q, what + QStringLiteral(" (%1)").arg(id)); !s) {
                return s;
            }
            if (Status s = writeChildren(spec, st.deleteChildren, st.insertChild, r, id, d != Decision::Add); !s) {
                return s;
            }
            ++m_rows;
            Status a =
                d == Decision::Add ? audit.recordInsert(table, id) : audit.recordUpdate(table, id, before.value());
            if (!a) {
                return a;
            }
        }
        if (d != Decision::Outdated) {
            if (Status s = recordBase(st.base, spec, r, id, d); !s) {
                return s;
            }
        }
    }
    return {};
}

Status PackageWriter::writeChildren(const KindSpec& spec, QSqlQuery& remove, QSqlQuery& insert, const PackageRecord& r,
                                    const QString& id, bool replace)
{
    if (!spec.child) {
        return {};
    }
    const QString what = tr("Importing %1").arg(PackageSchema::label(spec.kind));
    if (replace) {
        remove.bindValue(0, id);
        if (Status s = sql::exec(remove, what); !s) {
            return s;
        }
    }
    for (const QVariantList& row : r.children) {
        insert.bindValue(0, id);
        for (int v = 0; v < row.size(); ++v) {
            insert.bindValue(v + 1, row.at(v));
        }
        if (Status s = sql::exec(insert, what); !s) {
            return s;
        }
        ++m_rows;
    }
    return {};
}

Status PackageWriter::recordBase(QSqlQuery& upsert, const KindSpec& spec, const PackageRecord& r, const QString& id,
                                 Decision d)
{
    const QByteArray hash = RecordCodec::contentHash(spec, r.values, r.children);
    if (d == Decision::Same) {
        const auto base = m_state.base(QLatin1String(spec.table), id);
        if (base && base->hash == hash) {
            return {}; // already agreed on; nothing to write, so a second import changes nothing
        }
    }
    upsert.bindValue(0, QString::fromLatin1(spec.table));
    upsert.bindValue(1, id);
    upsert.bindValue(2, QString::fromLatin1(hash));
    upsert.bindValue(3, m_createdAt);
    return sql::exec(upsert, tr("Recording what was agreed with the package"));
}

QVariantList PackageWriter::extraValues(const KindSpec& spec, const PackageRecord& r) const
{
    if (spec.kind == PackageKind::Officials) {
        return {text::fold(r.values.at(spec.fieldIndex("full_name")).toString())};
    }
    if (spec.kind == PackageKind::Rotations) {
        return {decisionKey(r.values.at(spec.fieldIndex("issuing_body")).toString(),
                            r.values.at(spec.fieldIndex("decision_no")).toString())};
    }
    return {};
}

Status PackageWriter::writeAssessments(const Step& step)
{
    // The set, family and number an assessment stores are those of its criterion.
    QHash<QString, std::pair<const CriteriaSet*, int>> criteria;
    for (const CriteriaSet* set : PackageChecks::setsAfter(m_package, m_state, m_plan)) {
        for (const Criterion& c : set->criteria) {
            criteria.insert(c.id, {set, c.number});
        }
    }
    // On the bulk path (SQLite's handle, a server's COPY): a national package holds a million and a half
    // assessments.
    BulkWriter bulk(m_db);
    BulkTable& insert =
        bulk.table(QStringLiteral("assessment"),
                   QString::fromLatin1("id commune_id criterion_id assessed_on status note evidence_ref "
                                       "recorded_by recorded_at illustrative seq set_id family "
                                       "criterion_number")
                       .split(QLatin1Char(' ')));
    BulkTable& value = bulk.table(
        QStringLiteral("indicator_value"),
        QString::fromLatin1("assessment_id id indicator_id value_text value_number").split(QLatin1Char(' ')));
    if (Status s = bulk.prepared(); !s) {
        return s;
    }
    const QList<PackageRecord>& records = m_package.of(PackageKind::Assessments);
    const QList<Decision>& decisions = m_plan.of(PackageKind::Assessments);
    DeferredIndexes indexes;
    // Worth it when the import is large and at least half the size of what is there (which is re-indexed).
    const qint64 adding = m_plan.summary.of(PackageKind::Assessments).added;
    const bool defer =
        adding >= 50000 && adding >= m_state.assessmentCount() / 2 && m_db.backend().defersIndexesForImports();
    if (Status s = defer ? indexes.drop(m_db, QStringLiteral("assessment")) : Status(); !s) {
        return s;
    }
    AccessGuard guard(m_db);
    const bool admin = m_db.actor().isAdmin();
    QSet<QString> allowed;
    qint64 seq = m_state.maxSeq();
    qint64 added = 0;
    qint64 values = 0;
    for (int i = 0; i < records.size() && tick(step); ++i) {
        if (decisions.at(i) != Decision::Add) {
            continue;
        }
        const PackageRecord& r = records.at(i);
        // Assessments are audited as one bulk entry, so each one's commune is checked here (AuditLog checks the
        // other kinds row by row); administrators may write them all.
        if (const QString commune = r.values.at(1).toString(); !admin && !allowed.contains(commune)) {
            if (Status s = guard.require(RecordKind::Assessment, RecordPlace{QString(), commune}); !s) {
                return Error{QString(), QStringLiteral("assessments[%1]: ").arg(r.index) + s.error().message,
                             ErrorKind::Denied};
            }
            allowed.insert(commune);
        }
        const auto c = criteria.value(r.values.at(2).toString());
        for (int f = 0; f < r.values.size(); ++f) {
            insert.value(f + 1, r.values.at(f));
        }
        insert.integer(11, ++seq);
        if (c.first) {
            insert.text(12, c.first->id.toUtf8()).text(13, c.first->family.toUtf8());
        } else {
            insert.null(12).null(13);
        }
        insert.integer(14, c.second);
        if (Status s = insert.run(); !s) {
            return Error{QString(), QStringLiteral("assessments[%1]: ").arg(r.index) + s.error().message};
        }
        for (const QVariantList& row : r.children) {
            value.value(1, r.values.constFirst());
            for (int v = 0; v < row.size(); ++v) {
                value.value(v + 2, row.at(v));
            }
            if (Status s = value.run(); !s) {
                return Error{QString(), QStringLiteral("assessments[%1]: ").arg(r.index) + s.error().message};
            }
            ++values;
        }
        ++added;
    }
    m_rows += added + values;
    if (added == 0 || m_cancelled) {
        return {};
    }
    if (Status s = bulk.finish(); !s) {
        return s;
    }
    if (Status s = indexes.restore(m_db); !s) {
        return s;
    }
    return recordBulk(added, values);
}

Status PackageWriter::recordBulk(qint64 added, qint64 values)
{
    // Assessments are append-only events, usually by the thousand: one entry for all of them.
    const nlohmann::json after = {{"source", "exchange package"},
                                  {"package_created_at", m_createdAt.toStdString()},
                                  {"scope", m_package.manifest.scopeKind.toStdString()},
                                  {"scope_name", m_package.manifest.scopeName.toStdString()},
                                  {"assessments", added},
                                  {"indicator_values", values}};
    return AuditLog(m_db).record(QStringLiteral("bulk"), QStringLiteral("assessment"), QString(), QString(),
                                 QString::fromStdString(after.dump()));
}

} // namespace ntm::core
