// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CommuneProgress.h"
#include "service/CriterionTimeline.h"

#include <QHash>

namespace ntm::core {

class SetResolver;

/// Turns a commune's standing on successive days (each from ProgressService) into the timeline's set periods,
/// blocks of rows and spans. It decides no status: a span simply lasts while the standing of its criterion
/// (status, assessment, set, carry-over) stays the same, and ends at a set change.
class TimelineSpanBuilder final
{
public:
    /// `events`: the commune's assessments by id, to attach the full event (evidence too) to each span.
    TimelineSpanBuilder(const SetResolver& resolver, QHash<QString, Assessment> events);

    /// The standing `p` holds from `from` until the next call's date (or finish()'s `until`). Dates ascend.
    void add(const QDate& from, const CommuneProgress& p);
    /// Closes every open span, period and block on `until` and moves the result into `out`.
    void finish(const QDate& until, CriterionTimeline& out);

private:
    void closeSpans(const QDate& on, const CommuneProgress* next);
    void startPeriod(const QDate& from, const CommuneProgress& p);
    TimelineRow& rowFor(const CriterionState& state);
    TimelineSpan spanOf(const QDate& from, const CommuneProgress& p, const CriterionState& state) const;

    const SetResolver& m_resolver;
    QHash<QString, Assessment> m_events;
    QList<TimelineSetPeriod> m_sets;
    QList<TimelineBlock> m_blocks;
    QHash<int, qsizetype> m_rowByNumber; ///< Rows of the current block.
    bool m_periodOpen = false;
};

} // namespace ntm::core
