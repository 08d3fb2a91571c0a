// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace ntm::gui {

class AppSettings;
class DatabaseSession;
class UnitsView;

/// The main window: menus, status bar and routing to the views. Views do the work; the window only
/// connects them to the open database and to the user's settings.
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newDatabase();
    void chooseDatabase();
    void importCriteriaSet();
    void about();
    void refreshRecentMenu();
    void onDatabaseChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession& m_session;
    AppSettings& m_settings;
    UnitsView* m_units;
    QLabel* m_databaseLabel;
    QLabel* m_summaryLabel;
};

} // namespace ntm::gui
