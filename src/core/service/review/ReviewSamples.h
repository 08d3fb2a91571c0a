// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "service/review/DistrictGrouping.h"
#include "service/review/MetTimelines.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>
#include <QHash>
#include <QMultiHash>

namespace ntm::core {

class Database;

/// The review's figures over time: at each year's end up to the as-of date, and at the as-of date itself, the
/// communes (xã) existing then, grouped by the district they count under (DistrictGrouping), with their criteria
/// met (from their count-met lines) and whether they held an NTM recognition. Fills the recognitions per year,
/// the average series and the review's headline counts.
class ReviewSamples final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewSamples)

public:
    ReviewSamples(Database& db, const MetTimelines& lines, const DistrictGrouping& grouping,
                  const QList<Recognition>& recognitions);

    /// The sample dates: 31 December of each year from `firstYear` that ends before `asOf`, then `asOf`.
    static QList<QDate> datesFor(int firstYear, const QDate& asOf);

    /// Fills `review.recognitions`, `review.averages`, `communes`, `recognised` and `averageMet`.
    Status fill(ProvincialReview& review, int firstYear);

private:
    struct Tally
    {
        int communes = 0;
        int met = 0;
        int total = 0;
        int recognised = 0;
    };
    using Groups = QHash<QString, Tally>; ///< district id ("" = whole province) -> tally

    Groups tally(const QDate& date, const QList<CommuneRow>& communes) const;
    bool holdsNtm(const QString& communeId, const QDate& date) const;
    void fillRecognitionYears(ProvincialReview& review, const QList<QDate>& dates, const QList<Groups>& samples) const;
    void fillAverages(ProvincialReview& review, const QList<QDate>& dates, const QList<Groups>& samples) const;
    bool inScope(const QString& communeId, const QDate& date, const QString& districtId) const;

    Database& m_db;
    const MetTimelines& m_lines;
    const DistrictGrouping& m_grouping;
    const QList<Recognition>& m_recognitions;
    QMultiHash<QString, const Recognition*> m_ntmByCommune;
};

} // namespace ntm::core
