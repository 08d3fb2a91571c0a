// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessPolicy.h"

#include <QHash>

namespace ntm::core {

namespace {
bool districtKind(RecordKind kind)
{
    return kind == RecordKind::Official || kind == RecordKind::Rotation;
}

bool communeKind(RecordKind kind)
{
    return kind == RecordKind::Assessment || kind == RecordKind::ReviewMeeting || kind == RecordKind::Village ||
           kind == RecordKind::CriterionPlan || kind == RecordKind::WorkingGroup || kind == RecordKind::ReviewAction;
}
} // namespace

bool AccessPolicy::mayWriteKind(const Actor& actor, RecordKind kind)
{
    if (!actor.role) {
        return false;
    }
    switch (*actor.role) {
    case Role::Admin:
        return true;
    case Role::Personnel:
        return districtKind(kind) && !actor.districtId.isEmpty();
    case Role::CommuneLeader:
        return communeKind(kind) && !actor.communeId.isEmpty();
    case Role::Reviewer:
        break;
    }
    return false;
}

bool AccessPolicy::mayWrite(const Actor& actor, RecordKind kind, const RecordPlace& place)
{
    if (!mayWriteKind(actor, kind)) {
        return false;
    }
    switch (*actor.role) {
    case Role::Admin:
        return true;
    case Role::Personnel:
        return place.districtId == actor.districtId;
    case Role::CommuneLeader:
        return place.communeId == actor.communeId;
    case Role::Reviewer:
        break;
    }
    return false;
}

std::optional<RecordKind> AccessPolicy::kindOfTable(const QString& table)
{
    static const QHash<QString, RecordKind> kinds{
        {QStringLiteral("official"), RecordKind::Official},
        {QStringLiteral("rotation"), RecordKind::Rotation},
        {QStringLiteral("assessment"), RecordKind::Assessment},
        {QStringLiteral("indicator_value"), RecordKind::Assessment},
        {QStringLiteral("review_meeting"), RecordKind::ReviewMeeting},
        {QStringLiteral("review_meeting_criterion"), RecordKind::ReviewMeeting},
        {QStringLiteral("village"), RecordKind::Village},
        {QStringLiteral("criterion_plan"), RecordKind::CriterionPlan},
        {QStringLiteral("commune"), RecordKind::CommuneSettings},
        {QStringLiteral("set_assignment"), RecordKind::CommuneSettings},
        {QStringLiteral("commune_group"), RecordKind::CommuneSettings},
        {QStringLiteral("recognition"), RecordKind::CommuneSettings},
        {QStringLiteral("criteria_set"), RecordKind::CriteriaSet},
        {QStringLiteral("criterion"), RecordKind::CriteriaSet},
        {QStringLiteral("indicator"), RecordKind::CriteriaSet},
        {QStringLiteral("criterion_crosswalk"), RecordKind::CriteriaSet},
        {QStringLiteral("province"), RecordKind::Unit},
        {QStringLiteral("district"), RecordKind::Unit},
        {QStringLiteral("commune_period"), RecordKind::Unit},
        {QStringLiteral("commune_lineage"), RecordKind::Unit},
        {QStringLiteral("district_lineage"), RecordKind::Unit},
        {QStringLiteral("reform"), RecordKind::Unit},
        {QStringLiteral("app_user"), RecordKind::User},
        {QStringLiteral("database"), RecordKind::Backup},
        {QStringLiteral("working_group"), RecordKind::WorkingGroup},
        {QStringLiteral("working_group_member"), RecordKind::WorkingGroup},
        {QStringLiteral("village_responsibility"), RecordKind::WorkingGroup},
        {QStringLiteral("review_action"), RecordKind::ReviewAction},
        {QStringLiteral("village_model_area"), RecordKind::Village},
        {QStringLiteral("village_model_garden"), RecordKind::Village},
        {QStringLiteral("village_lineage"), RecordKind::Village},
        {QStringLiteral("village_criterion_rule"), RecordKind::CriteriaSet},
    };
    const auto it = kinds.constFind(table);
    return it == kinds.constEnd() ? std::nullopt : std::optional<RecordKind>(*it);
}

QString AccessPolicy::kindLabel(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Official:
        return tr("officials");
    case RecordKind::Rotation:
        return tr("rotations");
    case RecordKind::Assessment:
        return tr("assessments");
    case RecordKind::ReviewMeeting:
        return tr("review meetings");
    case RecordKind::Village:
        return tr("villages");
    case RecordKind::CriterionPlan:
        return tr("criterion plans");
    case RecordKind::CommuneSettings:
        return tr("commune settings and recognitions");
    case RecordKind::CriteriaSet:
        return tr("criteria sets");
    case RecordKind::Unit:
        return tr("districts and communes");
    case RecordKind::User:
        return tr("user accounts");
    case RecordKind::WorkingGroup:
        return tr("working groups");
    case RecordKind::ReviewAction:
        return tr("actions of review meetings");
    case RecordKind::Backup:
        break;
    }
    return tr("the whole database (restoring a backup)");
}

QString AccessPolicy::kindTitle(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Official:
        return tr("Officials");
    case RecordKind::Rotation:
        return tr("Rotations");
    case RecordKind::Assessment:
        return tr("Assessments");
    case RecordKind::ReviewMeeting:
        return tr("Review meetings");
    case RecordKind::Village:
        return tr("Villages");
    case RecordKind::CriterionPlan:
        return tr("Criterion plans");
    case RecordKind::CommuneSettings:
        return tr("Commune settings");
    case RecordKind::CriteriaSet:
        return tr("Criteria sets");
    case RecordKind::Unit:
        return tr("Districts and communes");
    case RecordKind::User:
        return tr("User accounts");
    case RecordKind::WorkingGroup:
        return tr("Working groups");
    case RecordKind::ReviewAction:
        return tr("Actions of review meetings");
    case RecordKind::Backup:
        break;
    }
    return tr("Backups");
}

QString AccessPolicy::roleAllows(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("everything");
    case Role::Personnel:
        return tr("officials and rotations of one district");
    case Role::CommuneLeader:
        return tr("assessments, review meetings and their actions, working groups, villages and criterion plans of "
                  "one commune");
    case Role::Reviewer:
        break;
    }
    return tr("nothing (reads, exports and prints only)");
}

} // namespace ntm::core
