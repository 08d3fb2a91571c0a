// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/Calibration.h"

#include <algorithm>
#include <cmath>

namespace ntm::core::demo {

namespace {
// A nominal recognition date for communes not recognised in 2012–2019, for interpolation only:
// stronger communes get closer to the standard.
QDate nominalRecognition(const CommunePlan& p)
{
    return p.recognisedOn.isValid() ? p.recognisedOn
                                    : QDate(2020, 6, 30).addDays(static_cast<qint64>((1.0 - p.strength) * 1460));
}

std::optional<int> forcedOn(const CommunePlan& p, const QDate& d)
{
    for (const Anchor& a : p.forced) {
        if (a.date == d) {
            return a.met;
        }
    }
    return std::nullopt;
}

// Smallest forced count after `d` (caps the checkpoint value) and largest forced count on or before `d`.
int forcedCapAfter(const CommunePlan& p, const QDate& d, int fallback)
{
    int cap = fallback;
    for (const Anchor& a : p.forced) {
        if (a.date > d) {
            cap = std::min(cap, a.met);
        }
    }
    return cap;
}

int forcedFloorBefore(const CommunePlan& p, const QDate& d, int fallback)
{
    int floor = fallback;
    for (const Anchor& a : p.forced) {
        if (a.date <= d) {
            floor = std::max(floor, a.met);
        }
    }
    return floor;
}

QDate recognitionDate(DemoRandom& rng, int year)
{
    static const QList<int> months{6, 9, 10, 11, 12, 12, 12};
    const int month = rng.pick(months);
    return QDate(year, month, rng.between(8, 26));
}

bool activeOn(const CommunePlan& p, const QDate& d)
{
    return !p.lastDay.isValid() || d <= p.lastDay;
}

struct Bounds
{
    int lo = 0;
    int hi = 0;
    bool fixed = false;
};
} // namespace

const QList<Checkpoint>& Calibration::checkpoints()
{
    static const QList<Checkpoint> list{
        {QDate(2011, 6, 30), 4.1, 19, 0, true},    {QDate(2012, 12, 31), 5.9, 19, 0, false},
        {QDate(2013, 12, 31), 7.7, 19, 0, true},   {QDate(2014, 12, 31), 10.4, 19, 5, true},
        {QDate(2015, 12, 31), 12.2, 20, 5, false}, {QDate(2016, 12, 31), 13.5, 20, 5, false},
        {QDate(2017, 12, 31), 14.65, 20, 6, true}, {QDate(2018, 12, 31), 17.7, 20, 11, true},
        {QDate(2019, 12, 31), 19.1, 20, 11, false}};
    return list;
}

const QDate Calibration::kRound1Of2019(2019, 9, 23);

const QList<QPair<int, int>>& Calibration::recognitionSlots()
{
    static const QList<QPair<int, int>> yearSlots{{2012, 3},  {2013, 4},  {2014, 19}, {2015, 26},
                                                  {2016, 30}, {2017, 31}, {2018, 45}, {2019, 42}};
    return yearSlots;
}

void Calibration::assignRecognitionYears(QList<CommunePlan*>& plans, const QHash<QString, int>& deadlineByDistrict,
                                         DemoRandom& rng)
{
    auto priority = [&](const CommunePlan* p) {
        return p->strength + (deadlineByDistrict.contains(p->districtCode) ? 0.3 : 0.0);
    };
    for (const auto& [year, count] : recognitionSlots()) {
        int remaining = count;
        QList<CommunePlan*> pool;
        for (CommunePlan* p : plans) {
            if (p->recognitionYear == year) {
                --remaining; // fixed in advance (the article's communes)
            } else if (p->recognitionYear == 0) {
                pool.append(p);
            }
        }
        std::stable_sort(pool.begin(), pool.end(), [&](const CommunePlan* a, const CommunePlan* b) {
            const bool aMust = deadlineByDistrict.value(a->districtCode, 9999) <= year;
            const bool bMust = deadlineByDistrict.value(b->districtCode, 9999) <= year;
            if (aMust != bMust) {
                return aMust;
            }
            return priority(a) > priority(b);
        });
        for (CommunePlan* p : pool) {
            const bool must = deadlineByDistrict.value(p->districtCode, 9999) <= year;
            if (remaining <= 0 && !must) {
                break;
            }
            p->recognitionYear = year;
            --remaining;
        }
    }
    // 2019 in two rounds: 158 + 15 = 173 by 23/9/2019 (round 1), the other 27 in December (round 2).
    QList<CommunePlan*> of2019;
    for (CommunePlan* p : plans) {
        if (p->recognitionYear == 2019 && !p->recognisedOn.isValid()) {
            of2019.append(p);
        }
    }
    std::stable_sort(of2019.begin(), of2019.end(),
                     [&](const CommunePlan* a, const CommunePlan* b) { return priority(a) > priority(b); });
    int fixedBefore = 0;
    for (CommunePlan* p : plans) {
        fixedBefore += p->recognitionYear == 2019 && p->recognisedOn.isValid() && p->recognisedOn < kRound1Of2019;
    }
    const int round1 = kRecognisedByRound1Of2019 - 158 - fixedBefore;
    for (qsizetype k = 0; k < of2019.size(); ++k) {
        of2019[k]->recognisedOn =
            k < round1 ? QDate(2019, rng.between(5, 8), rng.between(5, 28)) : QDate(2019, 12, rng.between(9, 27));
    }
    for (CommunePlan* p : plans) {
        if (p->recognitionYear > 0 && !p->recognisedOn.isValid()) {
            p->recognisedOn = recognitionDate(rng, p->recognitionYear);
        }
    }
}

QList<QList<int>> Calibration::allocate(const QList<CommunePlan*>& plans, DemoRandom& rng)
{
    const qsizetype n = plans.size();
    QList<QList<int>> values;
    QList<int> prev(n, 0);
    QDate prevDate;
    for (qsizetype c = 0; c < checkpoints().size(); ++c) {
        const Checkpoint& cp = checkpoints().at(c);
        QList<int> v(n, 0);
        QList<Bounds> bounds(n);
        qsizetype active = 0;
        // The 38 weakest communes not yet recognised stay below 7 at the end of 2014 (published).
        QList<qsizetype> laggards;
        for (qsizetype i = 0; i < n; ++i) {
            const CommunePlan& p = *plans.at(i);
            if (!activeOn(p, cp.date)) {
                // No longer a xã (became a phường): its count stays and is not in the province's average.
                const int last = c == 0 ? 0 : prev.at(i);
                bounds[i] = {last, last, true};
                continue;
            }
            ++active;
            if (p.recognisedOn.isValid() && p.recognisedOn <= cp.date) {
                bounds[i] = {cp.criteria, cp.criteria, true};
            } else if (const auto f = forcedOn(p, cp.date)) {
                bounds[i] = {*f, *f, true};
            } else {
                const int lo = forcedFloorBefore(p, cp.date, std::max(c == 0 ? 0 : prev.at(i), cp.minimum));
                const int hi = forcedCapAfter(p, cp.date, c == 0 ? 15 : cp.criteria - 1);
                bounds[i] = {std::min(lo, hi), hi, false};
                laggards.append(i);
            }
        }
        if (cp.date == QDate(2014, 12, 31)) {
            // Those that can still be below 7 first (the lowest counts so far), the latest to be recognised first.
            std::stable_sort(laggards.begin(), laggards.end(), [&](qsizetype a, qsizetype b) {
                const bool aLow = bounds.at(a).lo <= 6;
                const bool bLow = bounds.at(b).lo <= 6;
                if (aLow != bLow) {
                    return aLow;
                }
                return nominalRecognition(*plans.at(a)) > nominalRecognition(*plans.at(b));
            });
            for (qsizetype k = 0; k < laggards.size(); ++k) {
                Bounds& b = bounds[laggards.at(k)];
                if (k < 38 && b.lo <= 6) {
                    b.hi = std::min(b.hi, 6);
                } else if (k >= 38) {
                    b.lo = std::min(std::max(b.lo, 7), b.hi);
                }
            }
        }
        for (qsizetype i = 0; i < n; ++i) {
            const CommunePlan& p = *plans.at(i);
            const Bounds& b = bounds.at(i);
            if (!activeOn(p, cp.date)) {
                v[i] = b.lo;
                continue;
            }
            double guess = 0;
            if (c == 0) {
                guess = 0.5 + 9.0 * std::pow(p.strength, 1.8);
            } else {
                const double span = std::max<qint64>(1, prevDate.daysTo(nominalRecognition(p)));
                const double step = static_cast<double>(prevDate.daysTo(cp.date));
                guess = prev.at(i) + (cp.criteria - prev.at(i)) * std::min(1.0, step / span);
            }
            guess += (rng.uniform() - 0.5) * 3.0; // spread, so communes do not bunch on one count
            v[i] = std::clamp(static_cast<int>(std::lround(guess)), b.lo, b.hi);
        }
        if (c == 0 && n > 0) {
            // One commune met 15 criteria at the baseline review (published).
            const auto best = std::max_element(plans.cbegin(), plans.cend(),
                                               [](const auto* a, const auto* b) { return a->strength < b->strength; });
            const qsizetype i = best - plans.cbegin();
            v[i] = 15;
            bounds[i] = {15, 15, true};
        }
        qint64 sum = 0;
        for (qsizetype i = 0; i < n; ++i) {
            sum += activeOn(*plans.at(i), cp.date) ? v.at(i) : 0;
        }
        qint64 diff = std::llround(cp.average * static_cast<double>(active)) - sum;
        QList<qsizetype> orderIdx;
        for (qsizetype i = 0; i < n; ++i) {
            orderIdx.append(i);
        }
        rng.shuffle(orderIdx);
        std::stable_sort(orderIdx.begin(), orderIdx.end(), [&](qsizetype a, qsizetype b) {
            return nominalRecognition(*plans.at(a)) < nominalRecognition(*plans.at(b));
        });
        while (diff != 0) {
            bool changed = false;
            for (qsizetype k = 0; k < n && diff != 0; ++k) {
                const qsizetype i = diff > 0 ? orderIdx.at(k) : orderIdx.at(n - 1 - k);
                const Bounds& b = bounds.at(i);
                if (b.fixed) {
                    continue;
                }
                if (diff > 0 && v.at(i) < b.hi) {
                    ++v[i];
                    --diff;
                    changed = true;
                } else if (diff < 0 && v.at(i) > b.lo) {
                    --v[i];
                    ++diff;
                    changed = true;
                }
            }
            if (!changed) {
                break; // bounds cannot reach the target; the calibration test reports it
            }
        }
        values.append(v);
        prev = v;
        prevDate = cp.date;
    }
    return values;
}

} // namespace ntm::core::demo
