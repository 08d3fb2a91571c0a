// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportPdf.h"

#include "exchange/PartFile.h"
#include "reports/Report.h"
#include "reports/ReportRenderer.h"
#include "util/ProgramVersion.h"

#include <QPdfWriter>

namespace ntm::gui {

core::Result<int> ReportPdf::write(const Report& report, const QString& path, const ReportRenderer::Progress& progress)
{
    core::PartFile part(path);
    if (core::Status folder = part.checkFolder(); !folder) {
        return folder.error();
    }
    core::Result<int> pages = 0;
    {
        QPdfWriter writer(part.partPath());
        writer.setPageLayout(ReportRenderer::pageLayout());
        writer.setResolution(600);
        writer.setTitle(report.header.title + QStringLiteral(" – ") + report.header.kind);
        writer.setCreator(core::ProgramVersion::nameAndVersion());
        pages = ReportRenderer::render(report, writer, progress);
    } // the writer finishes the file here
    if (!pages) {
        return part.failure(pages.error().message);
    }
    if (core::Status committed = part.commit(); !committed) {
        return committed.error();
    }
    return pages;
}

} // namespace ntm::gui
