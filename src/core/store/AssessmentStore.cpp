// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AssessmentStore.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QSet>

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
Assessment readAssessment(const QSqlQuery& q)
{
    Assessment a;
    a.id = q.value(0).toString();
    a.seq = q.value(1).toLongLong();
    a.communeId = q.value(2).toString();
    a.criterionId = q.value(3).toString();
    a.setId = q.value(4).toString();
    a.family = q.value(5).toString();
    a.criterionNumber = q.value(6).toInt();
    a.assessedOn = dates::fromSql(q.value(7));
    a.status = Vocabulary::criterionStatus(q.value(8).toString()).value_or(CriterionStatus::NotAssessed);
    a.note = q.value(9).toString();
    a.evidenceRef = q.value(10).toString();
    a.recordedBy = q.value(11).toString();
    a.recordedAt = q.value(12).toString();
    a.illustrative = q.value(13).toBool();
    return a;
}
} // namespace

Status AssessmentStore::insert(Assessment& a)
{
    // MAX(seq) is one step down the unique index; reading it each time stays right with other writers.
    const auto max = sql::scalar(m_db.sql(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM assessment"));
    if (!max) {
        return max.error();
    }
    m_nextSeq = max.value().toLongLong() + 1;
    if (a.id.isEmpty()) {
        a.id = ids::newId();
    }
    a.seq = m_nextSeq;
    if (a.recordedAt.isEmpty()) {
        a.recordedAt = dates::nowTimestamp();
    }
    if (a.recordedBy.isEmpty()) {
        a.recordedBy = m_db.actor().username;
    }
    const QString what = tr("Saving the assessment");
    if (Status s =
            sql::run(m_db.sql(),
                     QStringLiteral("INSERT INTO assessment (id, seq, commune_id, criterion_id, set_id, family, "
                                    "criterion_number, assessed_on, status, note, evidence_ref, recorded_by, "
                                    "recorded_at, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {a.id, a.seq, a.communeId, a.criterionId, a.setId, a.family, a.criterionNumber,
                      dates::toIso(a.assessedOn), Vocabulary::key(a.status), sql::textOrNull(a.note),
                      sql::textOrNull(a.evidenceRef), a.recordedBy, a.recordedAt, a.illustrative ? 1 : 0},
                     what);
        !s) {
        return s;
    }
    for (const IndicatorValue& v : a.values) {
        if (Status s =
                sql::run(m_db.sql(),
                         QStringLiteral("INSERT INTO indicator_value (id, assessment_id, indicator_id, value_text, "
                                        "value_number) VALUES (?, ?, ?, ?, ?)"),
                         {ids::newId(), a.id, v.indicatorId, sql::textOrNull(v.text),
                          v.number ? QVariant(*v.number) : QVariant(QMetaType::fromType<double>())},
                         what);
            !s) {
            return s;
        }
    }
    return {};
}

Status AssessmentStore::remove(const QString& id)
{
    const QString what = tr("Removing the assessment");
    if (Status s =
            sql::run(m_db.sql(), QStringLiteral("DELETE FROM indicator_value WHERE assessment_id = ?"), {id}, what);
        !s) {
        return s;
    }
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM assessment WHERE id = ?"), {id}, what);
}

Result<QHash<QString, QHash<QString, LatestEvent>>> AssessmentStore::latestAsOf(const QDate& asOf,
                                                                                const QStringList& communeIds)
{
    // One commune: the index (commune_id, family, criterion_number, assessed_on, seq) answers directly.
    QString filter = QStringLiteral("assessed_on <= ?");
    if (communeIds.size() == 1) {
        filter += QStringLiteral(" AND commune_id = ?");
    }
    // sql-safe: `filter` is built above from constant conditions; its values are bound
    QSqlQuery q = sql::prepare(
        m_db.sql(),
        QStringLiteral(
            "SELECT commune_id, family, criterion_number, id, set_id, assessed_on, status, recorded_by, note "
            "FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY commune_id, family, criterion_number "
            "ORDER BY assessed_on DESC, seq DESC) AS rn FROM assessment a WHERE ") +
            filter + QStringLiteral(") latest WHERE rn = 1"));
    q.addBindValue(dates::toIso(asOf));
    if (communeIds.size() == 1) {
        q.addBindValue(communeIds.constFirst());
    }
    if (Status s = sql::exec(q, tr("Reading assessments")); !s) {
        return s.error();
    }
    QSet<QString> wanted(communeIds.cbegin(), communeIds.cend());
    QHash<QString, QHash<QString, LatestEvent>> out;
    while (q.next()) {
        const QString commune = q.value(0).toString();
        if (!wanted.isEmpty() && !wanted.contains(commune)) {
            continue;
        }
        LatestEvent e;
        e.assessmentId = q.value(3).toString();
        e.setId = q.value(4).toString();
        e.criterionNumber = q.value(2).toInt();
        e.assessedOn = dates::fromSql(q.value(5));
        e.status = Vocabulary::criterionStatus(q.value(6).toString()).value_or(CriterionStatus::NotAssessed);
        e.recordedBy = q.value(7).toString();
        e.note = q.value(8).toString();
        out[commune].insert(eventKey(q.value(1).toString(), e.criterionNumber), e);
    }
    return out;
}

namespace {
// Lists are bound as one JSON array each and read with json_each(): one statement for thousands of communes.
QString jsonArray(const QStringList& values)
{
    nlohmann::json a = nlohmann::json::array();
    for (const QString& v : values) {
        a.push_back(v.toStdString());
    }
    return QString::fromStdString(a.dump());
}

QString jsonArray(const QList<int>& values)
{
    nlohmann::json a = nlohmann::json::array();
    for (int v : values) {
        a.push_back(v);
    }
    return QString::fromStdString(a.dump());
}

// A column of the latest event of commune c.value and criterion n.value on or before the date: the index
// assessment_latest (commune_id, family, criterion_number, assessed_on, seq, status) read backwards from the date,
// one row; seq and status come from the index itself.
QString latest(const char* column)
{
    // sql-safe: `column` is one of this file's own constant column names
    return QStringLiteral("(SELECT x.%1 FROM assessment x WHERE x.commune_id = c.value AND x.family = ? AND "
                          "x.criterion_number = n.value AND x.assessed_on <= ? ORDER BY x.assessed_on DESC, x.seq DESC "
                          "LIMIT 1)")
        .arg(QLatin1String(column));
}
} // namespace

Result<QHash<QString, QHash<QString, LatestEvent>>> AssessmentStore::latestOf(const QStringList& communeIds,
                                                                              const QString& family,
                                                                              const QList<int>& numbers,
                                                                              const QDate& asOf)
{
    // Read on the fast path: the whole country's board is 10,000 communes by some twenty criteria.
    const Backend& b = m_db.backend();
    // sql-safe: latest() is a constant subquery and valueList() the backend's constant phrase; every value is bound
    RowReader q(m_db, QStringLiteral("SELECT c.value, n.value, a.id, a.set_id, a.assessed_on, a.status, a.recorded_by, "
                                     "a.note FROM ") +
                          b.valueList(ValueType::Text) + QStringLiteral(" c, ") + b.valueList(ValueType::Integer) +
                          QStringLiteral(" n, assessment a WHERE a.seq = ") + latest("seq"));
    q.bind(jsonArray(communeIds));
    q.bind(jsonArray(numbers));
    q.bind(family);
    q.bind(dates::toIso(asOf));
    if (Status s = q.exec(tr("Reading assessments")); !s) {
        return s.error();
    }
    QHash<QString, QHash<QString, LatestEvent>> out;
    QHash<QString, QString> shared; // recorders and set ids repeat: one copy each
    auto share = [&](const QString& s) { return *shared.insert(s, shared.value(s, s)); };
    // The rows come commune by commune (json_each c is the outer loop): one lookup per commune, not per row.
    QString commune;
    QHash<QString, LatestEvent>* events = nullptr;
    while (q.next()) {
        LatestEvent e;
        e.criterionNumber = static_cast<int>(q.integer(1));
        e.assessmentId = q.text(2);
        e.setId = share(q.text(3));
        e.assessedOn = q.date(4);
        e.status = Vocabulary::criterionStatus(q.text(5)).value_or(CriterionStatus::NotAssessed);
        e.recordedBy = share(q.text(6));
        e.note = q.text(7);
        const QString id = q.text(0);
        if (!events || id != commune) {
            commune = id;
            events = &out[commune];
        }
        events->insert(eventKey(family, e.criterionNumber), e);
    }
    if (Status s = q.finished(tr("Reading assessments")); !s) {
        return s.error();
    }
    return out;
}

Result<QHash<QString, int>> AssessmentStore::metCountsOf(const QStringList& communeIds, const QString& family,
                                                         const QList<int>& numbers, const QDate& asOf)
{
    const Backend& b = m_db.backend();
    // sql-safe: latest() is a constant subquery and valueList() the backend's constant phrase; every value is bound
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT c.value, (SELECT count(*) FROM ") +
                                               b.valueList(ValueType::Integer) + QStringLiteral(" n WHERE ") +
                                               latest("status") + QStringLiteral(" = 'met') FROM ") +
                                               b.valueList(ValueType::Text) + QStringLiteral(" c"));
    q.addBindValue(jsonArray(numbers));
    q.addBindValue(family);
    q.addBindValue(dates::toIso(asOf));
    q.addBindValue(jsonArray(communeIds));
    if (Status s = sql::exec(q, tr("Reading assessments")); !s) {
        return s.error();
    }
    QHash<QString, int> out;
    out.reserve(communeIds.size());
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toInt());
    }
    return out;
}

