// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/TimelineSpanBuilder.h"

#include "service/SetResolver.h"

#include <algorithm>

namespace ntm::core {

namespace {
bool sameStanding(const TimelineSpan& span, const CommuneProgress& p, const CriterionState& s)
{
    return span.setId == p.setId && span.status == s.status && span.event.id == s.assessmentId &&
           span.carriedFromSet == s.carriedFromSet && span.viaCrosswalk == s.viaCrosswalk;
}

const CriterionState* stateOf(const CommuneProgress& p, int number)
{
    for (const CriterionState& s : p.criteria) {
        if (s.number == number) {
            return &s;
        }
    }
    return nullptr;
}

bool isOpen(const TimelineRow& row)
{
    return !row.spans.isEmpty() && !row.spans.constLast().until.isValid();
}
} // namespace

TimelineSpanBuilder::TimelineSpanBuilder(const SetResolver& resolver, QHash<QString, Assessment> events)
    : m_resolver(resolver), m_events(std::move(events))
{
}

void TimelineSpanBuilder::add(const QDate& from, const CommuneProgress& p)
{
    const bool sameSet = m_periodOpen && m_sets.constLast().setId == p.setId;
    closeSpans(from, sameSet ? &p : nullptr);
    if (!sameSet) {
        if (m_periodOpen) {
            m_sets.last().until = from;
            m_blocks.last().until = from;
            m_periodOpen = false;
        }
        if (p.setId.isEmpty()) {
            return;
        }
        startPeriod(from, p);
    }
    for (const CriterionState& s : p.criteria) {
        TimelineRow& row = rowFor(s);
        if (!isOpen(row)) {
            row.spans.append(spanOf(from, p, s));
        }
    }
}

void TimelineSpanBuilder::closeSpans(const QDate& on, const CommuneProgress* next)
{
    if (m_blocks.isEmpty()) {
        return;
    }
    for (TimelineRow& row : m_blocks.last().rows) {
        if (!isOpen(row)) {
            continue;
        }
        const CriterionState* s = next ? stateOf(*next, row.number) : nullptr;
        if (!s || !sameStanding(row.spans.constLast(), *next, *s)) {
            row.spans.last().until = on;
        }
    }
}

void TimelineSpanBuilder::startPeriod(const QDate& from, const CommuneProgress& p)
{
    const CriteriaSet* set = m_resolver.setById(p.setId);
    const QString family = set ? set->family : p.setId;
    m_sets.append({p.setId, p.setCode, p.setName, family, p.total, from, QDate()});
    m_periodOpen = true;
    // Sets of one family share their numbered criteria (statuses carry over), so their rows continue.
    const bool continues =
        !m_blocks.isEmpty() && m_blocks.constLast().family == family && m_blocks.constLast().until == from;
    if (continues) {
        m_blocks.last().until = QDate();
        m_blocks.last().setCodes.append(p.setCode);
        return;
    }
    m_blocks.append({family, from, QDate(), {p.setCode}, {}});
    m_rowByNumber.clear();
}

TimelineRow& TimelineSpanBuilder::rowFor(const CriterionState& state)
{
    QList<TimelineRow>& rows = m_blocks.last().rows;
    auto it = m_rowByNumber.constFind(state.number);
    if (it == m_rowByNumber.constEnd()) {
        rows.append({m_blocks.constLast().family, state.number, state.name, {}});
        it = m_rowByNumber.insert(state.number, rows.size() - 1);
    }
    TimelineRow& row = rows[*it];
    row.name = state.name; // the latest set's wording
    return row;
}

TimelineSpan TimelineSpanBuilder::spanOf(const QDate& from, const CommuneProgress& p, const CriterionState& state) const
{
    TimelineSpan span;
    span.from = from;
    span.status = state.status;
    span.setId = p.setId;
    span.setCode = p.setCode;
    if (!state.assessmentId.isEmpty()) {
        span.event = m_events.value(state.assessmentId);
        span.event.id = state.assessmentId;
    }
    span.carriedFromSet = state.carriedFromSet;
    span.viaCrosswalk = state.viaCrosswalk;
    return span;
}

void TimelineSpanBuilder::finish(const QDate& until, CriterionTimeline& out)
{
    closeSpans(until, nullptr);
    if (m_periodOpen) {
        m_sets.last().until = until;
        m_blocks.last().until = until;
        m_periodOpen = false;
    }
    for (TimelineBlock& b : m_blocks) {
        std::sort(b.rows.begin(), b.rows.end(),
                  [](const TimelineRow& x, const TimelineRow& y) { return x.number < y.number; });
    }
    for (qsizetype i = 1; i < m_sets.size(); ++i) {
        const TimelineSetPeriod& before = m_sets.at(i - 1);
        const TimelineSetPeriod& after = m_sets.at(i);
        if (before.until == after.from) {
            out.changes.append({after.from, before.setCode, after.setCode, before.family == after.family});
        }
    }
    out.sets = std::move(m_sets);
    out.blocks = std::move(m_blocks);
    m_sets.clear();
    m_blocks.clear();
    m_rowByNumber.clear();
}

} // namespace ntm::core
