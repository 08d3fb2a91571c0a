// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "generate/CriteriaTimeline.h"
#include "generate/GenerateOptions.h"
#include "generate/NationalUnits.h"
#include "generate/ProgressSimulator.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core::generate {

/// A commune's review meeting (giao ban) to write: the criteria discussed are numbers of the set in force then.
struct GenMeeting
{
    QDate heldOn;
    int set = 0;
    QList<int> numbers;
    QString decisions;
};

/// The review logs of a commune: most years one review meeting on the criteria it still works on, from its
/// first assessment on.
QList<GenMeeting> reviewMeetings(const GenCommune& commune, const CommuneHistory& history,
                                 const CriteriaTimeline& timeline, const GenerateOptions& options,
                                 demo::DemoRandom& rng);

} // namespace ntm::core::generate
