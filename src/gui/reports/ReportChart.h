// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

class QPainter;

namespace ntm::gui {

/// A figure placed in a report. It draws itself into whatever painter the page has (a PDF page, a printer, the
/// print preview), so it stays vector: sharp at any zoom, its words searchable. The charts of the review and
/// the criterion timeline plug in by implementing this.
class ReportChart
{
public:
    virtual ~ReportChart() = default;
    /// Draws the figure to fill `target` (in the painter's coordinates).
    virtual void paint(QPainter& painter, const QRectF& target) const = 0;
};

} // namespace ntm::gui
