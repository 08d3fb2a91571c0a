// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"

#include "db/DatabaseCopier.h"
#include "db/Sql.h"
#include "db/postgres/PostgresBackend.h"
#include "db/sqlite/SqliteBackend.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace ntm::core {

namespace {
QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("owner") : user;
}
} // namespace

static_assert(Database::kApplicationId == SqliteBackend::kApplicationId);

Database::Database(std::unique_ptr<Backend> backend)
    : m_backend(std::move(backend)), m_actor(Actor::owner(defaultActor()))
{
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::open(const QString& location)
{
    return open(location, Options{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const Options& options)
{
    auto parsed = DatabaseLocation::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    DatabaseLocation where = std::move(parsed).value();
    if (!options.password.isEmpty()) {
        where.setPassword(options.password);
    }
    std::unique_ptr<Backend> backend;
    if (where.isServer()) {
        backend = std::make_unique<PostgresBackend>(std::move(where));
    } else {
        backend = std::make_unique<SqliteBackend>(std::move(where));
    }
    std::unique_ptr<Database> db(new Database(std::move(backend)));
    auto state = db->m_backend->open(options);
    if (!state) {
        return state.error();
    }
    db->m_state = state.value();
    if (const auto account = db->loginAccount()) {
        db->setActor(*account);
    } else if (db->hasAccounts()) {
        db->setActor(Actor::nobody());
    } else {
        db->setActor(db->m_actor);
    }
    return db;
}

void Database::setActor(const Actor& actor)
{
    m_actor = actor;
    m_backend->actorChanged(actor.username);
}

std::optional<Actor> Database::loginAccount()
{
    const QString login = m_backend->sessionLogin();
    if (login.isEmpty() || !m_backend->hasLoginRoles()) {
        return std::nullopt;
    }
    QSqlQuery q = sql::prepare(sql(), QStringLiteral("SELECT id, username, full_name, role, scope_district_id, "
                                                     "scope_commune_id FROM app_user WHERE login = ? AND active = 1"));
    q.addBindValue(login);
    if (!sql::exec(q, QString()) || !q.next()) {
        return std::nullopt;
    }
    const std::optional<Role> role = Vocabulary::role(q.value(3).toString());
    if (!role) {
        return std::nullopt;
    }
    // As AccountService::actorOf: the scope that goes with the role.
    Actor a;
    a.userId = q.value(0).toString();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = role;
    a.districtId = *role == Role::Personnel ? q.value(4).toString() : QString();
    a.communeId = *role == Role::CommuneLeader ? q.value(5).toString() : QString();
    return a;
}

bool Database::hasAccounts()
{
    if (m_state.version < 3) {
        return false;
    }
    const auto n = sql::scalar(sql(), QStringLiteral("SELECT count(*) FROM app_user WHERE active = 1"));
    // Unreadable means "cannot tell": treat it as having accounts, so nothing is allowed without signing in.
    return !n || n.value().toInt() > 0;
}

void Database::setBusyWait(int milliseconds)
{
    m_busyWaitMs = std::max(0, milliseconds);
    m_backend->setBusyWait(m_busyWaitMs);
}

Status Database::backupTo(const QString& target)
{
    const QFileInfo info(target);
    if (info.exists()) {
        return Error{QString(), tr("%1 already exists; choose a new name for the backup.").arg(target)};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{QString(), tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    if (inTransaction()) {
        return Error{QString(), tr("A change is still being saved; try the backup again in a moment.")};
    }
    if (m_backend->canSnapshotToFile()) {
        return m_backend->snapshotTo(target);
    }
    // A server has no file to snapshot: the same copy as `ntm-cli copy URI FILE`.
    auto copied = DatabaseCopier::copy(*this, info.absoluteFilePath(), {});
    return copied ? Status() : Status(copied.error());
}

Status Database::begin()
{
    if (m_depth++ > 0) {
        return {};
    }
    m_failed = false;
    if (m_state.readOnly) {
        m_depth = 0;
        if (!m_state.notice.isEmpty()) {
            return Error{QString(), m_state.notice};
        }
        return Error{QString(), tr("%1 cannot be written to (the file or its folder is read-only): nothing was "
                                   "changed. To work on it, make it writable or copy it to a folder you can write to.")
                                    .arg(displayName())};
    }
    if (Status s = m_backend->begin(m_busyWaitMs); !s) {
        // A connection the server or the network dropped while the user was idle: nothing was in flight, so connect
        // again and start the transaction on the new connection (the change the user is saving goes through).
        if (!m_backend->connectionLost() || !reconnect() || !m_backend->begin(m_busyWaitMs)) {
            m_depth = 0;
            return s;
        }
    }
    return {};
}

bool Database::checkConnection()
{
    return m_depth > 0 || m_backend->ping();
}

Status Database::reconnect()
{
    if (!m_backend->isServer()) {
        return {};
    }
    if (m_depth > 0 && !m_backend->connectionLost()) {
        return Error{QString(), tr("Cannot connect again in the middle of a change.")};
    }
    if (Status s = m_backend->reconnect(m_state.readOnly); !s) {
        return s;
    }
    m_backend->setBusyWait(m_busyWaitMs);
    m_backend->actorChanged(m_actor.username);
    return {};
}

Status Database::commit()
{
    if (m_depth <= 0) {
        return Error{QString(), tr("Commit without a transaction")};
    }
    if (--m_depth > 0) {
        return {};
    }
    if (m_failed) {
        sql().rollback();
        return Error{QString(), tr("The change was undone because part of it failed.")};
    }
    if (!sql().commit()) {
        const QString reason = sql().lastError().text();
        sql().rollback();
        if (m_backend->connectionLost()) {
            return lostConnection(tr("Saving the change"));
        }
        return Error{QString(), tr("Could not save the change: %1").arg(reason)};
    }
    return {};
}

void Database::rollback()
{
    if (m_depth <= 0) {
        return;
    }
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    sql().rollback();
}

Error Database::lostConnection(const QString& what) const
{
    return Error{QString(), tr("%1: the connection to the server %2 was lost. The server rolled the whole change back; "
                               "nothing of it was saved.")
                                .arg(what, m_backend->location().serverName())};
}

} // namespace ntm::core
