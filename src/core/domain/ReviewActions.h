// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ntm::core {

/// Where an action stands on a date.
enum class ActionState
{
    NotYetDecided, ///< the meeting that decided it is after the date
    Open,          ///< decided, not closed, due on or after the date
    Overdue,       ///< decided, not closed, due before the date
    Done,          ///< closed as done on or before the date
    NotDone        ///< closed as not done on or before the date
};

/// What a review meeting (giao ban) decided: what is to be done, about which criterion or village, who answers for
/// it (a working-group member, or a name), by when; later closed as done or not done, with the date and a note.
struct ReviewAction
{
    QString id;
    QString communeId;
    QString meetingId;
    QDate decidedOn; ///< The meeting's date (read with the action, not stored twice).
    QString what;
    QString criterionId;
    QString villageId;
    QString memberId;    ///< The working-group member who answers for it, when they are one.
    QString responsible; ///< The name shown (the member's name when linked).
    QString personKey;   ///< Who answers for it, as GroupMember::personKey(); filled when read, never stored.
    QDate dueOn;
    std::optional<ActionOutcome> outcome;
    QDate closedOn;
    QString outcomeNote;
    bool illustrative = false;
    int rowVersion = 1;

    /// Where the action stands on `d`: an action closed after `d` was still open (or overdue) on `d`.
    ActionState stateOn(const QDate& d) const;
    /// Closed as done after its due date.
    bool doneLate() const { return outcome == ActionOutcome::Done && closedOn > dueOn; }
};

/// A commune's target date for meeting a criterion (the commune's plan, table criterion_plan).
struct CriterionPlan
{
    QString id;
    QString communeId;
    QString criterionId;
    QDate targetDate;
    QString note;
    int rowVersion = 1;
};

} // namespace ntm::core
