// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/ProgressSimulator.h"

#include "demo/EventPlanner.h"

#include <algorithm>
#include <cmath>

namespace ntm::core::generate {

namespace {
constexpr int kNumbered = 19;
using Statuses = std::array<CriterionStatus, 20>;

CriterionStatus weaker(CriterionStatus a, CriterionStatus b)
{
    return static_cast<int>(a) < static_cast<int>(b) ? a : b;
}
} // namespace

/// How many criteria a commune meets on a date: a straight line from `met0` at `start` to all 19 at
/// `recognised`, less what a new, stricter set took away (made up by the time of recognition).
struct ProgressSimulator::Line
{
    QDate start;
    QDate recognised;
    int met0 = 0;
    QList<QPair<QDate, int>> dips;

    int metOn(const QDate& d) const
    {
        if (d >= recognised) {
            return kNumbered;
        }
        const double span = std::max<qint64>(1, start.daysTo(recognised));
        double met = met0 + (kNumbered - met0) * std::clamp(start.daysTo(d) / span, 0.0, 1.0);
        for (const auto& [from, size] : dips) {
            if (from <= d) {
                met -= size * (1.0 - from.daysTo(d) / double(std::max<qint64>(1, from.daysTo(recognised))));
            }
        }
        return std::clamp(static_cast<int>(met), 0, kNumbered - 1);
    }
};

ProgressSimulator::ProgressSimulator(const GenerateOptions& options, const CriteriaTimeline& timeline)
    : m_options(options), m_timeline(timeline), m_newFamilyFrom(timeline.newFamilyFrom())
{
}

int ProgressSimulator::targetYear(const GenCommune& commune)
{
    if (commune.madeByReform()) {
        return 2026 + static_cast<int>(std::lround((1.0 - commune.strength) * 4.0));
    }
    return 2011 + static_cast<int>(std::lround((1.0 - commune.strength) * 17.0));
}

CommuneHistory ProgressSimulator::simulate(const GenCommune& commune, const QList<const CommuneHistory*>& parts,
                                           demo::DemoRandom& rng) const
{
    CommuneHistory h;
    if (commune.madeByReform()) {
        afterMerger(commune, parts, h, rng);
    } else {
        numberedEra(commune, h, rng);
    }
    if (m_newFamilyFrom.isValid() && commune.existsOn(m_newFamilyFrom)) {
        tenCriteriaRounds(commune, h, rng);
    }
    return h;
}

QDate ProgressSimulator::numberedEnd(const GenCommune& commune) const
{
    QDate end = m_options.horizon();
    if (m_newFamilyFrom.isValid()) {
        end = std::min(end, m_newFamilyFrom.addDays(-1));
    }
    return commune.validTo.isValid() ? std::min(end, commune.validTo) : end;
}

void ProgressSimulator::numberedEra(const GenCommune& commune, CommuneHistory& h, demo::DemoRandom& rng) const
{
    const QDate last = numberedEnd(commune);
    Line line;
    line.start = m_options.firstDay().addDays(rng.between(14, 120));
    if (line.start > last) {
        return;
    }
    line.recognised = QDate(targetYear(commune), 1, 1).addDays(rng.between(0, 364));
    line.met0 = 2 + static_cast<int>(commune.strength * 6) + rng.between(0, 2);
    QList<QDate> full;
    const QList<QDate> dates = reviewDates(line.start, last, full, rng);
    for (const QDate& d : full.mid(1)) {
        if (d < line.recognised) {
            line.dips.append({d, rng.between(1, 3)});
        }
    }
    QList<int> rank(kNumbered + 1);
    const QList<int> order = demo::EventPlanner(rng).criterionOrder();
    for (int i = 0; i < order.size(); ++i) {
        rank[order.at(i)] = i;
    }
    QList<bool> leaning(kNumbered + 1);
    for (bool& b : leaning) {
        b = rng.chance(0.5);
    }
    const QDate lastRecognition =
        commune.validTo.isValid() ? std::min(commune.validTo, m_options.horizon()) : m_options.horizon();
    for (const QDate& date : dates) {
        const int met = line.metOn(date);
        Statuses target{};
        for (int n = 1; n <= kNumbered; ++n) {
            target[n] = rank.at(n) < met                        ? CriterionStatus::Met
                        : rank.at(n) < met + 2 && leaning.at(n) ? CriterionStatus::BasicallyMet
                                                                : CriterionStatus::NotMet;
        }
        review(h, date, target, full.contains(date), rng);
        if (h.recognitions.isEmpty() && met >= kNumbered) {
            const QDate decided = date.addDays(rng.between(20, 90));
            if (decided <= lastRecognition) {
                h.recognitions.append({decided, RecognitionTier::Ntm, {}});
            }
        }
    }
    if (!h.recognitions.isEmpty() && h.recognitions.constFirst().decided.year() <= 2019 && commune.strength > 0.7 &&
        rng.chance(0.5)) {
        const QDate advanced = h.recognitions.constFirst().decided.addDays(rng.between(3 * 365, 5 * 365));
        if (advanced <= lastRecognition) {
            h.recognitions.append({advanced, RecognitionTier::NangCao, {}});
        }
    }
    if (commune.validTo.isValid()) {
        for (GenRecognition& r : h.recognitions) {
            r.ended = GenerateOptions::reformDate(); // a merger ends a recognition
        }
    }
}

QList<QDate> ProgressSimulator::reviewDates(const QDate& first, const QDate& last, QList<QDate>& full,
                                            demo::DemoRandom& rng) const
{
    full = {first};
    const QByteArray family = m_timeline.set(std::max(0, m_timeline.setOn(first))).family;
    for (const CriteriaTimeline::Set& s : m_timeline.sets()) {
        if (s.family == family && s.from > first && s.from <= last) {
            const QDate d = s.from.addDays(rng.between(60, 200));
            if (d <= last) {
                full.append(d);
            }
        }
    }
    QList<QDate> dates = full;
    for (int y = first.year() + 1; y <= last.year(); ++y) {
        const QDate d = QDate(y, 3, 1).addDays(rng.between(0, 240));
        const bool nearFull =
            std::any_of(full.cbegin(), full.cend(), [&](const QDate& f) { return std::abs(f.daysTo(d)) < 45; });
        if (d <= last && !nearFull) {
            dates.append(d);
        }
    }
    std::sort(dates.begin(), dates.end());
    return dates;
}

void ProgressSimulator::review(CommuneHistory& h, const QDate& date, const Statuses& target, bool full,
                               demo::DemoRandom& rng) const
{
    const int set = m_timeline.setOn(date);
    QList<int> numbers;
    for (int n = 1; n <= kNumbered; ++n) {
        if (target[n] != CriterionStatus::NotAssessed && (full || target[n] != h.last[n])) {
            numbers.append(n);
        }
    }
    // A yearly review also confirms a few criteria that did not change: about seven assessed in all.
    for (int tries = 0; !full && numbers.size() < 7 && tries < 30; ++tries) {
        const int n = rng.between(1, kNumbered);
        if (!numbers.contains(n) && h.last[n] != CriterionStatus::NotAssessed) {
            numbers.append(n);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    for (int n : std::as_const(numbers)) {
        const CriterionStatus s = target[n] == CriterionStatus::NotAssessed ? h.last[n] : target[n];
        h.events.append({date, set, n, s});
        h.last[n] = s;
    }
}

void ProgressSimulator::afterMerger(const GenCommune& commune, const QList<const CommuneHistory*>& parts,
                                    CommuneHistory& h, demo::DemoRandom& rng) const
{
    const QDate last = numberedEnd(commune);
    const QDate snapshot = GenerateOptions::reformDate().addDays(rng.between(15, 75));
    if (snapshot > last || parts.isEmpty()) {
        return;
    }
    Statuses combined;
    combined.fill(CriterionStatus::Met);
    for (const CommuneHistory* part : parts) {
        for (int n = 1; n <= kNumbered; ++n) {
            combined[n] = weaker(combined[n], part->last[n]);
        }
    }
    review(h, snapshot, combined, true, rng);
    const QDate later = QDate(2025, 11, 1).addDays(rng.between(0, 75));
    if (later <= last) {
        Statuses target = h.last;
        for (int k = rng.between(0, 3); k > 0; --k) {
            target[rng.between(1, kNumbered)] = CriterionStatus::Met;
        }
        review(h, later, target, false, rng);
    }
}

void ProgressSimulator::tenCriteriaRounds(const GenCommune& commune, CommuneHistory& h, demo::DemoRandom& rng) const
{
    const int set = m_timeline.setOn(m_newFamilyFrom);
    const int size = m_timeline.set(set).size();
    QList<int> order;
    for (int n = 1; n <= size; ++n) {
        order.append(n);
    }
    rng.shuffle(order);
    int met = static_cast<int>(
        std::lround(size * std::clamp(0.15 + 0.6 * commune.strength + 0.2 * (rng.uniform() - 0.5), 0.0, 1.0)));
    for (int y = m_newFamilyFrom.year(); y <= m_options.toYear; ++y) {
        for (const QDate& round : {QDate(y, 3, 1), QDate(y, 8, 1)}) {
            const QDate date = round.addDays(rng.between(0, 90));
            if (date < m_newFamilyFrom || date > m_options.horizon()) {
                continue;
            }
            for (int n = 1; n <= size; ++n) {
                const int rank = static_cast<int>(order.indexOf(n));
                const CriterionStatus s = rank < met       ? CriterionStatus::Met
                                          : rank < met + 2 ? CriterionStatus::BasicallyMet
                                                           : CriterionStatus::NotMet;
                h.events.append({date, set, n, s});
            }
            met = std::min(size, met + rng.between(0, 2));
        }
    }
}

} // namespace ntm::core::generate
