// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace ntm::gui {

class Report;

/// Lays a report out as pages and paints them onto a PDF writer or a printer: the sections' text through
/// QTextDocument (explicit fonts, tables whose header row repeats, charts as vector objects), and a footer on
/// every page with the title, the date of the data and "page n of m".
class ReportRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::ReportRenderer)

public:
    /// A4 portrait; margins 20 mm left (for binding), 15 mm elsewhere.
    static QPageLayout pageLayout();
    /// Told how many of the pages are drawn: (0, pages) once laid out, then after each page. Returning false stops
    /// the drawing (Cancel).
    using Progress = std::function<bool(int done, int pages)>;

    /// Paints every page onto `device`, whose page layout is already set; returns the number of pages. When
    /// `progress` returns false the drawing stops and an error says the report was cancelled.
    static core::Result<int> render(const Report& report, QPagedPaintDevice& device, const Progress& progress = {});
    /// The style sheet of the report's HTML.
    static QString styleSheet();
};

} // namespace ntm::gui
