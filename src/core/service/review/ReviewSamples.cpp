// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/ReviewSamples.h"

#include "store/UnitStore.h"

#include <QSet>

#include <algorithm>

namespace ntm::core {

ReviewSamples::ReviewSamples(Database& db, const MetTimelines& lines, const DistrictGrouping& grouping,
                             const RecognitionLedger& ledger)
    : m_db(db), m_lines(lines), m_grouping(grouping), m_ledger(ledger)
{
}

QList<QDate> ReviewSamples::datesFor(int firstYear, const QDate& asOf)
{
    QList<QDate> out;
    for (int year = firstYear; year <= asOf.year(); ++year) {
        const QDate end(year, 12, 31);
        out.append(std::min(end, asOf));
    }
    if (out.isEmpty()) {
        out.append(asOf);
    }
    return out;
}

ReviewSamples::Groups ReviewSamples::tally(const QDate& date, const QList<CommuneRow>& communes, Members& members) const
{
    Groups groups;
    const auto add = [](Tally& t, const MetPoint& p, bool recognised) {
        t.communes += 1;
        t.met += p.met;
        t.total += p.total;
        t.recognised += recognised ? 1 : 0;
    };
    for (const CommuneRow& c : communes) {
        const MetPoint p = m_lines.at(c.id, date);
        const bool recognised = m_ledger.holds(c.id, RecognitionTier::Ntm, date);
        add(groups[QString()], p, recognised);
        const QString district = m_grouping.districtOf(c.id, date);
        if (!district.isEmpty()) {
            add(groups[district], p, recognised);
        }
        members.insert(c.id, {district, recognised});
    }
    return groups;
}

Status ReviewSamples::fill(ProvincialReview& review, int firstYear)
{
    // One sample before the first year, so that the first row has a start too.
    QList<QDate> dates = datesFor(firstYear, review.asOf);
    dates.prepend(QDate(firstYear - 1, 12, 31));
    QList<Groups> samples;
    QList<Members> members;
    for (const QDate& d : dates) {
        auto rows = UnitStore(m_db).communesOn(d, {}, true);
        if (!rows) {
            return rows.error();
        }
        Members m;
        samples.append(tally(d, rows.value(), m));
        members.append(m);
    }
    const Tally now = samples.constLast().value(review.districtId);
    review.communes = now.communes;
    review.recognised = now.recognised;
    review.averageMet = now.communes > 0 ? static_cast<double>(now.met) / now.communes : 0.0;
    fillRecognitionYears(review, dates, samples, members);
    dates.removeFirst();
    samples.removeFirst();
    review.sampleDates = dates;
    fillAverages(review, dates, samples);
    return {};
}

void ReviewSamples::countChanges(RecognitionYear& y, const QDate& from, const QDate& to, const Members& before,
                                 const Members& after, const QString& districtId) const
{
    const auto inScope = [&](const Members& m, const QString& id) {
        const auto it = m.constFind(id);
        return it != m.constEnd() && (districtId.isEmpty() || it->district == districtId);
    };
    const auto holder = [&](const Members& m, const QString& id) { return inScope(m, id) && m.value(id).holdsNtm; };
    const auto exists = [&](const QString& id, const QDate& d) {
        const Commune* c = m_grouping.commune(id);
        return c && c->existsOn(d);
    };
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const QString& id = it.key();
        if (!holder(after, id) || holder(before, id)) {
            continue;
        }
        if (!inScope(before, id) && exists(id, from)) {
            y.moved += 1; // held it elsewhere, or as a ward or township, before it came into the scope
            continue;
        }
        const Holding* h = m_ledger.shownHolding(id, RecognitionTier::Ntm, to);
        const bool kept = h && h->basis == HoldingBasis::KeptThroughMerger && h->from > from;
        (kept ? y.kept : y.recognised) += 1;
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString& id = it.key();
        if (!holder(before, id) || holder(after, id)) {
            continue;
        }
        if (!exists(id, to)) {
            y.endedByMerger += 1;
        } else if (!inScope(after, id)) {
            y.moved -= 1;
        } else {
            const Holding* last = m_ledger.lastEnded(id, RecognitionTier::Ntm, to.addDays(1));
            (last && last->end == HoldingEnd::Merger ? y.endedByMerger : y.withdrawn) += 1;
        }
    }
    y.ended = y.endedByMerger + y.withdrawn;
}

void ReviewSamples::fillRecognitionYears(ProvincialReview& review, const QList<QDate>& dates,
                                         const QList<Groups>& samples, const QList<Members>& members) const
{
    for (qsizetype i = 1; i < dates.size(); ++i) {
        RecognitionYear y;
        y.periodEnd = dates.at(i);
        y.year = y.periodEnd.year();
        y.start = samples.at(i - 1).value(review.districtId).recognised;
        countChanges(y, dates.at(i - 1), dates.at(i), members.at(i - 1), members.at(i), review.districtId);
        const Tally t = samples.at(i).value(review.districtId);
        y.cumulative = t.recognised;
        y.communes = t.communes;
        for (auto it = members.at(i).cbegin(); it != members.at(i).cend(); ++it) {
            if (!review.districtId.isEmpty() && it->district != review.districtId) {
                continue;
            }
            y.nangCao += m_ledger.holds(it.key(), RecognitionTier::NangCao, y.periodEnd) ? 1 : 0;
            y.kieuMau += m_ledger.holds(it.key(), RecognitionTier::KieuMau, y.periodEnd) ? 1 : 0;
            y.hienDai += m_ledger.holds(it.key(), RecognitionTier::HienDai, y.periodEnd) ? 1 : 0;
        }
        review.recognitions.append(y);
    }
}

void ReviewSamples::fillAverages(ProvincialReview& review, const QList<QDate>& dates,
                                 const QList<Groups>& samples) const
{
    QSet<QString> seen;
    for (const Groups& g : samples) {
        for (auto it = g.cbegin(); it != g.cend(); ++it) {
            seen.insert(it.key());
        }
    }
    QList<AverageSeries> series;
    for (const District& d : m_grouping.districts()) { // in code order
        if (seen.contains(d.id) && (review.districtId.isEmpty() || d.id == review.districtId)) {
            series.append({d.id, d.title(), {}});
        }
    }
    series.append({QString(),
                   review.provinceName.isEmpty() ? tr("Whole province") : tr("Province %1").arg(review.provinceName),
                   {}});
    for (AverageSeries& s : series) {
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const Tally t = samples.at(i).value(s.districtId);
            if (t.communes == 0) {
                continue;
            }
            s.points.append({dates.at(i), t.communes, static_cast<double>(t.met) / t.communes,
                             static_cast<double>(t.total) / t.communes});
        }
    }
    review.averages = series;
}

} // namespace ntm::core
