// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageSchema.h"

#include <QHash>

#include <cstring>

namespace ntm::core {

namespace {
FieldSpec id()
{
    return {.name = "id", .type = FieldType::Id, .required = true};
}

FieldSpec ref(const char* name, RefTarget target, bool required)
{
    return {.name = name, .type = FieldType::Ref, .required = required, .ref = target};
}

FieldSpec text(const char* name, bool required = false)
{
    return {.name = name, .type = FieldType::Text, .required = required};
}

FieldSpec date(const char* name, bool required = false)
{
    return {.name = name, .type = FieldType::Date, .required = required};
}

FieldSpec stamp(const char* name, bool required = false)
{
    return {.name = name, .type = FieldType::Timestamp, .required = required, .bookkeeping = !required};
}

FieldSpec integer(const char* name, bool required, int min, int max)
{
    return {.name = name, .type = FieldType::Integer, .required = required, .min = min, .max = max};
}

FieldSpec flag(const char* name, bool fallback)
{
    return {.name = name, .type = FieldType::Boolean, .fallback = QVariant(qint64(fallback ? 1 : 0))};
}

FieldSpec choice(const char* name, bool required, QStringList choices)
{
    return {.name = name, .type = FieldType::Choice, .required = required, .choices = std::move(choices)};
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

QList<FieldSpec> lineage(RefTarget unit)
{
    return {id(),
            ref("predecessor_id", unit, true),
            ref("successor_id", unit, true),
            date("effective_on", true),
            choice("kind", true, words("merge split rename")),
            text("act"),
            flag("verified", true),
            text("note")};
}

KindSpec units(PackageKind kind, const char* key, const char* table, QList<FieldSpec> fields, RefTarget provides)
{
    KindSpec s;
    s.kind = kind;
    s.key = key;
    s.table = table;
    s.fields = std::move(fields);
    s.provides = provides;
    return s;
}

KindSpec communes()
{
    KindSpec s = units(PackageKind::Communes, "communes", "commune",
                       {id(), ref("province_id", RefTarget::Province, true), date("valid_from"), date("valid_to"),
                        integer("target_year", false, 1900, 2100), flag("illustrative", false), text("note")},
                       RefTarget::Commune);
    s.rowVersion = true;
    s.child = ChildSpec{.key = "periods",
                        .table = "commune_period",
                        .parentColumn = "commune_id",
                        .fields = {id(), date("valid_from"), date("valid_to"), text("code", true), text("name", true),
                                   choice("kind", true, words("xa phuong thi_tran")),
                                   ref("district_id", RefTarget::District, false)},
                        .orderBy = "c.valid_from, c.id"};
    return s;
}

KindSpec officials()
{
    KindSpec s = units(PackageKind::Officials, "officials", "official",
                       {id(), text("full_name", true), choice("gender", true, words("male female not_given")),
                        date("birth_date"), text("home_unit"), ref("home_district_id", RefTarget::District, false),
                        text("position"), text("phone"), text("note"), flag("illustrative", false), stamp("created_at"),
                        stamp("updated_at")},
                       RefTarget::Official);
    s.rowVersion = true;
    s.updatedAt = true;
    return s;
}

KindSpec rotations()
{
    KindSpec s = units(PackageKind::Rotations, "rotations", "rotation",
                       {id(),
                        ref("official_id", RefTarget::Official, true),
                        choice("kind", true, words("luan_chuyen dieu_dong biet_phai")),
                        text("decision_no", true),
                        date("decision_date", true),
                        text("issuing_body", true),
                        text("from_unit"),
                        text("from_position"),
                        ref("commune_id", RefTarget::Commune, true),
                        text("to_position", true),
                        date("start_date", true),
                        date("planned_end"),
                        date("actual_end"),
                        choice("end_reason", false, words("completed recalled promoted stayed retired other")),
                        choice("evaluation", false, words("xuat_sac tot hoan_thanh khong_hoan_thanh")),
                        text("return_position"),
                        text("note"),
                        flag("illustrative", false),
                        stamp("created_at"),
                        stamp("updated_at")},
                       RefTarget::None);
    s.rowVersion = true;
    s.updatedAt = true;
    return s;
}

KindSpec assessments()
{
    KindSpec s = units(PackageKind::Assessments, "assessments", "assessment",
                       {id(), ref("commune_id", RefTarget::Commune, true),
                        ref("criterion_id", RefTarget::Criterion, true), date("assessed_on", true),
                        choice("status", true, words("met basically_met not_met")), text("note"), text("evidence_ref"),
                        text("recorded_by", true), stamp("recorded_at", true), flag("illustrative", false)},
                       RefTarget::None);
    s.appendOnly = true;
    s.exportOrder = "seq";
    s.child = ChildSpec{.key = "indicator_values",
                        .table = "indicator_value",
                        .parentColumn = "assessment_id",
                        .fields = {id(),
                                   ref("indicator_id", RefTarget::Indicator, true),
                                   text("value_text"),
                                   {.name = "value_number", .type = FieldType::Real}},
                        .orderBy = "c.indicator_id, c.id"};
    return s;
}

KindSpec reviewMeetings()
{
    KindSpec s = units(PackageKind::ReviewMeetings, "review_meetings", "review_meeting",
                       {id(), ref("commune_id", RefTarget::Commune, true), date("held_on", true), text("chair"),
                        text("decisions"), text("responsible"), text("note"), flag("illustrative", false),
                        stamp("created_at"), stamp("updated_at")},
                       RefTarget::ReviewMeeting);
    s.rowVersion = true;
    s.updatedAt = true;
    s.child = ChildSpec{.key = "criterion_ids",
                        .table = "review_meeting_criterion",
                        .parentColumn = "meeting_id",
                        .fields = {ref("criterion_id", RefTarget::Criterion, true)},
                        .idList = true,
                        .orderBy = "c.criterion_id"};
    return s;
}

/// A kind of format version 2 with row_version, and updated_at when `stamped` (its last two fields are then
/// created_at and updated_at).
KindSpec since2(PackageKind kind, const char* key, const char* table, QList<FieldSpec> fields, RefTarget provides,
                bool stamped)
{
    KindSpec s = units(kind, key, table, std::move(fields), provides);
    s.sinceVersion = 2;
    s.rowVersion = true;
    s.updatedAt = stamped;
    return s;
}

QList<KindSpec> issue20Kinds()
{
    QList<KindSpec> k;
    k.append(
        since2(PackageKind::VillageLineage, "village_lineage", "village_lineage",
               {id(), ref("commune_id", RefTarget::Commune, true), ref("predecessor_id", RefTarget::Village, true),
                ref("successor_id", RefTarget::Village, true), date("effective_on", true),
                choice("kind", true, words("merge split rename")), text("act"), flag("verified", true), text("note")},
               RefTarget::None, false));
    k.append(since2(PackageKind::VillageModelAreas, "village_model_areas", "village_model_area",
                    {id(), ref("commune_id", RefTarget::Commune, true), ref("village_id", RefTarget::Village, true),
                     text("decision_no"), date("decided_on", true), text("issuing_body"), date("ended_on"),
                     text("note"), flag("illustrative", false)},
                    RefTarget::None, false));
    KindSpec gardens =
        since2(PackageKind::VillageModelGardens, "village_model_gardens", "village_model_garden",
               {id(), ref("commune_id", RefTarget::Commune, true), ref("village_id", RefTarget::Village, true),
                date("counted_on", true), integer("gardens", true, 0, 100000), text("decision_no"), text("note"),
                flag("illustrative", false)},
               RefTarget::None, false);
    gardens.naturalKey = {2, 3};
    k.append(gardens);
    k.append(since2(PackageKind::WorkingGroups, "working_groups", "working_group",
                    {id(), ref("commune_id", RefTarget::Commune, true), text("name", true), text("decision_no"),
                     date("decided_on"), text("issuing_body"), date("valid_from", true), date("valid_to"), text("note"),
                     flag("illustrative", false), stamp("created_at"), stamp("updated_at")},
                    RefTarget::WorkingGroup, true));
    k.append(
        since2(PackageKind::WorkingGroupMembers, "working_group_members", "working_group_member",
               {id(), ref("group_id", RefTarget::WorkingGroup, true), ref("commune_id", RefTarget::Commune, true),
                ref("official_id", RefTarget::Official, false), text("full_name", true),
                choice("role", true, words("leader deputy member")), text("position"), date("valid_from", true),
                date("valid_to"), text("note"), flag("illustrative", false), stamp("created_at"), stamp("updated_at")},
               RefTarget::GroupMember, true));
    k.append(since2(PackageKind::VillageResponsibilities, "village_responsibilities", "village_responsibility",
                    {id(), ref("commune_id", RefTarget::Commune, true), ref("village_id", RefTarget::Village, true),
                     ref("group_id", RefTarget::WorkingGroup, true), ref("member_id", RefTarget::GroupMember, false),
                     date("valid_from", true), date("valid_to"), text("note"), flag("illustrative", false),
                     stamp("created_at"), stamp("updated_at")},
                    RefTarget::None, true));
    k.append(since2(PackageKind::ReviewActions, "review_actions", "review_action",
                    {id(), ref("commune_id", RefTarget::Commune, true),
                     ref("meeting_id", RefTarget::ReviewMeeting, true), text("what", true),
                     ref("criterion_id", RefTarget::Criterion, false), ref("village_id", RefTarget::Village, false),
                     ref("member_id", RefTarget::GroupMember, false), text("responsible", true), date("due_on", true),
                     choice("outcome", false, words("done not_done")), date("closed_on"), text("outcome_note"),
                     flag("illustrative", false), stamp("created_at"), stamp("updated_at")},
                    RefTarget::None, true));
    KindSpec rules = since2(PackageKind::VillageCriterionRules, "village_criterion_rules", "village_criterion_rule",
                            {id(),
                             ref("province_id", RefTarget::Province, true),
                             ref("criterion_id", RefTarget::Criterion, true),
                             ref("indicator_id", RefTarget::Indicator, false),
                             choice("measure", true, words("model_area_share model_area_count model_gardens")),
                             {.name = "threshold", .type = FieldType::Real},
                             flag("verified", false),
                             text("source"),
                             text("note")},
                            RefTarget::None, false);
    rules.naturalKey = {1, 2, 4};
    k.append(rules);
    return k;
}

QList<KindSpec> buildKinds()
{
    QList<KindSpec> k;
    k.append(units(PackageKind::Provinces, "provinces", "province", {id(), text("code", true), text("name", true)},
                   RefTarget::Province));
    k.append(units(PackageKind::Districts, "districts", "district",
                   {id(), ref("province_id", RefTarget::Province, true), text("code", true), text("name", true),
                    choice("kind", true, words("huyen thi_xa thanh_pho")), date("valid_from"), date("valid_to"),
                    text("note")},
                   RefTarget::District));
    k.append(units(PackageKind::DistrictLineage, "district_lineage", "district_lineage", lineage(RefTarget::District),
                   RefTarget::None));
    KindSpec sets = units(PackageKind::CriteriaSets, "criteria_sets", "criteria_set", {id()}, RefTarget::CriteriaSet);
    sets.special = true;
    k.append(sets);
    k.append(communes());
    k.append(units(PackageKind::CommuneLineage, "commune_lineage", "commune_lineage", lineage(RefTarget::Commune),
                   RefTarget::None));
    KindSpec villages =
        units(PackageKind::Villages, "villages", "village",
              {id(), ref("commune_id", RefTarget::Commune, true), text("name", true), date("valid_from"),
               date("valid_to"), text("responsible_name"), text("responsible_role"), text("note")},
              RefTarget::Village);
    villages.rowVersion = true;
    k.append(villages);
    KindSpec recognitions =
        units(PackageKind::Recognitions, "recognitions", "recognition",
              {id(), ref("commune_id", RefTarget::Commune, true),
               choice("tier", true, words("ntm nang_cao kieu_mau hien_dai")), text("decision_no"),
               date("decided_on", true), date("ended_on"), choice("end_reason", false, words("merger withdrawn")),
               text("note"), flag("illustrative", false)},
              RefTarget::None);
    recognitions.rowVersion = true;
    k.append(recognitions);
    k.append(units(PackageKind::SetAssignments, "set_assignments", "set_assignment",
                   {id(), ref("set_id", RefTarget::CriteriaSet, true), ref("province_id", RefTarget::Province, false),
                    ref("commune_id", RefTarget::Commune, false), date("valid_from", true), text("note"),
                    flag("assumption", false)},
                   RefTarget::None));
    KindSpec groups = units(PackageKind::CommuneGroups, "commune_groups", "commune_group",
                            {id(), ref("commune_id", RefTarget::Commune, true), integer("group_number", true, 1, 3),
                             date("valid_from", true), flag("illustrative", false), text("note")},
                            RefTarget::None);
    groups.naturalKey = {1, 3};
    k.append(groups);
    KindSpec crosswalks = units(PackageKind::CriterionCrosswalks, "criterion_crosswalks", "criterion_crosswalk",
                                {id(), ref("province_id", RefTarget::Province, false),
                                 ref("from_criterion_id", RefTarget::Criterion, true),
                                 ref("to_criterion_id", RefTarget::Criterion, true)},
                                RefTarget::None);
    crosswalks.naturalKey = {1, 2, 3};
    k.append(crosswalks);
    k.append(officials());
    k.append(rotations());
    k.append(assessments());
    k.append(reviewMeetings());
    KindSpec plans = units(PackageKind::CriterionPlans, "criterion_plans", "criterion_plan",
                           {id(), ref("commune_id", RefTarget::Commune, true),
                            ref("criterion_id", RefTarget::Criterion, true), date("target_date", true), text("note")},
                           RefTarget::None);
    plans.rowVersion = true;
    plans.naturalKey = {1, 2};
    k.append(plans);
    k += issue20Kinds();
    return k;
}
} // namespace

int KindSpec::fieldIndex(const char* name) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (std::strcmp(fields.at(i).name, name) == 0) {
            return i;
        }
    }
    return -1;
}

