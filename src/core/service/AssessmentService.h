// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "domain/Units.h"
#include "service/SetResolver.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// One criterion's new status as a user enters it (several at one date after a review meeting).
struct AssessmentInput
{
    QString criterionId;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QString note;
    QString evidenceRef;
    QList<IndicatorValue> values; ///< Text as typed; checked and converted against the indicator's kind.
};

/// Records assessments (append-only events) after checking them: the date is not in the future, the commune
/// exists on it, the criterion belongs to the set in force for the commune on that date, the status is one of
/// met / basically met / not met, and every indicator value has the indicator's kind.
class AssessmentService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AssessmentService)

public:
    explicit AssessmentService(Database& db) : m_db(db) {}

    /// Problems with recording `inputs` for the commune on `date`; empty when all is well.
    Result<Issues> check(const QString& communeId, const QDate& date, const QList<AssessmentInput>& inputs);
    /// The same rules against an already loaded commune and resolver (for checking many events: the demo's).
    static Issues checkAgainst(const Commune& commune, const SetResolver& resolver, const QDate& date,
                               const QList<AssessmentInput>& inputs);
    /// Records all inputs in one transaction, or none; returns the new events' ids. `ids` (one per input)
    /// gives the events known ids, so that redo after undo records the same events.
    Result<QStringList> record(const QString& communeId, const QDate& date, const QList<AssessmentInput>& inputs,
                               const QStringList& ids = {});
    /// Takes back events just recorded (undo). History is otherwise never edited: a correction is a new event.
    Status retract(const QStringList& ids);
    /// The events of one criterion (by family and number) of a commune, newest first, with their values.
    Result<QList<Assessment>> historyOf(const QString& communeId, const QString& family, int number);

    /// Parses a typed value for an indicator kind: "85,5" and "85.5%" as numbers, có/không as booleans.
    /// Returns false and sets `problem` for a value of the wrong kind.
    static bool parseValue(const Indicator& indicator, IndicatorValue& value, QString* problem);

private:
    Database& m_db;
};

} // namespace ntm::core
