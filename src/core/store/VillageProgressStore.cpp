// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/VillageProgressStore.h"

#include "db/Database.h"
#include "store/VersionedRow.h"
#include "util/Dates.h"

namespace ntm::core {

namespace {
VillageModelArea areaOf(const QSqlQuery& q)
{
    VillageModelArea a;
    a.id = q.value(0).toString();
    a.communeId = q.value(1).toString();
    a.villageId = q.value(2).toString();
    a.decisionNo = q.value(3).toString();
    a.decidedOn = dates::fromSql(q.value(4));
    a.issuingBody = q.value(5).toString();
    a.endedOn = dates::fromSql(q.value(6));
    a.note = q.value(7).toString();
    a.illustrative = q.value(8).toInt() != 0;
    a.rowVersion = q.value(9).toInt();
    return a;
}

VillageGardenCount gardenOf(const QSqlQuery& q)
{
    VillageGardenCount g;
    g.id = q.value(0).toString();
    g.communeId = q.value(1).toString();
    g.villageId = q.value(2).toString();
    g.countedOn = dates::fromSql(q.value(3));
    g.gardens = q.value(4).toInt();
    g.decisionNo = q.value(5).toString();
    g.note = q.value(6).toString();
    g.illustrative = q.value(7).toInt() != 0;
    g.rowVersion = q.value(8).toInt();
    return g;
}

VillageLink linkOf(const QSqlQuery& q)
{
    VillageLink l;
    l.id = q.value(0).toString();
    l.communeId = q.value(1).toString();
    l.predecessorId = q.value(2).toString();
    l.successorId = q.value(3).toString();
    l.effectiveOn = dates::fromSql(q.value(4));
    l.kind = q.value(5).toString();
    l.act = q.value(6).toString();
    l.verified = q.value(7).toInt() != 0;
    l.note = q.value(8).toString();
    l.rowVersion = q.value(9).toInt();
    return l;
}

VillageCriterionRule ruleOf(const QSqlQuery& q)
{
    VillageCriterionRule r;
    r.id = q.value(0).toString();
    r.provinceId = q.value(1).toString();
    r.criterionId = q.value(2).toString();
    r.indicatorId = q.value(3).toString();
    r.measure = Vocabulary::villageMeasure(q.value(4).toString()).value_or(VillageMeasure::ModelAreaShare);
    if (!q.value(5).isNull()) {
        r.threshold = q.value(5).toDouble();
    }
    r.verified = q.value(6).toInt() != 0;
    r.source = q.value(7).toString();
    r.note = q.value(8).toString();
    r.rowVersion = q.value(9).toInt();
    return r;
}

QString conflict()
{
    return VillageProgressStore::tr("This record was changed or deleted by someone else since you opened it; reload "
                                    "it and make your change again.");
}
} // namespace

Status VillageProgressStore::insertModelArea(const VillageModelArea& a)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village_model_area (id, commune_id, village_id, decision_no, "
                                   "decided_on, issuing_body, ended_on, note, illustrative) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {a.id, a.communeId, a.villageId, sql::textOrNull(a.decisionNo), dates::toSql(a.decidedOn),
                     sql::textOrNull(a.issuingBody), dates::toSql(a.endedOn), sql::textOrNull(a.note),
                     a.illustrative ? 1 : 0},
                    tr("Saving the model residential area recognition"));
}

Status VillageProgressStore::updateModelArea(const VillageModelArea& a)
{
    return versioned::update(m_db,
                             QStringLiteral("UPDATE village_model_area SET village_id = ?, decision_no = ?, "
                                            "decided_on = ?, issuing_body = ?, ended_on = ?, note = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                             {a.villageId, sql::textOrNull(a.decisionNo), dates::toSql(a.decidedOn),
                              sql::textOrNull(a.issuingBody), dates::toSql(a.endedOn), sql::textOrNull(a.note), a.id,
                              a.rowVersion},
                             tr("Saving the model residential area recognition"), conflict());
}

Status VillageProgressStore::removeModelArea(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village_model_area WHERE id = ?"), {id},
                    tr("Deleting the model residential area recognition"));
}