Result<QList<Assessment>> AssessmentStore::historyOf(const QString& communeId)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, seq, commune_id, criterion_id, set_id, family, "
                                                          "criterion_number, assessed_on, status, note, evidence_ref, "
                                                          "recorded_by, recorded_at, illustrative FROM assessment "
                                                          "WHERE commune_id = ? ORDER BY assessed_on, seq"));
    q.addBindValue(communeId);
    if (Status s = sql::exec(q, tr("Reading assessments")); !s) {
        return s.error();
    }
    QList<Assessment> out;
    while (q.next()) {
        out.append(readAssessment(q));
    }
    return out;
}

Result<QHash<QString, QList<Assessment>>> AssessmentStore::historiesUntil(const QDate& until)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, seq, commune_id, criterion_id, set_id, family, "
                                                "criterion_number, assessed_on, status, note, evidence_ref, "
                                                "recorded_by, recorded_at, illustrative FROM assessment "
                                                "WHERE assessed_on <= ? ORDER BY commune_id, assessed_on, seq"));
    q.addBindValue(dates::toIso(until));
    if (Status s = sql::exec(q, tr("Reading assessments")); !s) {
        return s.error();
    }
    QHash<QString, QList<Assessment>> out;
    while (q.next()) {
        Assessment a = readAssessment(q);
        out[a.communeId].append(std::move(a));
    }
    return out;
}

Result<QHash<QString, QList<IndicatorValue>>> AssessmentStore::valuesOf(const QStringList& assessmentIds)
{
    QHash<QString, QList<IndicatorValue>> out;
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT indicator_id, value_text, value_number FROM "
                                                          "indicator_value WHERE assessment_id = ?"));
    for (const QString& id : assessmentIds) {
        q.bindValue(0, id);
        if (Status s = sql::exec(q, tr("Reading indicator values")); !s) {
            return s.error();
        }
        while (q.next()) {
            IndicatorValue v;
            v.indicatorId = q.value(0).toString();
            v.text = q.value(1).toString();
            if (!q.value(2).isNull()) {
                v.number = q.value(2).toDouble();
            }
            out[id].append(v);
        }
    }
    return out;
}

Result<qint64> AssessmentStore::count()
{
    const auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM assessment"));
    if (!v) {
        return v.error();
    }
    return v.value().toLongLong();
}

Result<QDate> AssessmentStore::firstDate()
{
    const auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT MIN(assessed_on) FROM assessment"));
    if (!v) {
        return v.error();
    }
    return dates::fromSql(v.value());
}

} // namespace ntm::core
