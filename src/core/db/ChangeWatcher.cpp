// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ChangeWatcher.h"

#include "db/Database.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace ntm::core {

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(250);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        QStringList tables;
        if (!m_unknown) {
            tables = QStringList(m_tables.cbegin(), m_tables.cend());
            std::sort(tables.begin(), tables.end());
        }
        m_tables.clear();
        m_unknown = false;
        Q_EMIT changed(tables);
    });
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
    listen();
}

void ChangeWatcher::listen()
{
    // Inside db/, the one place that knows the backends: a server notifies, a file is polled.
    QSqlDriver* driver = m_db.sql().driver();
    m_listening = m_db.isServer() && driver && driver->hasFeature(QSqlDriver::EventNotifications) &&
                  driver->subscribeToNotification(QLatin1String(kChannel));
    if (m_listening) {
        m_poll.stop();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                    if (name == QLatin1String(kChannel) && source != QSqlDriver::SelfSource) {
                        noteChange(payload.toString());
                    }
                });
        return;
    }
    m_last = counter();
    m_poll.start();
}

void ChangeWatcher::resubscribe()
{
    QSqlDriver* driver = m_db.sql().driver();
    if (driver) {
        disconnect(driver, nullptr, this, nullptr);
    }
    listen();
}

ChangeWatcher::~ChangeWatcher()
{
    QSqlDriver* driver = m_db.sql().driver();
    if (m_listening && driver && m_db.sql().isOpen()) {
        driver->unsubscribeFromNotification(QLatin1String(kChannel));
    }
}

void ChangeWatcher::setIntervals(int pollMs, int gatherMs)
{
    m_poll.setInterval(pollMs);
    m_gather.setInterval(gatherMs);
}

void ChangeWatcher::poll()
{
    if (m_listening || m_db.inTransaction()) {
        return;
    }
    const qint64 now = counter();
    if (now >= 0 && m_last >= 0 && now != m_last) {
        noteChange(QString());
    }
    if (now >= 0) {
        m_last = now;
    }
}

void ChangeWatcher::noteChange(const QString& table)
{
    if (table.isEmpty()) {
        m_unknown = true;
    } else {
        m_tables.insert(table);
    }
    if (!m_gather.isActive()) {
        m_gather.start();
    }
}

qint64 ChangeWatcher::counter()
{
    // SQLite's data_version changes only with other connections' commits; a server's audit trail grows with every
    // commit (its own included: one refresh too many, never one too few).
    QSqlQuery q(m_db.sql());
    const bool ok = q.exec(m_db.isServer() ? QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")
                                           : QStringLiteral("PRAGMA data_version"));
    if (!ok || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace ntm::core
