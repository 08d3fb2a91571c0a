// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QDateEdit;
class QLabel;
class QUndoStack;

namespace ntm::gui {

class IllustrativeBadge;

class AccessActions;
class AppSettings;
class AssignmentsView;
class BackupActions;
class BoardView;
class DashboardView;
class DatabaseSession;
class OfficialsView;
class TimelineView;
class ReviewView;
class ReportActions;
class View;

/// The main window: navigation, menus, the shared "as of" date, undo/redo and the status bar. Views do the
/// work; the window routes the database, the date and the menu commands to them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DatabaseSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a database file, reporting failure to the user (the current database stays open).
    bool openDatabase(const QString& path);
    /// At start: the file given on the command line, else the last one, else the default database
    /// (created with the demo data on first run, with a progress dialog).
    void openAtStart(const QString& requested);
    /// Shows the view with this objectName ("assignmentsView", "officialsView", "boardView", "dashboardView",
    /// "unitsView", "timelineView").
    void showView(const QString& objectName);
    View* currentView() const;
    QDate asOf() const;
    /// Opens a commune's dashboard.
    void showCommune(const QString& communeId);
    /// Opens a commune's criterion progress timeline.
    void showTimeline(const QString& communeId);
    QUndoStack* undoStack() const { return m_undo; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addView(View* view, const QString& shortcut);
    void setupToolBar();
    void setupMenus();
    void newDatabase();
    void chooseDatabase();
    /// File > Connect to server; `uri` and `message` prefill it (a server that needs a password).
    void connectToServer(const QString& uri = QString(), const QString& message = QString());
    void reloadAfterImport();
    void showSettings();
    void about();
    void refreshRecentMenu();
    void onDatabaseChanged();
    void onAsOfChanged(const QDate& date);
    void updateStatus();
    void showStartView();
    void updateWriteActions();
    /// The dashboard and the timeline open on the signed-in commune leader's commune, else the last one viewed.
    void openStartCommune();
    /// A commune was chosen in one view: the others follow, and the next start opens it.
    void communeLookedAt(const QString& communeId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession& m_session;
    AppSettings& m_settings;
    QUndoStack* m_undo;
    QList<View*> m_views;
    QHash<View*, QString> m_summaries;
    AssignmentsView* m_assignments;
    OfficialsView* m_officials;
    BoardView* m_board;
    DashboardView* m_dashboard;
    TimelineView* m_timeline;
    ReviewView* m_review;
    ReportActions* m_reports;
    AccessActions* m_access = nullptr;
    BackupActions* m_backups = nullptr;
    QDateEdit* m_asOfEdit = nullptr;
    QLabel* m_databaseLabel;
    QLabel* m_summaryLabel;
    QLabel* m_asOfLabel;
    IllustrativeBadge* m_illustrative;
};

} // namespace ntm::gui
