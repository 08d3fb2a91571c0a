// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportActions.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "reports/MemberReport.h"
#include "reports/ReportPdf.h"
#include "reports/ReportRenderer.h"
#include "reports/ReportScopeDialog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>

#include <memory>

namespace ntm::gui {

namespace {
/// A wait cursor while a report is gathered and drawn (well under a second for a commune, a few for the province).
class BusyCursor final
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};
} // namespace

ReportActions::ReportActions(QWidget* window, DatabaseSession& session, AppSettings& settings,
                             std::function<ReportScope()> defaultScope)
    : QObject(window), m_window(window), m_session(session), m_settings(settings),
      m_defaultScope(std::move(defaultScope))
{
}

void ReportActions::print()
{
    chooseScope(true, [this](const ReportScope& scope) { preview(scope); });
}

void ReportActions::exportPdf()
{
    chooseScope(false, [this](const ReportScope& scope) { exportReport(build(scope, tr("Export report as PDF"))); });
}

void ReportActions::memberSummary(const QString& communeId, const QString& personKey, const QDate& asOf, bool print)
{
    if (!m_session.isOpen()) {
        return;
    }
    std::shared_ptr<Report> report;
    {
        BusyCursor busy;
        auto built = MemberReport::build(*m_session.database(), communeId, personKey, asOf);
        if (!built) {
            Messages::error(m_window, print ? tr("Print report") : tr("Export report as PDF"), built.error().message);
            return;
        }
        report = std::make_shared<Report>(std::move(built).value());
    }
    if (print) {
        preview(report);
    } else {
        exportReport(report);
    }
}

void ReportActions::exportReport(const std::shared_ptr<Report>& report)
{
    if (!report) {
        return;
    }
    const QString suggested = QDir(m_settings.reportFolder()).filePath(report->suggestedFileName());
    QString path = Messages::saveFile(m_window, tr("Export report as PDF"), tr("PDF files (*.pdf)"), suggested);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    write(*report, path);
}

std::shared_ptr<Report> ReportActions::build(const ReportScope& scope, const QString& title)
{
    if (!m_session.isOpen()) {
        return nullptr;
    }
    BusyCursor busy;
    auto built = scope.build(*m_session.database());
    if (!built) {
        Messages::error(m_window, title, built.error().message);
        return nullptr;
    }
    return std::make_shared<Report>(std::move(built).value());
}

bool ReportActions::write(const Report& report, const QString& path)
{
    // Page by page, with Cancel: the province's summary runs to a dozen pages. Cancelled, no file is written.
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 1, m_window);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowTitle(tr("Export report as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setValue(0);
    bool cancelled = false;
    const core::Result<int> pages = ReportPdf::write(report, path, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setLabelText(tr("Writing the report: page %1 of %2…").arg(done).arg(total));
        progress.setValue(done);
        cancelled = progress.wasCanceled();
        return !cancelled;
    });
    progress.reset();
    if (cancelled) {
        return false;
    }
    if (!pages) {
        Messages::error(m_window, tr("Export report as PDF"), pages.error().message);
        return false;
    }
    m_settings.setReportFolder(QFileInfo(path).absolutePath());
    Q_EMIT exported(path, pages.value());
    Messages::information(
        m_window, tr("Export report as PDF"),
        tr("The report (%n page(s)) was saved to %1.", "", pages.value()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void ReportActions::chooseScope(bool forPrint, std::function<void(const ReportScope&)> then)
{
    if (!m_session.isOpen()) {
        return;
    }
    auto* dialog = new ReportScopeDialog(
        *m_session.database(), m_defaultScope(),
        forPrint ? ReportScopeDialog::Purpose::Print : ReportScopeDialog::Purpose::Export, m_window);
    // Deleted once finished, not on close: the flow run on `accepted` may process events (the progress dialog),
    // and a deletion already posted then could run under the dialog's own signal.
    connect(dialog, &QDialog::accepted, this, [dialog, then] { then(dialog->scope()); });
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->open();
}

void ReportActions::preview(const ReportScope& scope)
{
    preview(build(scope, tr("Print report")));
}

void ReportActions::preview(const std::shared_ptr<Report>& report)
{
    if (!report) {
        return;
    }
    auto* dialog = new QPrintPreviewDialog(m_window);
    dialog->setObjectName(QStringLiteral("reportPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print report – %1").arg(report->header.title));
    QPrinter* printer = dialog->printer();
    printer->setPageLayout(ReportRenderer::pageLayout());
    printer->setDocName(report->header.title);
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, report](QPrinter* p) {
        BusyCursor busy;
        if (const auto pages = ReportRenderer::render(*report, *p); !pages) {
            Messages::error(m_window, tr("Print report"), pages.error().message);
        }
    });
    dialog->open();
}

} // namespace ntm::gui
