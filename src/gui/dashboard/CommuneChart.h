// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CommuneDashboard.h"

#include <QCoreApplication>

namespace ntm::gui {

class StepChart;

/// A commune's criteria met over time on a step chart: the count as steps, each rotated official's tenure as a
/// band with the name, the NTM recognitions as markers and a line at the as-of date. The dashboard and the
/// printed commune report draw the same chart from the same CommuneDashboard.
class CommuneChart final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::CommuneChart)

public:
    static void show(StepChart& chart, const core::CommuneDashboard& d);
};

} // namespace ntm::gui
