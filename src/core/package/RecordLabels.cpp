// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/RecordLabels.h"
#include "package/FieldText.h"

#include "domain/Vocabulary.h"
#include "package/ExchangeState.h"

namespace ntm::core {

namespace {
/// Periods: id, valid_from, valid_to, code, name, kind, district_id; the latest start names the commune.
QString communeTitle(const QList<QVariantList>& periods)
{
    const QVariantList* latest = nullptr;
    for (const QVariantList& p : periods) {
        if (!latest || fieldText(p, 1) >= fieldText(*latest, 1)) {
            latest = &p;
        }
    }
    if (!latest) {
        return QString();
    }
    const auto kind = Vocabulary::communeKind(fieldText(*latest, 5)).value_or(CommuneKind::Xa);
    return Vocabulary::communeTitle(kind, fieldText(*latest, 4));
}
} // namespace

RecordLabels::RecordLabels(const Package& package, const ExchangeState& state)
{
    for (const auto& [id, r] : state.records(PackageKind::Officials).asKeyValueRange()) {
        m_officials.insert(id, fieldText(r.values, 1));
    }
    for (const auto& [id, r] : state.records(PackageKind::Communes).asKeyValueRange()) {
        addCommune(id, r.children);
    }
    for (const auto& [id, r] : state.records(PackageKind::Districts).asKeyValueRange()) {
        m_districts.insert(id, fieldText(r.values, 3));
    }
    const int villageName = PackageSchema::spec(PackageKind::Villages).fieldIndex("name");
    for (const auto& [id, r] : state.records(PackageKind::Villages).asKeyValueRange()) {
        m_villages.insert(id, fieldText(r.values, villageName));
    }
    // The package's names win: they are what the sender sees.
    for (const PackageRecord& r : package.of(PackageKind::Officials)) {
        m_officials.insert(r.id(), fieldText(r.values, 1));
    }
    for (const PackageRecord& r : package.of(PackageKind::Communes)) {
        addCommune(r.id(), r.children);
    }
    for (const PackageRecord& r : package.of(PackageKind::Districts)) {
        m_districts.insert(r.id(), fieldText(r.values, 3));
    }
    for (const PackageRecord& r : package.of(PackageKind::Villages)) {
        m_villages.insert(r.id(), fieldText(r.values, villageName));
    }
}

void RecordLabels::addCommune(const QString& id, const QList<QVariantList>& periods)
{
    const QString title = communeTitle(periods);
    if (!title.isEmpty()) {
        m_communes.insert(id, title);
    }
}

QString RecordLabels::official(const QString& id) const
{
    return m_officials.value(id, id);
}

QString RecordLabels::commune(const QString& id) const
{
    return m_communes.value(id, id);
}

QString RecordLabels::village(const QString& id) const
{
    return m_villages.value(id, id);
}

QString RecordLabels::label(PackageKind kind, const QVariantList& v, const QList<QVariantList>& children) const
{
    const KindSpec& s = PackageSchema::spec(kind);
    auto field = [&](const char* name) { return fieldText(v, s.fieldIndex(name)); };
    switch (kind) {
    case PackageKind::Provinces:
    case PackageKind::Districts:
    case PackageKind::Villages:
        return field("name");
    case PackageKind::Communes: {
        const QString title = communeTitle(children);
        return title.isEmpty() ? commune(fieldText(v, 0)) : title;
    }
    case PackageKind::DistrictLineage:
        return tr("%1 → %2 (%3)")
            .arg(m_districts.value(field("predecessor_id")), m_districts.value(field("successor_id")),
                 field("effective_on"));
    case PackageKind::CommuneLineage:
        return tr("%1 → %2 (%3)")
            .arg(commune(field("predecessor_id")), commune(field("successor_id")), field("effective_on"));
    case PackageKind::Officials:
        return field("full_name");
    case PackageKind::Rotations:
        return tr("%1 – %2 (%3)").arg(official(field("official_id")), field("decision_no"), field("issuing_body"));
    case PackageKind::Recognitions:
        return tr("%1: %2 %3").arg(commune(field("commune_id")), field("tier"), field("decision_no")).trimmed();
    case PackageKind::ReviewMeetings:
    case PackageKind::Assessments:
    case PackageKind::CommuneGroups:
    case PackageKind::CriterionPlans:
    case PackageKind::SetAssignments: {
        const int date = s.fieldIndex(kind == PackageKind::ReviewMeetings   ? "held_on"
                                      : kind == PackageKind::Assessments    ? "assessed_on"
                                      : kind == PackageKind::CriterionPlans ? "target_date"
                                                                            : "valid_from");
        const QString where = field("commune_id").isEmpty() ? QString() : commune(field("commune_id"));
        return where.isEmpty() ? fieldText(v, date) : tr("%1, %2").arg(where, fieldText(v, date));
    }
    case PackageKind::VillageLineage:
        return tr("%1 → %2 (%3)")
            .arg(village(field("predecessor_id")), village(field("successor_id")), field("effective_on"));
    case PackageKind::VillageModelAreas:
        return tr("%1, %2").arg(village(field("village_id")), field("decided_on"));
    case PackageKind::VillageModelGardens:
        return tr("%1, %2: %3").arg(village(field("village_id")), field("counted_on"), field("gardens"));
    case PackageKind::WorkingGroups:
        return tr("%1, %2").arg(commune(field("commune_id")), field("name"));
    case PackageKind::WorkingGroupMembers:
        return field("full_name");
    case PackageKind::VillageResponsibilities:
        return tr("%1, %2").arg(village(field("village_id")), field("valid_from"));
    case PackageKind::ReviewActions:
        return field("what").left(60);
    case PackageKind::VillageCriterionRules:
        return field("measure");
    case PackageKind::CriteriaSets:
    case PackageKind::CriterionCrosswalks:
        break;
    }
    return fieldText(v, 0);
}

QString RecordLabels::place(PackageKind kind, const PackageRecord& record) const
{
    return tr("%1[%2] (%3)")
        .arg(PackageSchema::key(kind))
        .arg(record.index)
        .arg(label(kind, record.values, record.children));
}

} // namespace ntm::core
