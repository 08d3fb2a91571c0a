// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CommuneProgress.h"
#include "service/followup/FollowUpData.h"

#include <QCoreApplication>

namespace ntm::core {

/// How many actions stand where on a date. `open` counts every action decided and not closed by then, the
/// overdue ones included; `overdue` those of them due before the date.
struct ActionCounts
{
    int open = 0;
    int overdue = 0;
    int done = 0;
    int doneLate = 0; ///< Of `done`, closed after their due date.
    int notDone = 0;

    int total() const { return open + done + notDone; }
    void add(ActionState state, bool late);
    bool operator==(const ActionCounts&) const = default;
};

/// Actions counted for one criterion or one person.
struct ActionTally
{
    QString key;   ///< CriterionRef::key(), or a person key (GroupMember::personKey()); empty: none named
    QString label; ///< "17. Môi trường", or the person's name
    int number = 0;
    ActionCounts counts;
};

/// A member of a group on a date with the villages in their own charge then.
struct MemberOnDate
{
    GroupMember member;
    QStringList villages;
};

/// A group at work on a date: its leader, members and every village in its charge (its own and its members').
struct GroupOnDate
{
    WorkingGroup group;
    QString leader;
    QList<MemberOnDate> members;
    QStringList villages;
};

/// A village on a date: who answers for it, its model-area recognition and its model gardens, and its lineage.
struct VillageProgressRow
{
    Village village;
    QString responsible;                  ///< The member in charge; else the group; else the village's own record
    QString group;                        ///< The group in charge, if any
    std::optional<VillageModelArea> area; ///< The recognition holding on the date
    int gardens = 0;                      ///< Model gardens by the latest count on or before the date
    QDate gardensCountedOn;
    QStringList predecessors; ///< "Thôn 1 (merge, 01/07/2025)"
    QStringList successors;
};

/// Where a criterion's plan stands on a date.
enum class PlanStanding
{
    Met,     ///< the criterion is met
    OnTrack, ///< a target date ahead and no overdue action
    AtRisk,  ///< a target date ahead but actions overdue
    Late,    ///< the target date has passed and the criterion is not met
    NoPlan   ///< not met and no target date
};

/// One criterion of the set in force with its plan and its actions.
struct PlanRow
{
    CriterionState state;
    QString key; ///< CriterionRef::key()
    std::optional<CriterionPlan> plan;
    ActionCounts actions;
    PlanStanding standing = PlanStanding::NoPlan;
};

/// A province's village rule for a criterion of the set in force, measured on the commune's villages on a date.
struct RuleStanding
{
    VillageCriterionRule rule;
    CriterionRef criterion;
    int villages = 0;          ///< Villages of the commune existing on the date
    int modelAreas = 0;        ///< Of them, recognised as model residential areas then
    int gardens = 0;           ///< Model gardens of those villages
    double value = 0;          ///< What the rule measures
    std::optional<bool> meets; ///< Unknown while the threshold is unknown
};

/// The questions of a date about a commune's working groups, actions and villages, answered from FollowUpData
/// (pure: tested without a database). The GUI tabs, `ntm-cli commune` and the member summaries use these.
class FollowUpFigures final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::FollowUpFigures)

public:
    static QList<GroupOnDate> groupsOn(const FollowUpData& d, const QDate& on);
    /// The member answering for the village on the date, if any.
    static const GroupMember* responsibleMember(const FollowUpData& d, const QString& villageId, const QDate& on);
    static const WorkingGroup* responsibleGroup(const FollowUpData& d, const QString& villageId, const QDate& on);
    /// The commune's villages existing on the date.
    static QList<VillageProgressRow> villageProgress(const FollowUpData& d, const QDate& on);
    static int gardensOn(const FollowUpData& d, const QString& villageId, const QDate& on, QDate* countedOn = nullptr);
    static std::optional<VillageModelArea> modelAreaOn(const FollowUpData& d, const QString& villageId,
                                                       const QDate& on);

    static ActionCounts actionCounts(const QList<ReviewAction>& actions, const QDate& on);
    /// The actions a meeting on `on` opens with: decided before it, not closed by then, due on or before it.
    static QList<ReviewAction> dueAt(const FollowUpData& d, const QDate& on);
    static QList<ActionTally> byCriterion(const FollowUpData& d, const QDate& on);
    static QList<ActionTally> byPerson(const FollowUpData& d, const QDate& on);

    /// Every criterion of `progress` (the set in force on its date) with its plan and actions.
    static QList<PlanRow> plans(const FollowUpData& d, const CommuneProgress& progress);
    static QList<RuleStanding> rules(const FollowUpData& d, const CommuneProgress& progress);

    static QString label(PlanStanding s);

private:
    static PlanStanding standingOf(const PlanRow& row, const QDate& on);
};

} // namespace ntm::core
