// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationFilter.h"

#include "util/TextFold.h"

namespace ntm::core {

void RotationFilter::setText(const QString& text)
{
    m_text = text;
    m_words = text::queryWords(text);
}

RotationState RotationFilter::stateOf(const Rotation& r, const QDate& asOf, int endingSoonDays)
{
    if (r.startDate.isValid() && r.startDate > asOf) {
        return RotationState::Upcoming;
    }
    if (r.actualEnd.isValid()) {
        if (r.actualEnd < asOf) {
            return RotationState::Ended;
        }
        return asOf.daysTo(r.actualEnd) <= endingSoonDays ? RotationState::EndingSoon : RotationState::Active;
    }
    if (r.plannedEnd.isValid()) {
        if (r.plannedEnd < asOf) {
            return RotationState::Overdue;
        }
        if (asOf.daysTo(r.plannedEnd) <= endingSoonDays) {
            return RotationState::EndingSoon;
        }
    }
    return RotationState::Active;
}

QString RotationFilter::label(RotationState state)
{
    switch (state) {
    case RotationState::Upcoming:
        return tr("Upcoming");
    case RotationState::Active:
        return tr("Active");
    case RotationState::EndingSoon:
        return tr("Ending soon");
    case RotationState::Overdue:
        return tr("Past planned end");
    case RotationState::Ended:
        break;
    }
    return tr("Ended");
}

QString RotationFilter::searchKey(const QString& official, const QString& commune, const QString& decisionNo)
{
    return text::fold(official + QLatin1Char(' ') + commune + QLatin1Char(' ') + decisionNo);
}

bool RotationFilter::accepts(const RotationListRow& row) const
{
    const Rotation& r = row.rotation;
    if (!districtId.isEmpty() && row.districtId != districtId) {
        return false;
    }
    if (!communeId.isEmpty() && r.communeId != communeId) {
        return false;
    }
    if (kind && r.kind != *kind) {
        return false;
    }
    if (state) {
        const RotationState s = stateOf(r, asOf, endingSoonDays);
        const bool active = s == RotationState::Active || s == RotationState::EndingSoon || s == RotationState::Overdue;
        if (*state == RotationState::Active ? !active : s != *state) {
            return false;
        }
    }
    const QDate end = r.effectiveEnd();
    if (from.isValid() && end.isValid() && end < from) {
        return false;
    }
    if (to.isValid() && r.startDate.isValid() && r.startDate > to) {
        return false;
    }
    return text::matchesWords(row.searchKey, m_words);
}

} // namespace ntm::core
