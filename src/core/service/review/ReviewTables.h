// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "service/review/ProvincialReview.h"

#include <QCoreApplication>

namespace ntm::core {

/// The tables of the provincial review, as shown beside the charts, copied and exported to .xlsx.
enum class ReviewTable
{
    Summary,
    Recognitions,
    Averages,
    Bands,
    Missed,
    Rotations,
    Comparison
};

/// Turns the review's figures into tables with typed cells (real numbers and dates, rounded as shown: averages
/// and rates to 2 decimals, shares in percent to 1), so the screen, the clipboard and the workbook agree.
class ReviewTables final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewTables)

public:
    static TableData table(const ProvincialReview& review, ReviewTable which);
    /// Every table, the summary first: one sheet each in the workbook.
    static QList<TableData> all(const ProvincialReview& review);
    /// Rounds to `decimals` places, as the tables show numbers.
    static double rounded(double value, int decimals);
    /// "Led by a rotated official", "Without one, same periods"...
    static QString groupLabel(const TenureGroup& group);
    /// Said beside the tenure comparison when the data is illustrative: it shows the generator's built-in effect.
    static QString rotationEffectNote();

private:
    static TableData summary(const ProvincialReview& review);
    static TableData recognitions(const ProvincialReview& review);
    static TableData averages(const ProvincialReview& review);
    static TableData bands(const ProvincialReview& review);
    static TableData missed(const ProvincialReview& review);
    static TableData rotations(const ProvincialReview& review);
    static TableData comparison(const ProvincialReview& review);
};

} // namespace ntm::core