const QList<KindSpec>& PackageSchema::kinds()
{
    static const QList<KindSpec> all = buildKinds();
    return all;
}

const KindSpec& PackageSchema::spec(PackageKind kind)
{
    return kinds().at(static_cast<int>(kind));
}

std::optional<PackageKind> PackageSchema::kindOf(const QString& key)
{
    for (const KindSpec& s : kinds()) {
        if (key == QLatin1String(s.key)) {
            return s.kind;
        }
    }
    return std::nullopt;
}

QString PackageSchema::key(PackageKind kind)
{
    return QString::fromLatin1(spec(kind).key);
}

QString PackageSchema::label(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Provinces:
        return tr("provinces");
    case PackageKind::Districts:
        return tr("districts");
    case PackageKind::DistrictLineage:
        return tr("district mergers");
    case PackageKind::CriteriaSets:
        return tr("criteria sets");
    case PackageKind::Communes:
        return tr("communes");
    case PackageKind::CommuneLineage:
        return tr("commune mergers");
    case PackageKind::Villages:
        return tr("villages");
    case PackageKind::Recognitions:
        return tr("recognitions");
    case PackageKind::SetAssignments:
        return tr("criteria set assignments");
    case PackageKind::CommuneGroups:
        return tr("commune groups");
    case PackageKind::CriterionCrosswalks:
        return tr("criterion crosswalks");
    case PackageKind::Officials:
        return tr("officials");
    case PackageKind::Rotations:
        return tr("rotations");
    case PackageKind::Assessments:
        return tr("assessments");
    case PackageKind::ReviewMeetings:
        return tr("review meetings");
    case PackageKind::CriterionPlans:
        return tr("criterion plans");
    case PackageKind::VillageLineage:
        return tr("village mergers and renames");
    case PackageKind::VillageModelAreas:
        return tr("model residential areas");
    case PackageKind::VillageModelGardens:
        return tr("model garden counts");
    case PackageKind::WorkingGroups:
        return tr("working groups");
    case PackageKind::WorkingGroupMembers:
        return tr("members of working groups");
    case PackageKind::VillageResponsibilities:
        return tr("village responsibilities");
    case PackageKind::ReviewActions:
        return tr("actions of review meetings");
    case PackageKind::VillageCriterionRules:
        return tr("village rules of criteria");
    }
    return QString();
}

