// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/recognition/RecognitionLedger.h"
#include "service/review/DistrictGrouping.h"
#include "service/review/MetTimelines.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>
#include <QHash>

namespace ntm::core {

class Database;

/// The review's figures over time: at each year's end up to the as-of date, and at the as-of date itself, the
/// communes (xã) existing then, grouped by the district they count under (DistrictGrouping), with their criteria
/// met (from their count-met lines) and the tiers they held (RecognitionLedger). Fills the recognitions per year
/// (as changes between one sample and the next, so that every row adds up), the average series and the review's
/// headline counts.
class ReviewSamples final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewSamples)

public:
    ReviewSamples(Database& db, const MetTimelines& lines, const DistrictGrouping& grouping,
                  const RecognitionLedger& ledger);

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
    /// A programme commune on a sample date: the district it counts under and whether it holds NTM.
    struct Member
    {
        QString district;
        bool holdsNtm = false;
    };
    using Members = QHash<QString, Member>; ///< commune id -> member

    Groups tally(const QDate& date, const QList<CommuneRow>& communes, Members& members) const;
    void fillRecognitionYears(ProvincialReview& review, const QList<QDate>& dates, const QList<Groups>& samples,
                              const QList<Members>& members) const;
    void countChanges(RecognitionYear& y, const QDate& from, const QDate& to, const Members& before,
                      const Members& after, const QString& districtId) const;
    void fillAverages(ProvincialReview& review, const QList<QDate>& dates, const QList<Groups>& samples) const;

    Database& m_db;
    const MetTimelines& m_lines;
    const DistrictGrouping& m_grouping;
    const RecognitionLedger& m_ledger;
};

} // namespace ntm::core
