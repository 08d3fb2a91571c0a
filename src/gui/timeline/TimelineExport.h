// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QImage>

namespace ntm::gui {

/// Writes a criterion timeline to a PNG image or a one-page PDF, with a title and a legend. Both go through a
/// side file renamed when complete, so a failed export never leaves half a file nor destroys an older one.
class TimelineExport final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::TimelineExport)

public:
    /// "Xã Đức Yên, huyện Đức Thọ – criteria over time, as of 01/10/2016".
    static QString titleOf(const core::CriterionTimeline& timeline);
    /// Widest image written, in pixels (a timeline zoomed in over many years is narrowed to fit).
    static constexpr double kMaxImageWidth = 16000;

    /// The whole timeline at `pixelsPerYear`, drawn at `scale` times the pixels for sharp text.
    static QImage image(const core::CriterionTimeline& timeline, double pixelsPerYear, int fontPixelSize,
                        qreal scale = 2);
    static core::Status writePng(const QString& path, const core::CriterionTimeline& timeline, double pixelsPerYear,
                                 int fontPixelSize);
    /// An A4 landscape page at 300 dpi; the text stays text (searchable, Vietnamese included).
    static core::Status writePdf(const QString& path, const core::CriterionTimeline& timeline, int fontPixelSize);
};

} // namespace ntm::gui
