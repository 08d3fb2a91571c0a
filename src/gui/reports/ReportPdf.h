// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportRenderer.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ntm::gui {

class Report;

/// Writes a report as a PDF file: A4, fonts embedded (searchable, copyable text), the title in the file's
/// properties. The file is written beside the target and renamed when complete, so a failure never leaves a
/// half-written PDF nor destroys the one already there.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::ReportPdf)

public:
    /// Returns the number of pages written. `progress` is told of each page drawn; when it returns false
    /// (Cancel) nothing is written and the file already at `path`, if any, is left as it was.
    static core::Result<int> write(const Report& report, const QString& path,
                                   const ReportRenderer::Progress& progress = {});
};

} // namespace ntm::gui