Result<QList<VillageModelArea>> VillageProgressStore::modelAreas(const QString& communeId)
{
    return versioned::readAll<VillageModelArea>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, decision_no, decided_on, issuing_body, ended_on, note, "
                       "illustrative, row_version FROM village_model_area WHERE commune_id = ? "
                       "ORDER BY decided_on, id"),
        {communeId}, tr("Reading model residential areas"), areaOf);
}

Result<std::optional<VillageModelArea>> VillageProgressStore::modelArea(const QString& id)
{
    return versioned::first(versioned::readAll<VillageModelArea>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, decision_no, decided_on, issuing_body, ended_on, note, "
                       "illustrative, row_version FROM village_model_area WHERE id = ?"),
        {id}, tr("Reading model residential areas"), areaOf));
}

Status VillageProgressStore::insertGardenCount(const VillageGardenCount& g)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village_model_garden (id, commune_id, village_id, counted_on, gardens, "
                                   "decision_no, note, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {g.id, g.communeId, g.villageId, dates::toSql(g.countedOn), g.gardens,
                     sql::textOrNull(g.decisionNo), sql::textOrNull(g.note), g.illustrative ? 1 : 0},
                    tr("Saving the model gardens"));
}

Status VillageProgressStore::updateGardenCount(const VillageGardenCount& g)
{
    return versioned::update(m_db,
                             QStringLiteral("UPDATE village_model_garden SET village_id = ?, counted_on = ?, "
                                            "gardens = ?, decision_no = ?, note = ?, row_version = row_version + 1 "
                                            "WHERE id = ? AND row_version = ?"),
                             {g.villageId, dates::toSql(g.countedOn), g.gardens, sql::textOrNull(g.decisionNo),
                              sql::textOrNull(g.note), g.id, g.rowVersion},
                             tr("Saving the model gardens"), conflict());
}

Status VillageProgressStore::removeGardenCount(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village_model_garden WHERE id = ?"), {id},
                    tr("Deleting the model gardens"));
}

Result<QList<VillageGardenCount>> VillageProgressStore::gardenCounts(const QString& communeId)
{
    return versioned::readAll<VillageGardenCount>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, counted_on, gardens, decision_no, note, illustrative, "
                       "row_version FROM village_model_garden WHERE commune_id = ? ORDER BY counted_on, id"),
        {communeId}, tr("Reading model gardens"), gardenOf);
}

Result<std::optional<VillageGardenCount>> VillageProgressStore::gardenCount(const QString& id)
{
    return versioned::first(versioned::readAll<VillageGardenCount>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, counted_on, gardens, decision_no, note, illustrative, "
                       "row_version FROM village_model_garden WHERE id = ?"),
        {id}, tr("Reading model gardens"), gardenOf));
}

Status VillageProgressStore::insertLink(const VillageLink& l)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village_lineage (id, commune_id, predecessor_id, successor_id, "
                                   "effective_on, kind, act, verified, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {l.id, l.communeId, l.predecessorId, l.successorId, dates::toSql(l.effectiveOn), l.kind,
                     sql::textOrNull(l.act), l.verified ? 1 : 0, sql::textOrNull(l.note)},
                    tr("Saving the village lineage"));
}

Status VillageProgressStore::updateLink(const VillageLink& l)
{
    return versioned::update(m_db,
                             QStringLiteral("UPDATE village_lineage SET predecessor_id = ?, successor_id = ?, "
                                            "effective_on = ?, kind = ?, act = ?, verified = ?, note = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                             {l.predecessorId, l.successorId, dates::toSql(l.effectiveOn), l.kind,
                              sql::textOrNull(l.act), l.verified ? 1 : 0, sql::textOrNull(l.note), l.id, l.rowVersion},
                             tr("Saving the village lineage"), conflict());
}

Status VillageProgressStore::removeLink(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village_lineage WHERE id = ?"), {id},
                    tr("Deleting the village lineage"));
}

Result<QList<VillageLink>> VillageProgressStore::links(const QString& communeId)
{
    return versioned::readAll<VillageLink>(
        m_db.sql(),
        QStringLiteral("SELECT l.id, l.commune_id, l.predecessor_id, l.successor_id, l.effective_on, l.kind, l.act, "
                       "l.verified, l.note, l.row_version FROM village_lineage l "
                       "JOIN village p ON p.id = l.predecessor_id JOIN village s ON s.id = l.successor_id "
                       "WHERE p.commune_id = ? OR s.commune_id = ? ORDER BY l.effective_on, l.id"),
        {communeId, communeId}, tr("Reading the village lineage"), linkOf);
}

