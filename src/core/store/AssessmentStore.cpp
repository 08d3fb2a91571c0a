// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AssessmentStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QSet>

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
    if (Status s = sql::run(m_db.sql(),
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
        if (Status s = sql::run(m_db.sql(),
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
    if (Status s = sql::run(m_db.sql(), QStringLiteral("DELETE FROM indicator_value WHERE assessment_id = ?"), {id}, what);
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
        QStringLiteral("SELECT commune_id, family, criterion_number, id, set_id, assessed_on, status, recorded_by, note "
                       "FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY commune_id, family, criterion_number "
                       "ORDER BY assessed_on DESC, seq DESC) AS rn FROM assessment a WHERE ") +
            filter + QStringLiteral(") WHERE rn = 1"));
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
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, seq, commune_id, criterion_id, set_id, family, "
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
