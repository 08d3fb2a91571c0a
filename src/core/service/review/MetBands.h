// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ntm::core {

/// The bands of criteria met that Vietnamese reports use: all met; 15 or more; 10–14; 5–9; under 5.
enum class MetBand
{
    AllMet,
    FifteenOrMore,
    TenToFourteen,
    FiveToNine,
    UnderFive
};

/// The one rule that puts a commune in a band. The reports' bands are counts of 19 or 20 criteria; they are
/// defined here as shares of the criteria in force, so the same rule holds for the ten criteria of 2026:
/// all met; at least three quarters ("15 or more" of 19 or 20, 8–9 of 10); at least half ("10–14", 5–7 of 10);
/// at least a quarter ("5–9", 3–4 of 10); under a quarter ("under 5", under 3 of 10). The quarters give
/// exactly the reports' counts for 19 and for 20 criteria.
class MetBands final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::MetBands)

public:
    /// The band of a commune meeting `met` of `total` criteria. No criteria in force (total 0) is UnderFive.
    static MetBand bandOf(int met, int total);
    /// Every band, from all met down.
    static QList<MetBand> all();
    /// "All met", "15 or more (¾)"...: the report's wording with the share it stands for.
    static QString label(MetBand band);
    /// The band for `total` criteria as a range of counts, e.g. "8–9" for 10 criteria, "15–19" for 20.
    static QString rangeFor(MetBand band, int total);
    /// How the band reads when `total` criteria are in force: the report's wording for 19 or 20 criteria (or
    /// none known), else the counts it stands for, e.g. "8–9 of 10 criteria (¾ or more)".
    static QString labelFor(MetBand band, int total);
};

} // namespace ntm::core
