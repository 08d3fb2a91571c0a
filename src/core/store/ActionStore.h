// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewActions.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// The actions review meetings decided (migration 9) and the commune's criterion plans (migration 2).
class ActionStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ActionStore)

public:
    explicit ActionStore(Database& db) : m_db(db) {}

    Status insertAction(const ReviewAction& a);
    /// Updates every field; refused when the row version changed meanwhile.
    Status updateAction(const ReviewAction& a);
    Status removeAction(const QString& id);
    /// The commune's actions with their meeting's date and who answers for them, by meeting date and due date.
    Result<QList<ReviewAction>> actions(const QString& communeId);
    Result<std::optional<ReviewAction>> action(const QString& id);
    /// How many actions a meeting decided (a meeting is deleted only without them).
    Result<int> actionsOfMeeting(const QString& meetingId);

    Status insertPlan(const CriterionPlan& p);
    Status updatePlan(const CriterionPlan& p);
    Status removePlan(const QString& id);
    Result<QList<CriterionPlan>> plans(const QString& communeId);
    Result<std::optional<CriterionPlan>> plan(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
