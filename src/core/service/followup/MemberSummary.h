// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpFigures.h"

#include <QCoreApplication>

namespace ntm::core {

/// A village as one person answered for it: over which days (within their membership and up to the date of the
/// summary), and how it progressed meanwhile.
struct MemberVillage
{
    QString villageId;
    QString name;
    QString group;
    bool throughGroup = false; ///< In the charge of the group they led, not in their own.
    QDate from;
    QDate to;                             ///< Clipped to the date of the summary.
    std::optional<VillageModelArea> area; ///< Holding at `to`.
    bool areaDuring = false;              ///< Recognised between `from` and `to`.
    int gardensAtStart = 0;
    int gardensAtEnd = 0;
};

/// A criterion the person's actions concerned, with those actions and where the criterion stood at the end.
struct MemberCriterion
{
    QString key;
    QString label;
    int number = 0;
    ActionCounts counts;
    CriterionStatus status = CriterionStatus::NotAssessed; ///< In the set in force at the end of their time.
};

/// One person's results in a commune's working groups up to a date (the year-end review of officials): their
/// memberships, the villages they answered for with the villages' progress over that time, the actions they
/// answered for, and the commune's criteria those actions concerned.
struct MemberSummary
{
    QString personKey;
    QString name;
    QString officialId;
    QString position; ///< Of their latest membership.
    QDate from;       ///< First day in a group.
    QDate to;         ///< Last day in a group, or the date of the summary while they serve.
    QDate asOf;
    QList<GroupMember> memberships;
    QHash<QString, QString> groupNames; ///< group id -> name, for the memberships
    QList<MemberVillage> villages;
    QList<ReviewAction> actions;
    ActionCounts actionCounts;
    QList<MemberCriterion> criteria;

    int villagesRecognisedDuring() const;
    int gardensGained() const;
};

/// Builds member summaries from FollowUpData (pure: tested against hand counts).
class MemberSummaries final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::MemberSummaries)

public:
    /// Everyone who was in one of the commune's groups on or before `asOf`, by name.
    static QList<MemberSummary> all(const FollowUpData& d, const QDate& asOf, const CommuneProgress& atEnd = {});
    /// One person (GroupMember::personKey()); `atEnd` gives the criteria's statuses at the end of their time (the
    /// set in force then; criteria are matched by family and number). Empty when they were in no group by then.
    static std::optional<MemberSummary> of(const FollowUpData& d, const QString& personKey, const QDate& asOf,
                                           const CommuneProgress& atEnd = {});

private:
    static void addVillages(const FollowUpData& d, MemberSummary& s);
    static void addActions(const FollowUpData& d, MemberSummary& s, const CommuneProgress& atEnd);
};

} // namespace ntm::core