QString PackageSchema::fieldLabel(const QString& key)
{
    // Built on each call: the labels follow the language installed when they are asked for.
    const QHash<QString, QString> labels{
        {QStringLiteral("act"), tr("Act")},
        {QStringLiteral("actual_end"), tr("Actual end")},
        {QStringLiteral("assessed_on"), tr("Assessed on")},
        {QStringLiteral("birth_date"), tr("Birth date")},
        {QStringLiteral("chair"), tr("Chaired by")},
        {QStringLiteral("code"), tr("Code")},
        {QStringLiteral("commune_id"), tr("Commune")},
        {QStringLiteral("criterion_id"), tr("Criterion")},
        {QStringLiteral("decided_on"), tr("Decided on")},
        {QStringLiteral("decision_date"), tr("Decision date")},
        {QStringLiteral("decision_no"), tr("Decision no.")},
        {QStringLiteral("decisions"), tr("Decisions")},
        {QStringLiteral("district_id"), tr("District")},
        {QStringLiteral("effective_on"), tr("Effective on")},
        {QStringLiteral("end_reason"), tr("End reason")},
        {QStringLiteral("ended_on"), tr("Ended on")},
        {QStringLiteral("evaluation"), tr("Evaluation")},
        {QStringLiteral("evidence_ref"), tr("Evidence")},
        {QStringLiteral("from_criterion_id"), tr("From criterion")},
        {QStringLiteral("from_position"), tr("Position left")},
        {QStringLiteral("from_unit"), tr("Unit left")},
        {QStringLiteral("full_name"), tr("Full name")},
        {QStringLiteral("gender"), tr("Gender")},
        {QStringLiteral("group_number"), tr("Commune group")},
        {QStringLiteral("held_on"), tr("Held on")},
        {QStringLiteral("home_district_id"), tr("Home district")},
        {QStringLiteral("home_unit"), tr("Home unit")},
        {QStringLiteral("illustrative"), tr("Illustrative")},
        {QStringLiteral("indicator_id"), tr("Indicator")},
        {QStringLiteral("issuing_body"), tr("Issuing body")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("note"), tr("Note")},
        {QStringLiteral("official_id"), tr("Official")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("planned_end"), tr("Planned end")},
        {QStringLiteral("position"), tr("Position")},
        {QStringLiteral("predecessor_id"), tr("Predecessor")},
        {QStringLiteral("province_id"), tr("Province")},
        {QStringLiteral("recorded_at"), tr("Recorded at")},
        {QStringLiteral("recorded_by"), tr("Recorded by")},
        {QStringLiteral("responsible"), tr("Responsible")},
        {QStringLiteral("responsible_name"), tr("Responsible member")},
        {QStringLiteral("responsible_role"), tr("Role of the responsible member")},
        {QStringLiteral("return_position"), tr("Position on return")},
        {QStringLiteral("set_id"), tr("Criteria set")},
        {QStringLiteral("start_date"), tr("Start")},
        {QStringLiteral("status"), tr("Assessment status")},
        {QStringLiteral("successor_id"), tr("Successor")},
        {QStringLiteral("target_date"), tr("Target date")},
        {QStringLiteral("target_year"), tr("Target year")},
        {QStringLiteral("tier"), tr("Tier")},
        {QStringLiteral("to_criterion_id"), tr("To criterion")},
        {QStringLiteral("to_position"), tr("Position in the commune")},
        {QStringLiteral("valid_from"), tr("Valid from")},
        {QStringLiteral("valid_to"), tr("Valid to")},
        {QStringLiteral("value_text"), tr("Value")},
        {QStringLiteral("verified"), tr("Verified")},
        {QStringLiteral("periods"), tr("Periods (names, kinds, districts)")},
        {QStringLiteral("indicator_values"), tr("Indicator values")},
        {QStringLiteral("criterion_ids"), tr("Criteria discussed")},
        {QStringLiteral("family"), tr("Family")},
        {QStringLiteral("decision"), tr("Decision")},
        {QStringLiteral("content_hash"), tr("Content (checksum)")},
        {QStringLiteral("criteria"), tr("Criteria")},
        {QStringLiteral("closed_on"), tr("Closed on")},
        {QStringLiteral("counted_on"), tr("Counted on")},
        {QStringLiteral("due_on"), tr("Due on")},
        {QStringLiteral("gardens"), tr("Model gardens")},
        {QStringLiteral("group_id"), tr("Working group")},
        {QStringLiteral("measure"), tr("Measure")},
        {QStringLiteral("meeting_id"), tr("Review meeting")},
        {QStringLiteral("member_id"), tr("Member")},
        {QStringLiteral("outcome"), tr("Outcome")},
        {QStringLiteral("outcome_note"), tr("Note on the outcome")},
        {QStringLiteral("role"), tr("Role")},
        {QStringLiteral("source"), tr("Source")},
        {QStringLiteral("threshold"), tr("Threshold")},
        {QStringLiteral("village_id"), tr("Village")},
        {QStringLiteral("what"), tr("What is to be done")},
    };
    return labels.value(key, key);
}

} // namespace ntm::core
