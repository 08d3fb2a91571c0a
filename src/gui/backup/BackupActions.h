// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace ntm::gui {

class AppSettings;
class DatabaseSession;

/// Rolling backups and File > Restore from backup…: one backup per day of use when a database opens (kept for
/// the days set in Settings), and restoring one (administrators only), which closes the database, puts the
/// backup in place and opens the file again (core::Backups). The main window only calls databaseOpened().
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(DatabaseSession& session, AppSettings& settings, QWidget* window, QAction* restore);

    /// After a database was opened: makes today's backup unless there is one.
    void databaseOpened();
    /// Asks for the backup, then restores it.
    void restore();
    /// Restores this backup (after the user's confirmation); false when refused or it failed (with a message).
    bool restoreFrom(const QString& backupPath);

Q_SIGNALS:
    /// A short note for the status bar ("Backed up to …").
    void statusMessage(const QString& text);

private:
    DatabaseSession& m_session;
    AppSettings& m_settings;
    QWidget* m_window;
    QAction* m_restore;
};

} // namespace ntm::gui
