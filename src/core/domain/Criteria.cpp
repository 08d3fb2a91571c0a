// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Criteria.h"

namespace ntm::core {

QString Indicator::targetFor(int group) const
{
    const QString own = targetsByGroup.value(group);
    return own.isEmpty() ? target : own;
}

const TargetPeriod* Indicator::targetPeriodOn(int group, const QDate& date) const
{
    const TargetPeriod* general = nullptr;
    for (const TargetPeriod& p : targetPeriods) {
        if (!p.covers(date)) {
            continue;
        }
        if (group != 0 && p.group == group) {
            return &p;
        }
        if (p.group == 0 && !general) {
            general = &p;
        }
    }
    return general;
}

QString Indicator::targetFor(int group, const QDate& date) const
{
    if (const TargetPeriod* p = targetPeriodOn(group, date)) {
        return p->target;
    }
    return targetFor(group);
}

QList<Indicator> Criterion::indicatorsOn(const QDate& date) const
{
    QList<Indicator> out;
    for (const Indicator& i : indicators) {
        if (i.inForceOn(date)) {
            out.append(i);
        }
    }
    return out;
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
