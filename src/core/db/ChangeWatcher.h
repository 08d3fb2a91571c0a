// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace ntm::core {

class Database;

/// Tells an open database's user when another session commits a change, so views can show it within a couple of
/// seconds. On a server it listens to the notifications the audit triggers send on each commit (channel
/// `ntm_changes`, the table as payload; PostgreSQL's LISTEN/NOTIFY through Qt's driver); a session's own commits are
/// left out. On a file, and on a server where listening fails, it polls: SQLite's data_version (which only other
/// connections' commits change), or the server's last audit entry. Bursts (an import, a busy hour) are gathered
/// into one signal.
class ChangeWatcher final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char* kChannel = "ntm_changes";

    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    /// True when the server notifies; false when this watcher polls.
    bool isListening() const { return m_listening; }
    /// How often to poll (ms) when not listening; how long to gather a burst before signalling.
    void setIntervals(int pollMs, int gatherMs);
    /// Polls at once (also what the timer calls).
    void poll();
    /// After Database::reconnect(): listens again on the new connection (the server forgot the old one's LISTEN).
    /// What others committed while the connection was down was not notified: the caller reads again.
    void resubscribe();

Q_SIGNALS:
    /// Other sessions committed changes; `tables` names the tables when the server said which (empty: unknown).
    void changed(const QStringList& tables);

private:
    void listen();
    void noteChange(const QString& table);
    qint64 counter();

    Database& m_db;
    QTimer m_poll;
    QTimer m_gather;
    QSet<QString> m_tables;
    bool m_unknown = false;
    bool m_listening = false;
    qint64 m_last = -1;
};

} // namespace ntm::core