Result<std::optional<VillageLink>> VillageProgressStore::link(const QString& id)
{
    return versioned::first(versioned::readAll<VillageLink>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, predecessor_id, successor_id, effective_on, kind, act, verified, "
                       "note, row_version FROM village_lineage WHERE id = ?"),
        {id}, tr("Reading the village lineage"), linkOf));
}

Status VillageProgressStore::insertRule(const VillageCriterionRule& r)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village_criterion_rule (id, province_id, criterion_id, indicator_id, "
                                   "measure, threshold, verified, source, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.id, r.provinceId, r.criterionId, sql::textOrNull(r.indicatorId), Vocabulary::key(r.measure),
                     r.threshold ? QVariant(*r.threshold) : QVariant(QMetaType::fromType<double>()), r.verified ? 1 : 0,
                     sql::textOrNull(r.source), sql::textOrNull(r.note)},
                    tr("Saving the village rule"));
}

Status VillageProgressStore::updateRule(const VillageCriterionRule& r)
{
    return versioned::update(m_db,
                             QStringLiteral("UPDATE village_criterion_rule SET criterion_id = ?, indicator_id = ?, "
                                            "measure = ?, threshold = ?, verified = ?, source = ?, note = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                             {r.criterionId, sql::textOrNull(r.indicatorId), Vocabulary::key(r.measure),
                              r.threshold ? QVariant(*r.threshold) : QVariant(QMetaType::fromType<double>()),
                              r.verified ? 1 : 0, sql::textOrNull(r.source), sql::textOrNull(r.note), r.id,
                              r.rowVersion},
                             tr("Saving the village rule"), conflict());
}

Status VillageProgressStore::removeRule(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village_criterion_rule WHERE id = ?"), {id},
                    tr("Deleting the village rule"));
}

Result<QList<VillageCriterionRule>> VillageProgressStore::rules(const QString& provinceId)
{
    if (provinceId.isEmpty()) {
        return versioned::readAll<VillageCriterionRule>(
            m_db.sql(),
            QStringLiteral("SELECT id, province_id, criterion_id, indicator_id, measure, threshold, verified, source, "
                           "note, row_version FROM village_criterion_rule ORDER BY criterion_id, measure, id"),
            {}, tr("Reading village rules"), ruleOf);
    }
    return versioned::readAll<VillageCriterionRule>(
        m_db.sql(),
        QStringLiteral("SELECT id, province_id, criterion_id, indicator_id, measure, threshold, verified, source, "
                       "note, row_version FROM village_criterion_rule WHERE province_id = ? "
                       "ORDER BY criterion_id, measure, id"),
        {provinceId}, tr("Reading village rules"), ruleOf);
}

Result<std::optional<VillageCriterionRule>> VillageProgressStore::rule(const QString& id)
{
    return versioned::first(versioned::readAll<VillageCriterionRule>(
        m_db.sql(),
        QStringLiteral("SELECT id, province_id, criterion_id, indicator_id, measure, threshold, verified, source, "
                       "note, row_version FROM village_criterion_rule WHERE id = ?"),
        {id}, tr("Reading village rules"), ruleOf));
}

Result<int> VillageProgressStore::usesOfVillage(const QString& villageId)
{
    const auto v = sql::scalar(
        m_db.sql(),
        QStringLiteral("SELECT (SELECT count(*) FROM village_responsibility WHERE village_id = ?) "
                       "+ (SELECT count(*) FROM review_action WHERE village_id = ?) "
                       "+ (SELECT count(*) FROM village_model_area WHERE village_id = ?) "
                       "+ (SELECT count(*) FROM village_model_garden WHERE village_id = ?) "
                       "+ (SELECT count(*) FROM village_lineage WHERE predecessor_id = ? OR successor_id = ?)"),
        {villageId, villageId, villageId, villageId, villageId, villageId});
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

} // namespace ntm::core
