// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageChecks.h"
#include "package/FieldText.h"

#include "service/OfficialService.h"
#include "service/RotationRules.h"

#include <algorithm>

namespace ntm::core {

namespace {
QString targetName(RefTarget target)
{
    switch (target) {
    case RefTarget::Province:
        return PackageChecks::tr("a province");
    case RefTarget::District:
        return PackageChecks::tr("a district");
    case RefTarget::Commune:
        return PackageChecks::tr("a commune");
    case RefTarget::CriteriaSet:
        return PackageChecks::tr("a criteria set");
    case RefTarget::Criterion:
        return PackageChecks::tr("a criterion");
    case RefTarget::Indicator:
        return PackageChecks::tr("an indicator");
    case RefTarget::Official:
        return PackageChecks::tr("an official");
    case RefTarget::Village:
        return PackageChecks::tr("a village");
    case RefTarget::ReviewMeeting:
        return PackageChecks::tr("a review meeting");
    case RefTarget::WorkingGroup:
        return PackageChecks::tr("a working group");
    case RefTarget::GroupMember:
        return PackageChecks::tr("a member of a working group");
    case RefTarget::None:
        break;
    }
    return QString();
}

Rotation rotationOf(const QVariantList& v)
{
    const KindSpec& s = PackageSchema::spec(PackageKind::Rotations);
    auto field = [&](const char* name) { return fieldText(v, s.fieldIndex(name)); };
    auto date = [&](const char* name) { return QDate::fromString(field(name), Qt::ISODate); };
    Rotation r;
    r.id = field("id");
    r.officialId = field("official_id");
    r.kind = Vocabulary::rotationKind(field("kind")).value_or(RotationKind::LuanChuyen);
    r.decisionNo = field("decision_no");
    r.decisionDate = date("decision_date");
    r.issuingBody = field("issuing_body");
    r.communeId = field("commune_id");
    r.toPosition = field("to_position");
    r.startDate = date("start_date");
    r.plannedEnd = date("planned_end");
    r.actualEnd = date("actual_end");
    r.endReason = Vocabulary::endReason(field("end_reason"));
    r.evaluation = Vocabulary::evaluation(field("evaluation"));
    return r;
}

bool before(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() && a < b;
}
} // namespace

PackageChecks::PackageChecks(const Package& package, const ExchangeState& state, PackagePlan& plan,
                             const RecordLabels& labels)
    : m_package(package), m_state(state), m_plan(plan), m_labels(labels), m_today(QDate::currentDate())
{
}

void PackageChecks::run()
{
    collectIds();
    collectCriteria();
    for (const KindSpec& spec : PackageSchema::kinds()) {
        if (spec.special) {
            continue;
        }
        checkReferences(spec);
        const QList<PackageRecord>& records = m_package.of(spec.kind);
        for (int i = 0; i < records.size(); ++i) {
            if (written(spec.kind, i)) {
                checkRecord(spec, records.at(i));
            }
        }
    }
    checkAssessments();
    checkRotations();
}

bool PackageChecks::written(PackageKind kind, int position) const
{
    const QList<Decision>& d = m_plan.of(kind);
    return position < d.size() && writes(d.at(position));
}

void PackageChecks::fail(PackageKind kind, const PackageRecord& r, const QString& message)
{
    m_plan.errors.add(m_labels.place(kind, r), message);
}

void PackageChecks::collectIds()
{
    for (const KindSpec& spec : PackageSchema::kinds()) {
        if (spec.provides == RefTarget::None || spec.special) {
            continue;
        }
        QSet<QString>& ids = m_ids.at(static_cast<size_t>(spec.provides));
        for (auto it = m_state.records(spec.kind).cbegin(); it != m_state.records(spec.kind).cend(); ++it) {
            ids.insert(it.key());
        }
        for (const PackageRecord& r : m_package.of(spec.kind)) {
            ids.insert(r.id());
        }
    }
    // The validity of every commune as it will be: the package's version where it is written.
    const KindSpec& communes = PackageSchema::spec(PackageKind::Communes);
    const int from = communes.fieldIndex("valid_from");
    const int to = communes.fieldIndex("valid_to");
    for (auto it = m_state.records(PackageKind::Communes).cbegin(); it != m_state.records(PackageKind::Communes).cend();
         ++it) {
        m_communes.insert(it.key(), Span{fieldText(it->values, from), fieldText(it->values, to)});
    }
    const QList<PackageRecord>& records = m_package.of(PackageKind::Communes);
    for (int i = 0; i < records.size(); ++i) {
        if (written(PackageKind::Communes, i) || !m_communes.contains(records.at(i).id())) {
            m_communes.insert(records.at(i).id(),
                              Span{fieldText(records.at(i).values, from), fieldText(records.at(i).values, to)});
        }
    }
}

QHash<QString, const CriteriaSet*> PackageChecks::setsAfter(const Package& package, const ExchangeState& state,
                                                            const PackagePlan& plan)
{
    // The sets as they will be: the database's, replaced by the package's where those are written.
    QHash<QString, const CriteriaSet*> sets;
    for (const CriteriaSet& s : state.sets()) {
        sets.insert(s.id, &s);
    }
    const QList<Decision>& decisions = plan.of(PackageKind::CriteriaSets);
    for (int i = 0; i < package.criteriaSets.size() && i < decisions.size(); ++i) {
        if (writes(decisions.at(i))) {
            sets.insert(package.criteriaSets.at(i).id, &package.criteriaSets.at(i));
        }
    }
    return sets;
}

void PackageChecks::collectCriteria()
{
    const QHash<QString, const CriteriaSet*> sets = setsAfter(m_package, m_state, m_plan);
    for (const CriteriaSet* s : std::as_const(sets)) {
        m_ids.at(static_cast<size_t>(RefTarget::CriteriaSet)).insert(s->id);
        for (const Criterion& c : s->criteria) {
            CriterionInfo info{s->id, s->family, c.number, {}};
            for (const Indicator& ind : c.indicators) {
                info.indicators.insert(ind.id);
                m_ids.at(static_cast<size_t>(RefTarget::Indicator)).insert(ind.id);
            }
            m_criteria.insert(c.id, info);
            m_ids.at(static_cast<size_t>(RefTarget::Criterion)).insert(c.id);
        }
    }
}

void PackageChecks::checkReferences(const KindSpec& spec)
{
    const QList<PackageRecord>& records = m_package.of(spec.kind);
    auto check = [&](const PackageRecord& r, const FieldSpec& f, const QVariant& v, const QString& where) {
        if (f.type == FieldType::Ref && !v.isNull() && v.isValid() &&
            !m_ids.at(static_cast<size_t>(f.ref)).contains(v.toString())) {
            fail(spec.kind, r,
                 tr("%1 refers to %2 that is neither in the package nor in the database (%3)")
                     .arg(where, targetName(f.ref), v.toString()));
        }
    };
    for (int i = 0; i < records.size(); ++i) {
        if (!written(spec.kind, i)) {
            continue;
        }
        const PackageRecord& r = records.at(i);
        for (int f = 0; f < spec.fields.size(); ++f) {
            check(r, spec.fields.at(f), r.values.at(f), QString::fromLatin1(spec.fields.at(f).name));
        }
        for (int c = 0; spec.child && c < r.children.size(); ++c) {
            for (int f = 0; f < spec.child->fields.size(); ++f) {
                check(r, spec.child->fields.at(f), r.children.at(c).at(f),
                      QStringLiteral("%1[%2].%3")
                          .arg(QLatin1String(spec.child->key))
                          .arg(c)
                          .arg(QLatin1String(spec.child->fields.at(f).name)));
            }
        }
    }
}

void PackageChecks::checkRecord(const KindSpec& spec, const PackageRecord& r)
{
    auto field = [&](const char* name) {
        const int i = spec.fieldIndex(name);
        return i < 0 ? QString() : fieldText(r.values, i);
    };
    if (before(field("valid_to"), field("valid_from"))) {
        fail(spec.kind, r, tr("valid_to %1 is before valid_from %2").arg(field("valid_to"), field("valid_from")));
    }
    switch (spec.kind) {
    case PackageKind::Recognitions:
        if (before(field("ended_on"), field("decided_on"))) {
            fail(spec.kind, r, tr("ended_on %1 is before decided_on %2").arg(field("ended_on"), field("decided_on")));
        }
        break;
    case PackageKind::SetAssignments:
        if (field("province_id").isEmpty() == field("commune_id").isEmpty()) {
            fail(spec.kind, r,
                 tr("needs either province_id (the whole province) or commune_id (one commune), "
                    "not both"));
        }
        break;
    case PackageKind::Communes:
        checkPeriods(r);
        break;
    case PackageKind::VillageModelAreas:
        if (before(field("ended_on"), field("decided_on"))) {
            fail(spec.kind, r, tr("ended_on %1 is before decided_on %2").arg(field("ended_on"), field("decided_on")));
        }
        break;
    case PackageKind::VillageLineage:
        if (field("predecessor_id") == field("successor_id")) {
            fail(spec.kind, r, tr("predecessor_id and successor_id name the same village"));
        }
        break;
    case PackageKind::ReviewActions:
        if (field("outcome").isEmpty() != field("closed_on").isEmpty()) {
            fail(spec.kind, r,
                 tr("outcome and closed_on go together: both for a closed action, neither for an open "
                    "one"));
        }
        break;
    case PackageKind::Officials: {
        Official o;
        o.fullName = field("full_name");
        o.birthDate = QDate::fromString(field("birth_date"), Qt::ISODate);
        for (const Issue& issue : OfficialService::check(o, m_today)) {
            if (issue.isError()) {
                fail(spec.kind, r, issue.field + QStringLiteral(": ") + issue.message);
            }
        }
        break;
    }
    case PackageKind::ReviewMeetings: {
        QSet<QString> seen;
        for (const QVariantList& c : r.children) {
            if (seen.contains(c.constFirst().toString())) {
                fail(spec.kind, r, tr("criterion_ids lists %1 twice").arg(c.constFirst().toString()));
            }
            seen.insert(c.constFirst().toString());
        }
        break;
    }
    default:
        break;
    }
}

void PackageChecks::checkPeriods(const PackageRecord& r)
{
    // Periods: id, valid_from, valid_to, code, name, kind, district_id.
    QList<QVariantList> periods = r.children;
    std::sort(periods.begin(), periods.end(),
              [](const QVariantList& a, const QVariantList& b) { return fieldText(a, 1) < fieldText(b, 1); });
    for (int i = 0; i < periods.size(); ++i) {
        if (before(fieldText(periods.at(i), 2), fieldText(periods.at(i), 1))) {
            fail(PackageKind::Communes, r,
                 tr("periods[%1]: valid_to %2 is before valid_from %3")
                     .arg(i)
                     .arg(fieldText(periods.at(i), 2), fieldText(periods.at(i), 1)));
        }
        if (i > 0 && (fieldText(periods.at(i - 1), 2).isEmpty() ||
                      fieldText(periods.at(i - 1), 2) >= fieldText(periods.at(i), 1))) {
            fail(PackageKind::Communes, r,
                 tr("the periods \"%1\" and \"%2\" overlap; periods of one commune follow "
                    "each other")
                     .arg(fieldText(periods.at(i - 1), 4), fieldText(periods.at(i), 4)));
        }
    }
}

void PackageChecks::checkAssessments()
{
    const KindSpec& spec = PackageSchema::spec(PackageKind::Assessments);
    const int commune = spec.fieldIndex("commune_id");
    const int criterion = spec.fieldIndex("criterion_id");
    const int date = spec.fieldIndex("assessed_on");
    const QString today = m_today.toString(Qt::ISODate);
    const QList<PackageRecord>& records = m_package.of(PackageKind::Assessments);
    for (int i = 0; i < records.size(); ++i) {
        const PackageRecord& r = records.at(i);
        if (!written(PackageKind::Assessments, i)) {
            continue;
        }
        const QString on = fieldText(r.values, date);
        if (on > today) {
            fail(spec.kind, r,
                 tr("assessed_on %1 is in the future; an assessment is recorded once it is made").arg(on));
        }
        const auto span = m_communes.constFind(fieldText(r.values, commune));
        if (span != m_communes.constEnd() && (before(on, span->from) || before(span->to, on))) {
            fail(spec.kind, r, tr("%1 did not exist on %2").arg(m_labels.commune(fieldText(r.values, commune)), on));
        }
        const auto info = m_criteria.constFind(fieldText(r.values, criterion));
        QSet<QString> seen;
        for (const QVariantList& v : r.children) {
            const QString indicator = fieldText(v, 1);
            if (info != m_criteria.constEnd() && !info->indicators.contains(indicator)) {
                fail(spec.kind, r, tr("indicator_values: %1 is not an indicator of this criterion").arg(indicator));
            }
            if (seen.contains(indicator)) {
                fail(spec.kind, r, tr("indicator_values: indicator %1 appears twice").arg(indicator));
            }
            seen.insert(indicator);
        }
    }
}

void PackageChecks::checkRotations()
{
    // The rotations as they will be, grouped as RotationRules needs them.
    QHash<QString, Rotation> all;
    for (auto it = m_state.records(PackageKind::Rotations).cbegin();
         it != m_state.records(PackageKind::Rotations).cend(); ++it) {
        all.insert(it.key(), rotationOf(it->values));
    }
    QList<std::pair<Rotation, int>> written;
    const QList<PackageRecord>& records = m_package.of(PackageKind::Rotations);
    for (int i = 0; i < records.size(); ++i) {
        if (this->written(PackageKind::Rotations, i)) {
            written.append({rotationOf(records.at(i).values), i});
            all.insert(records.at(i).id(), written.constLast().first);
        }
    }
    if (written.isEmpty()) {
        return;
    }
    QHash<QString, QList<Rotation>> byOfficial;
    QHash<QString, QList<Rotation>> byDecision;
    for (const Rotation& r : std::as_const(all)) {
        byOfficial[r.officialId].append(r);
        byDecision[decisionKey(r.issuingBody, r.decisionNo)].append(r);
    }
    checkDecisions(written, byDecision);
    RotationContext context;
    context.today = m_today;
    context.communeName = [this](const QString& id, const QDate&) { return m_labels.commune(id); };
    for (const auto& [r, position] : written) {
        context.officialExists = m_ids.at(static_cast<size_t>(RefTarget::Official)).contains(r.officialId);
        const auto span = m_communes.constFind(r.communeId);
        Commune commune;
        if (span != m_communes.constEnd()) {
            commune.validFrom = QDate::fromString(span->from, Qt::ISODate);
            commune.validTo = QDate::fromString(span->to, Qt::ISODate);
        }
        context.commune = span != m_communes.constEnd() ? &commune : nullptr;
        context.sameOfficial = byOfficial.value(r.officialId);
        for (const Issue& issue : RotationRules::check(r, context)) {
            // Missing references are reported once by checkReferences().
            if (issue.isError() && !(issue.field == QLatin1String("official") && !context.officialExists) &&
                !(issue.field == QLatin1String("commune") && !context.commune)) {
                fail(PackageKind::Rotations, records.at(position), issue.field + QStringLiteral(": ") + issue.message);
            }
        }
    }
}

void PackageChecks::checkDecisions(const QList<std::pair<Rotation, int>>& written,
                                   const QHash<QString, QList<Rotation>>& byDecision)
{
    const QList<PackageRecord>& records = m_package.of(PackageKind::Rotations);
    QHash<QString, int> positions;
    for (int i = 0; i < records.size(); ++i) {
        positions.insert(records.at(i).id(), i);
    }
    for (const auto& [r, position] : written) {
        for (const Rotation& other : byDecision.value(decisionKey(r.issuingBody, r.decisionNo))) {
            if (other.id == r.id) {
                continue;
            }
            const auto inPackage = positions.constFind(other.id);
            if (inPackage != positions.constEnd() && *inPackage < position &&
                this->written(PackageKind::Rotations, *inPackage)) {
                continue; // a pair inside the package is reported once, on its first record
            }
            const QString otherPlace =
                inPackage != positions.constEnd()
                    ? m_labels.place(PackageKind::Rotations, records.at(*inPackage))
                    : tr("rotation %1 in the database (%2)").arg(other.id, m_labels.official(other.officialId));
            fail(PackageKind::Rotations, records.at(position),
                 tr("decision %1 of %2 is recorded twice: also %3; a decision number is unique per issuing body")
                     .arg(r.decisionNo, r.issuingBody, otherPlace));
        }
    }
}

} // namespace ntm::core
