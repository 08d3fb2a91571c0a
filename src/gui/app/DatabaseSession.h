// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ntm::core {
class ChangeWatcher;
}

namespace ntm::gui {

class ConnectionMonitor;

/// The database the window works on. Opening another one replaces it only when the new one opened
/// cleanly; a failure leaves the current database open.
class DatabaseSession final : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(int done, int total, const QString& what)>;

    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    /// The default database in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    core::Database* database() const { return m_db.get(); }
    bool isOpen() const { return m_db != nullptr; }
    QString path() const;

    /// Opens an existing file (upgrading an older one after a backup) or a server database (a URI); `password` is
    /// for a server, for this session only.
    core::Status open(const QString& path, const QString& password = QString());
    /// Creates a new file (refusing to overwrite an existing one), optionally with the Hà Tĩnh demo data.
    core::Status create(const QString& path, bool withDemo, const Progress& progress = {});
    /// Opens the default database, creating it with the demo data on first run.
    core::Status openDefault(const Progress& progress = {});
    /// Closes the database (the sign-in at start was cancelled).
    void close();

    /// Watches for other users' commits (live views); nullptr when no database is open.
    core::ChangeWatcher* watcher() const { return m_watcher.get(); }
    /// Notices a lost server connection and connects again; nullptr when no database is open.
    ConnectionMonitor* monitor() const { return m_monitor.get(); }

Q_SIGNALS:
    void databaseChanged();
    /// Another user (another session or program) committed changes to the open database; `tables` names the tables
    /// when the server said which, else it is empty.
    void changedElsewhere(const QStringList& tables);
    /// The connection to the server was lost; the session tries to connect again by itself.
    void connectionLost();
    /// Connected again after connectionLost().
    void reconnected();

private:
    void adopt(std::unique_ptr<core::Database> db);

    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::ChangeWatcher> m_watcher;
    std::unique_ptr<ConnectionMonitor> m_monitor;
};

} // namespace ntm::gui
