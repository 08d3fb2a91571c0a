// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportScope.h"

#include <QObject>

#include <functional>
#include <memory>

class QWidget;

namespace ntm::gui {

class AppSettings;
class DatabaseSession;

/// The desktop flows of File → Print report… and Export report as PDF…: ask the scope (ReportScopeDialog, its
/// defaults from the current view), build the report from core, then show the print preview (which prints) or
/// write the PDF where the user chooses. Errors go through Messages; the window only connects its actions here.
class ReportActions final : public QObject
{
    Q_OBJECT

public:
    /// `defaultScope` is asked each time a flow starts: the current view's commune or district, the shared date.
    ReportActions(QWidget* window, DatabaseSession& session, AppSettings& settings,
                  std::function<ReportScope()> defaultScope);

    /// Scope, then print preview with Print.
    void print();
    /// Scope, then file name, then the PDF.
    void exportPdf();
    /// A working-group member's one-page summary (MemberReport): print preview, or file name then the PDF.
    void memberSummary(const QString& communeId, const QString& personKey, const QDate& asOf, bool print);

Q_SIGNALS:
    /// A PDF was written.
    void exported(const QString& path, int pages);

private:
    void chooseScope(bool forPrint, std::function<void(const ReportScope&)> then);
    void preview(const ReportScope& scope);
    void preview(const std::shared_ptr<Report>& report);
    void exportReport(const std::shared_ptr<Report>& report);
    /// The report of `scope`, or nothing after telling the user why (`title`: the message box's).
    std::shared_ptr<Report> build(const ReportScope& scope, const QString& title);
    bool write(const Report& report, const QString& path);

    QWidget* m_window;
    DatabaseSession& m_session;
    AppSettings& m_settings;
    std::function<ReportScope()> m_defaultScope;
};

} // namespace ntm::gui
