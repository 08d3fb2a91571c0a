// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConnectionMonitor.h"

#include "db/ChangeWatcher.h"
#include "db/Database.h"

namespace ntm::gui {

ConnectionMonitor::ConnectionMonitor(core::Database& db, core::ChangeWatcher* watcher, QObject* parent)
    : QObject(parent), m_db(db), m_watcher(watcher)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::check);
    if (m_db.isServer()) {
        m_timer.start();
    }
}

void ConnectionMonitor::check()
{
    if (!m_db.isServer() || m_db.inTransaction()) {
        return;
    }
    if (m_connected) {
        if (m_db.checkConnection()) {
            return;
        }
        m_connected = false;
        Q_EMIT connectionLost();
    }
    // Connected again already (a dialog's save did it), or now; else the server is still away and the timer tries
    // again.
    if (!m_db.checkConnection() && !m_db.reconnect()) {
        return;
    }
    m_connected = true;
    if (m_watcher) {
        m_watcher->resubscribe();
    }
    Q_EMIT reconnected();
}

} // namespace ntm::gui
