// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace ntm::core {
class ChangeWatcher;
class Database;
} // namespace ntm::core

namespace ntm::gui {

/// Notices when the connection to a server is lost (the server restarted, the network dropped) and connects
/// again by itself: while connected it asks the server something trivial every few seconds; once lost it tries
/// again every few seconds, listens for other users' changes again, and says so. A file is never watched.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    ConnectionMonitor(core::Database& db, core::ChangeWatcher* watcher, QObject* parent = nullptr);

    bool isConnected() const { return m_connected; }
    /// How often to ask the server, and to try again once lost (ms).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Checks (or tries to connect again) at once; also what the timer does.
    void check();

Q_SIGNALS:
    void connectionLost();
    void reconnected();

private:
    core::Database& m_db;
    core::ChangeWatcher* m_watcher;
    QTimer m_timer;
    bool m_connected = true;
};

} // namespace ntm::gui
