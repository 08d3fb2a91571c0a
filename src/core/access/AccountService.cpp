// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccountService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "service/AuditedWrite.h"
#include "store/AccountStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

#include <QRegularExpression>

#include <algorithm>

namespace ntm::core {

namespace {
const QString kTable = QStringLiteral("app_user");

int secondsUntil(const QDateTime& now, const QDateTime& then)
{
    return static_cast<int>((now.msecsTo(then) + 999) / 1000);
}

Error wrongCredentials(int delay)
{
    QString message = AccountService::tr("Unknown user name or wrong password.");
    if (delay > 1) {
        message += QLatin1Char(' ') + AccountService::tr("Wait %n second(s) before the next attempt.", nullptr, delay);
    }
    return Error{QStringLiteral("password"), message};
}

Status firstError(const Issues& issues)
{
    for (const Issue& i : issues) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    return {};
}
} // namespace

AccountService::AccountService(Database& db, Clock clock) : m_db(db), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    }
}

int AccountService::delaySeconds(int failures)
{
    if (failures <= 0) {
        return 0;
    }
    const int exponent = std::max(0, failures - 2);
    return exponent >= 10 ? kMaxDelaySeconds : std::min(kMaxDelaySeconds, 1 << exponent);
}

Issues AccountService::checkPassword(const QString& username, const QString& password)
{
    Issues out;
    if (password.size() < kMinPasswordLength) {
        out.append(errorIssue(QStringLiteral("password"),
                              tr("The password needs at least %n character(s).", nullptr, kMinPasswordLength)));
    } else if (password.compare(username, Qt::CaseInsensitive) == 0) {
        out.append(errorIssue(QStringLiteral("password"), tr("The password must not be the user name.")));
    }
    return out;
}

Actor AccountService::actorOf(const Account& account)
{
    Actor a;
    a.userId = account.id;
    a.username = account.username;
    a.fullName = account.fullName;
    a.role = account.role;
    a.districtId = account.role == Role::Personnel ? account.districtId : QString();
    a.communeId = account.role == Role::CommuneLeader ? account.communeId : QString();
    return a;
}

Result<QList<Account>> AccountService::accounts()
{
    return AccountStore(m_db).all();
}

Status AccountService::checkScope(const Account& a)
{
    UnitStore units(m_db);
    if (a.role == Role::Personnel) {
        const auto d =
            a.districtId.isEmpty() ? Result<std::optional<District>>(std::nullopt) : units.district(a.districtId);
        if (!d) {
            return d.error();
        }
        if (!d.value()) {
            return Error{QStringLiteral("district"), tr("Choose the district whose officials and rotations this "
                                                        "district personnel officer keeps.")};
        }
    }
    if (a.role == Role::CommuneLeader) {
        const auto c =
            a.communeId.isEmpty() ? Result<std::optional<Commune>>(std::nullopt) : units.commune(a.communeId);
        if (!c) {
            return c.error();
        }
        if (!c.value()) {
            return Error{QStringLiteral("commune"), tr("Choose the commune this commune leader records for.")};
        }
    }
    return {};
}

