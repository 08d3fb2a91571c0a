// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// The status of one criterion of a commune as of a date, and where it comes from.
struct CriterionState
{
    int number = 0;
    QString criterionId;
    QString name;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QDate assessedOn;     ///< Date of the event the status comes from.
    QString assessmentId; ///< That event; empty when not assessed.
    QString recordedBy;
    QString note;
    QString carriedFromSet; ///< Code of an older set the status carries over from; empty when assessed under this set.
    bool viaCrosswalk = false; ///< Carried into a set of another shape through the province's crosswalk.
};

/// A commune's standing as of a date under the set in force for it then.
struct CommuneProgress
{
    QString communeId;
    QDate asOf;
    QString setId; ///< Empty when no set applies yet.
    QString setCode;
    QString setName;
    QDate setSince; ///< Date from which this set applies to the commune.
    int group = 0;  ///< Commune group under sets with groups, 0 when none.
    QList<CriterionState> criteria;
    int met = 0;
    int basicallyMet = 0;
    int total = 0;
};

/// A point of a commune's count-met line: from `date` on, `met` of `total` criteria are met.
struct MetPoint
{
    QDate date;
    int met = 0;
    int total = 0;
    QString setCode;

    bool operator==(const MetPoint&) const = default;
};

} // namespace ntm::core
