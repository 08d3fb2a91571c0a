// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace ntm::core::demo {

/// A published (or interpolated) provincial figure the generated histories must reproduce exactly.
struct Checkpoint
{
    QDate date;
    double average = 0; ///< Average criteria met over the xã of the date (235 until 8/4/2015, then 230).
    int criteria = 19;  ///< Criteria in the set in force then (19, or 20 with Hà Tĩnh's criterion 20).
    int minimum = 0;    ///< No commune below this (published: none below 5 at end 2014, none below 11 at end 2018).
    bool published = false;
};

/// Calibrates the illustrative histories of Hà Tĩnh's communes against the published provincial figures
/// (shared/reference/progress-figures.md): baseline average 4.1 over the 235 xã of the baseline review (2011),
/// 7 recognised by end 2013, 26 by end 2014 (none below 5 criteria, 38 below 7), 113 by end 2017 (average 14.65,
/// derived), 158 by end 2018 with an average of 17.7 and none below 11, 173 by 23/9/2019 (round 1/2019) and 200
/// by the end of 2019 (round 2/2019 added 27). Figures for other years are interpolated and marked so in docs.
class Calibration final
{
public:
    static const QList<Checkpoint>& checkpoints();
    /// Communes newly recognised per year 2012–2019 (cumulative 3, 7, 26, 52, 82, 113, 158, 200).
    static const QList<QPair<int, int>>& recognitionSlots();
    /// 23/9/2019: 173 recognised, so 15 of 2019's recognitions come by then (round 1/2019), 27 after (round 2).
    static const QDate kRound1Of2019;
    static constexpr int kRecognisedByRound1Of2019 = 173;

    /// Gives each plan a first recognition year and date: fixed years first (the article's communes), then
    /// by strength, districts with a deadline (all communes recognised by that year) before others.
    static void assignRecognitionYears(QList<CommunePlan*>& plans, const QHash<QString, int>& deadlineByDistrict,
                                       DemoRandom& rng);

    /// Criteria met by each commune at each checkpoint (values[checkpoint][plan index]), with the sum over the
    /// communes that are xã on the checkpoint (CommunePlan::lastDay) equal to round(average × their number), never
    /// decreasing, within each checkpoint's bounds.
    static QList<QList<int>> allocate(const QList<CommunePlan*>& plans, DemoRandom& rng);
};

} // namespace ntm::core::demo