Result<QString> AccountService::create(const NewAccount& n)
{
    if (Status s = AccessGuard(m_db).requireAdmin(RecordKind::User); !s) {
        return s.error();
    }
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    const QString username = n.username.trimmed();
    if (!validName.match(username).hasMatch()) {
        return Error{QStringLiteral("username"), tr("A user name has 2 to 32 letters (without diacritics), digits, "
                                                    "dots, dashes or underscores.")};
    }
    AccountStore store(m_db);
    const auto existing = store.byUsername(username);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error{QStringLiteral("username"),
                     tr("There is already an account named %1.").arg(existing.value()->username)};
    }
    const bool first = !m_db.hasAccounts();
    if (first && n.role != Role::Admin) {
        return Error{QStringLiteral("role"), tr("The first account must be an administrator, so that somebody can "
                                                "manage the accounts once signing in is required.")};
    }
    Account a;
    a.id = ids::newId();
    a.username = username;
    a.fullName = n.fullName.trimmed();
    a.role = n.role;
    a.districtId = n.role == Role::Personnel ? n.districtId : QString();
    a.communeId = n.role == Role::CommuneLeader ? n.communeId : QString();
    if (Status s = checkScope(a); !s) {
        return s.error();
    }
    if (Status s = firstError(checkPassword(username, n.password)); !s) {
        return s.error();
    }
    const PasswordHash hash = PasswordHash::make(n.password);
    if (hash.isEmpty()) {
        return Error{QStringLiteral("password"), tr("The password could not be hashed (no random numbers).")};
    }
    Backend& backend = m_db.backend();
    if (backend.hasLoginRoles()) {
        a.login = backend.loginFor(username);
        if (a.login.isEmpty()) {
            return Error{QStringLiteral("username"),
                         tr("The login role %1.%2 would be longer than the server allows (63 bytes); choose a shorter "
                            "user name.")
                             .arg(m_db.shortName(), username)};
        }
    }
    // On a server the account and its login role are made together, or neither.
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    if (Status s = insertAudited(m_db, kTable, a.id, [&] { return store.insert(a, hash); }); !s) {
        return s.error();
    }
    if (!a.login.isEmpty()) {
        if (Status s = backend.createLogin(a.login, n.password); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    if (first) {
        // The local owner's single-user session ends: from now on the changes are this administrator's.
        m_db.setActor(actorOf(a));
    }
    return a.id;
}

Status AccountService::update(const Account& a)
{
    if (Status s = AccessGuard(m_db).requireAdmin(RecordKind::User); !s) {
        return s;
    }
    AccountStore store(m_db);
    const auto current = store.get(a.id);
    if (!current) {
        return current.error();
    }
    if (!current.value()) {
        return Error{QString(), tr("This account no longer exists."), ErrorKind::Conflict};
    }
    Account next = a;
    next.districtId = a.role == Role::Personnel ? a.districtId : QString();
    next.communeId = a.role == Role::CommuneLeader ? a.communeId : QString();
    if (Status s = checkScope(next); !s) {
        return s;
    }
    const bool wasAdmin = current.value()->role == Role::Admin && current.value()->active;
    if (wasAdmin && (next.role != Role::Admin || !next.active)) {
        const auto others = store.otherActiveAdmins(a.id);
        if (!others) {
            return others.error();
        }
        if (others.value() == 0) {
            return Error{QStringLiteral("role"), tr("%1 is the only active administrator; make another account an "
                                                    "administrator first.")
                                                     .arg(current.value()->username)};
        }
    }
    if (Status s = updateAudited(m_db, kTable, a.id, [&] { return store.update(next); }); !s) {
        return s;
    }
    if (m_db.actor().userId == a.id) {
        next.username = current.value()->username;
        m_db.setActor(next.active ? actorOf(next) : Actor::nobody());
    }
    return {};
}

Status AccountService::resetPassword(const QString& id, const QString& newPassword)
{
    if (Status s = AccessGuard(m_db).requireAdmin(RecordKind::User); !s) {
        return s;
    }
    AccountStore store(m_db);
    const auto current = store.get(id);
    if (!current) {
        return current.error();
    }
    if (!current.value()) {
        return Error{QString(), tr("This account no longer exists."), ErrorKind::Conflict};
    }
    if (Status s = firstError(checkPassword(current.value()->username, newPassword)); !s) {
        return s;
    }
    const PasswordHash hash = PasswordHash::make(newPassword);
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    if (Status s = updateAudited(m_db, kTable, id,
                                 [&] { return store.setPassword(id, current.value()->rowVersion, hash, true); });
        !s) {
        return s;
    }
    if (Status s = setLoginPassword(*current.value(), newPassword); !s) {
        return s;
    }
    return tx.commit();
}

Status AccountService::setLoginPassword(const Account& account, const QString& password)
{
    Backend& backend = m_db.backend();
    if (!backend.hasLoginRoles()) {
        return {};
    }
    if (!account.login.isEmpty()) {
        return backend.setLoginPassword(account.login, password);
    }
    // An account made before the server had login roles gets its own now that its password is known.
    Account withLogin = account;
    withLogin.login = backend.loginFor(account.username);
    if (withLogin.login.isEmpty()) {
        return {};
    }
    AccountStore store(m_db);
    if (Status s = updateAudited(m_db, kTable, account.id, [&] { return store.setLogin(account.id, withLogin.login); });
        !s) {
        return s;
    }
    return backend.createLogin(withLogin.login, password);
}

Status AccountService::changePassword(const QString& oldPassword, const QString& newPassword)
{
    const Actor actor = m_db.actor();
    if (actor.userId.isEmpty()) {
        return Error{QString(), actor.localOwner ? tr("This database has no user accounts, so there is no password to "
                                                      "change. An administrator creates accounts under Users.")
                                                 : tr("Sign in first.")};
    }
    AccountStore store(m_db);
    const auto current = store.get(actor.userId);
    if (!current) {
        return current.error();
    }
    if (!current.value() || !current.value()->active) {
        return Error{QString(), tr("This account no longer exists or was disabled.")};
    }
    const Account& account = *current.value();
    const QDateTime now = m_clock();
    if (account.retryAfter.isValid() && now < account.retryAfter) {
        return Error{QStringLiteral("old_password"),
                     tr("Too many failed attempts: wait %n second(s) before trying again.", nullptr,
                        secondsUntil(now, account.retryAfter))};
    }
    const auto stored = store.password(account.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value().matches(oldPassword)) {
        const int failures = account.failedAttempts + 1;
        (void)store.setAttempts(account.id, failures, now.addSecs(delaySeconds(failures)));
        return Error{QStringLiteral("old_password"), tr("The current password is wrong.")};
    }
    if (newPassword == oldPassword) {
        return Error{QStringLiteral("password"), tr("The new password must differ from the current one.")};
    }
    if (Status s = firstError(checkPassword(account.username, newPassword)); !s) {
        return s;
    }
    const PasswordHash hash = PasswordHash::make(newPassword);
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    if (Status s = updateAudited(m_db, kTable, account.id,
                                 [&] { return store.setPassword(account.id, account.rowVersion, hash, false); });
        !s) {
        return s;
    }
    if (Status s = setLoginPassword(account, newPassword); !s) {
        return s;
    }
    return tx.commit();
}

Result<Account> AccountService::signIn(const QString& username, const QString& password)
{
    AccountStore store(m_db);
    const auto found = store.byUsername(username);
    if (!found) {
        return found.error();
    }
    if (!found.value() || !found.value()->active) {
        (void)PasswordHash::make(password); // the same time as a real check, so names cannot be probed by timing
        return wrongCredentials(0);
    }
    const Account& account = *found.value();
    const QDateTime now = m_clock();
    if (account.retryAfter.isValid() && now < account.retryAfter) {
        return Error{QStringLiteral("password"),
                     tr("Too many failed attempts for %1: wait %n second(s) before trying again.", nullptr,
                        secondsUntil(now, account.retryAfter))
                         .arg(account.username)};
    }
    const auto stored = store.password(account.id);
    if (!stored) {
        return stored.error();
    }
    if (!stored.value().matches(password)) {
        const int failures = account.failedAttempts + 1;
        const int delay = delaySeconds(failures);
        // Bookkeeping of its own, outside any transaction; on a read-only file it cannot be kept, and the attempt
        // is refused all the same.
        (void)store.setAttempts(account.id, failures, now.addSecs(delay));
        return wrongCredentials(delay);
    }
    if (account.failedAttempts > 0 || account.retryAfter.isValid()) {
        (void)store.setAttempts(account.id, 0, QDateTime());
    }
    m_db.setActor(actorOf(account));
    Account signedIn = account;
    signedIn.failedAttempts = 0;
    signedIn.retryAfter = QDateTime();
    return signedIn;
}

Result<int> AccountService::secondsToWait(const QString& username)
{
    const auto found = AccountStore(m_db).byUsername(username);
    if (!found) {
        return found.error();
    }
    if (!found.value() || !found.value()->retryAfter.isValid()) {
        return 0;
    }
    return std::max(0, secondsUntil(m_clock(), found.value()->retryAfter));
}

} // namespace ntm::core
