// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/ReviewSamples.h"

#include "store/UnitStore.h"

#include <QSet>

#include <algorithm>

namespace ntm::core {

ReviewSamples::ReviewSamples(Database& db, const MetTimelines& lines, const DistrictGrouping& grouping,
                             const QList<Recognition>& recognitions)
    : m_db(db), m_lines(lines), m_grouping(grouping), m_recognitions(recognitions)
{
    for (const Recognition& r : m_recognitions) {
        if (r.tier == RecognitionTier::Ntm) {
            m_ntmByCommune.insert(r.communeId, &r);
        }
    }
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

bool ReviewSamples::holdsNtm(const QString& communeId, const QDate& date) const
{
    for (auto it = m_ntmByCommune.constFind(communeId); it != m_ntmByCommune.constEnd() && it.key() == communeId;
         ++it) {
        if ((*it)->activeOn(date)) {
            return true;
        }
    }
    return false;
}

bool ReviewSamples::inScope(const QString& communeId, const QDate& date, const QString& districtId) const
{
    return districtId.isEmpty() || m_grouping.districtOf(communeId, date) == districtId;
}

ReviewSamples::Groups ReviewSamples::tally(const QDate& date, const QList<CommuneRow>& communes) const
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
        const bool recognised = holdsNtm(c.id, date);
        add(groups[QString()], p, recognised);
        const QString district = m_grouping.districtOf(c.id, date);
        if (!district.isEmpty()) {
            add(groups[district], p, recognised);
        }
    }
    return groups;
}

Status ReviewSamples::fill(ProvincialReview& review, int firstYear)
{
    const QList<QDate> dates = datesFor(firstYear, review.asOf);
    review.sampleDates = dates;
    QList<QList<CommuneRow>> communes;
    for (const QDate& d : dates) {
        auto rows = UnitStore(m_db).communesOn(d, {}, true);
        if (!rows) {
            return rows.error();
        }
        communes.append(std::move(rows).value());
    }
    QList<Groups> samples;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        samples.append(tally(dates.at(i), communes.at(i)));
    }
    const Tally now = samples.constLast().value(review.districtId);
    review.communes = now.communes;
    review.recognised = now.recognised;
    review.averageMet = now.communes > 0 ? static_cast<double>(now.met) / now.communes : 0.0;
    fillRecognitionYears(review, dates, samples);
    fillAverages(review, dates, samples);
    return {};
}

void ReviewSamples::fillRecognitionYears(ProvincialReview& review, const QList<QDate>& dates,
                                         const QList<Groups>& samples) const
{
    for (qsizetype i = 0; i < dates.size(); ++i) {
        RecognitionYear y;
        y.periodEnd = dates.at(i);
        y.year = y.periodEnd.year();
        const QDate from(y.year, 1, 1);
        for (const Recognition& r : m_recognitions) {
            if (r.tier != RecognitionTier::Ntm) {
                continue;
            }
            const Commune* c = m_grouping.commune(r.communeId);
            const CommunePeriod* p = c ? c->periodOn(r.decidedOn) : nullptr;
            if (p && p->kind == CommuneKind::Xa && r.decidedOn >= from && r.decidedOn <= y.periodEnd &&
                inScope(r.communeId, r.decidedOn, review.districtId)) {
                ++y.recognised;
            }
            if (r.endedOn.isValid() && r.endedOn >= from && r.endedOn <= y.periodEnd &&
                inScope(r.communeId, r.endedOn, review.districtId)) {
                ++y.ended;
            }
        }
        const Tally t = samples.at(i).value(review.districtId);
        y.cumulative = t.recognised;
        y.communes = t.communes;
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
