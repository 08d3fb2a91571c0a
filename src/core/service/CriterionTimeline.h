// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// A stretch of time during which one criterion of a commune kept one status from one assessment, under one
/// criteria set. `from` is the first day, `until` the day after the last (the next span's `from`).
struct TimelineSpan
{
    QDate from;
    QDate until;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QString setId;    ///< The set in force during the span.
    QString setCode;  ///< Its display code, e.g. "HT20-QD1980".
    Assessment event; ///< The assessment the status comes from (id, date, who, note, evidence); empty id when none.
    QString carriedFromSet;    ///< Code of the older set of the family the status carries over from; empty otherwise.
    bool viaCrosswalk = false; ///< Carried into a set of another shape through the province's crosswalk.

    bool covers(const QDate& d) const { return from <= d && d < until; }
};

/// One criterion (by family and number) across the consecutive sets of one family: its spans, oldest first.
struct TimelineRow
{
    QString family;
    int number = 0;
    QString name; ///< The name under the latest set of the block that has the criterion.
    QList<TimelineSpan> spans;
};

/// A run of consecutive sets of one family (491 → Hà Tĩnh's 20 → 1980 → 318; then 51/2025): its rows, one
/// per criterion number, change only when the family changes.
struct TimelineBlock
{
    QString family;
    QDate from;
    QDate until;
    QStringList setCodes;    ///< The sets of the block, oldest first.
    QList<TimelineRow> rows; ///< By criterion number.
};

/// A period with one criteria set in force for the commune.
struct TimelineSetPeriod
{
    QString setId;
    QString setCode;
    QString setName;
    QString family;
    int criteriaCount = 0;
    QDate from;
    QDate until;
};

/// The day the set in force changes, with the sets' display codes.
struct TimelineSetChange
{
    QDate date;
    QString fromCode;
    QString toCode;
    bool sameFamily = false; ///< Statuses carry over (same numbered criteria); otherwise new rows begin.
};

/// A rotated official's term in the commune, as known on the as-of date.
struct TimelineTenure
{
    QString rotationId;
    QString officialName;
    QString position;
    QDate start;
    QDate end; ///< Actual end on or before the as-of date; invalid while the term runs.
    QDate plannedEnd;
    int metAtStart = 0;
    int totalAtStart = 0;
    int metAtEnd = 0;
    int totalAtEnd = 0;
};

/// Everything the criterion progress timeline of one commune shows, as of a date: events after the date are
/// left out, as in every other view.
struct CriterionTimeline
{
    QString communeId;
    QDate asOf;
    QString title;        ///< "Xã Đức Yên" (the name on the as-of date, else the nearest).
    QString districtName; ///< With its kind ("Thành phố Hà Tĩnh"); empty after 1/7/2025.
    QDate from;           ///< First day drawn: the commune's first day in the programme (see service).
    QDate until;          ///< The day after the last day drawn: the as-of date or the commune's end.
    QList<TimelineSetPeriod> sets;
    QList<TimelineSetChange> changes;
    QList<TimelineBlock> blocks;
    QList<TimelineTenure> tenures;
    QList<Recognition> recognitions; ///< Decided on or before the as-of date, by date.
    int metOnAsOf = 0;               ///< On `standingOn`: the as-of date, or the last day of a commune that ended.
    int totalOnAsOf = 0;
    QDate standingOn; ///< Invalid when the commune was not formed yet on the as-of date.
    QString lifeNote; ///< "Merged into Xã Thạch Khê on 01/07/2025."; empty while the commune exists.

    /// All rows of all blocks, in drawing order.
    int rowCount() const
    {
        int n = 0;
        for (const TimelineBlock& b : blocks) {
            n += static_cast<int>(b.rows.size());
        }
        return n;
    }
};

} // namespace ntm::core
