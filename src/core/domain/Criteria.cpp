// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Criteria.h"

namespace ntm::core {

QString Indicator::targetFor(int group) const
{
    const QString own = targetsByGroup.value(group);
    return own.isEmpty() ? target : own;
}

QString CriteriaSet::displayCode() const
{
    return version > 1 ? code + QStringLiteral(" v") + QString::number(version) : code;
}

const Criterion* CriteriaSet::criterionByNumber(int number) const
{
    for (const Criterion& c : criteria) {
        if (c.number == number) {
            return &c;
        }
    }
    return nullptr;
}

QString indicatorKindKey(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Boolean:
        return QStringLiteral("boolean");
    case IndicatorKind::Percent:
        return QStringLiteral("percent");
    case IndicatorKind::Number:
        return QStringLiteral("number");
    case IndicatorKind::Count:
        return QStringLiteral("count");
    case IndicatorKind::Text:
        break;
    }
    return QStringLiteral("text");
}

bool parseIndicatorKind(const QString& key, IndicatorKind* out)
{
    for (IndicatorKind k : {IndicatorKind::Boolean, IndicatorKind::Percent, IndicatorKind::Number, IndicatorKind::Count,
                            IndicatorKind::Text}) {
        if (indicatorKindKey(k) == key) {
            *out = k;
            return true;
        }
    }
    return false;
}

} // namespace ntm::core
