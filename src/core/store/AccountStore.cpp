// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/AccountStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QSqlQuery>

namespace ntm::core {

namespace {
const QString kAccountColumns =
    QStringLiteral("id, username, full_name, role, scope_district_id, scope_commune_id, active, "
                   "must_change_password, failed_attempts, retry_after, created_at, row_version, login");

Account readAccount(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toString();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = Vocabulary::role(q.value(3).toString()).value_or(Role::Reviewer);
    a.districtId = q.value(4).toString();
    a.communeId = q.value(5).toString();
    a.active = q.value(6).toBool();
    a.mustChangePassword = q.value(7).toBool();
    a.failedAttempts = q.value(8).toInt();
    a.retryAfter = q.value(9).isNull() ? QDateTime() : QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    a.createdAt = q.value(10).toString();
    a.rowVersion = q.value(11).toInt();
    a.login = q.value(12).toString();
    return a;
}

QVariant scopeValue(const QString& id)
{
    return sql::textOrNull(id);
}

Error changedMeanwhile()
{
    return Error{QString(),
                 AccountStore::tr("This account was changed by someone else since you opened it; reload it and make "
                                  "your change again."),
                 ErrorKind::Conflict};
}
} // namespace

Status AccountStore::insert(const Account& a, const PasswordHash& password)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO app_user (id, username, full_name, role, scope_district_id, "
                                   "scope_commune_id, password_hash, password_salt, password_iterations, active, "
                                   "must_change_password, created_at, updated_at, login) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {a.id, a.username, sql::textOrNull(a.fullName), Vocabulary::key(a.role), scopeValue(a.districtId),
                     scopeValue(a.communeId), QString::fromLatin1(password.hash.toBase64()),
                     QString::fromLatin1(password.salt.toBase64()), password.iterations, a.active ? 1 : 0,
                     a.mustChangePassword ? 1 : 0, now, now, sql::textOrNull(a.login)},
                    tr("Saving the account %1").arg(a.username));
}

Status AccountStore::update(const Account& a)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("UPDATE app_user SET full_name = ?, role = ?, "
                                                          "scope_district_id = ?, scope_commune_id = ?, active = ?, "
                                                          "row_version = row_version + 1, updated_at = ? "
                                                          "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{sql::textOrNull(a.fullName), Vocabulary::key(a.role), scopeValue(a.districtId),
                      scopeValue(a.communeId), a.active ? 1 : 0, dates::nowTimestamp(), a.id, a.rowVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving the account %1").arg(a.username)); !s) {
        return s;
    }
    return q.numRowsAffected() == 1 ? Status() : Status(changedMeanwhile());
}

Status AccountStore::setPassword(const QString& id, int rowVersion, const PasswordHash& password, bool mustChange)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("UPDATE app_user SET password_hash = ?, password_salt = ?, "
                                                          "password_iterations = ?, must_change_password = ?, "
                                                          "failed_attempts = 0, retry_after = NULL, "
                                                          "row_version = row_version + 1, updated_at = ? "
                                                          "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{QString::fromLatin1(password.hash.toBase64()), QString::fromLatin1(password.salt.toBase64()),
                      password.iterations, mustChange ? 1 : 0, dates::nowTimestamp(), id, rowVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving the password")); !s) {
        return s;
    }
    return q.numRowsAffected() == 1 ? Status() : Status(changedMeanwhile());
}

Status AccountStore::setLogin(const QString& id, const QString& login)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("UPDATE app_user SET login = ?, row_version = row_version + 1 WHERE id = ? AND "
                                   "login IS NULL"),
                    {login, id}, tr("Saving the account's login role"));
}

Result<std::optional<Account>> AccountStore::byLogin(const QString& login)
{
    const auto list = select(QStringLiteral("WHERE login = ?"), {login});
    if (!list) {
        return list.error();
    }
    return list.value().isEmpty() ? std::optional<Account>() : std::optional<Account>(list.value().constFirst());
}

Status AccountStore::setAttempts(const QString& id, int failedAttempts, const QDateTime& retryAfter)
{
    return sql::run(m_db.sql(), QStringLiteral("UPDATE app_user SET failed_attempts = ?, retry_after = ? WHERE id = ?"),
                    {failedAttempts,
                     retryAfter.isValid() ? QVariant(retryAfter.toUTC().toString(Qt::ISODateWithMs)) : sql::nullText(),
                     id},
                    tr("Recording the sign-in attempt"));
}

Result<QList<Account>> AccountStore::select(const QString& where, const QVariantList& values)
{
    // sql-safe: `where` is one of this file's constant clauses; its values are bound
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kAccountColumns + QStringLiteral(" FROM app_user ") +
                                     where + QStringLiteral(" ORDER BY username"));
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Reading the user accounts")); !s) {
        return s.error();
    }
    QList<Account> out;
    while (q.next()) {
        out.append(readAccount(q));
    }
    return out;
}

Result<QList<Account>> AccountStore::all()
{
    return select(QString(), {});
}

Result<std::optional<Account>> AccountStore::get(const QString& id)
{
    const auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list) {
        return list.error();
    }
    return list.value().isEmpty() ? std::optional<Account>() : std::optional<Account>(list.value().constFirst());
}

Result<std::optional<Account>> AccountStore::byUsername(const QString& username)
{
    const auto list = select(QStringLiteral("WHERE lower(username) = lower(?)"), {username.trimmed()});
    if (!list) {
        return list.error();
    }
    return list.value().isEmpty() ? std::optional<Account>() : std::optional<Account>(list.value().constFirst());
}

Result<PasswordHash> AccountStore::password(const QString& id)
{
    QSqlQuery q = sql::prepare(
        m_db.sql(),
        QStringLiteral("SELECT password_hash, password_salt, password_iterations FROM app_user WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sql::exec(q, tr("Reading the user accounts")); !s) {
        return s.error();
    }
    PasswordHash h;
    if (q.next()) {
        h.hash = QByteArray::fromBase64(q.value(0).toString().toLatin1());
        h.salt = QByteArray::fromBase64(q.value(1).toString().toLatin1());
        h.iterations = q.value(2).toInt();
    }
    return h;
}

Result<int> AccountStore::otherActiveAdmins(const QString& exceptId)
{
    const auto n = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND id <> ?"),
        {exceptId});
    if (!n) {
        return n.error();
    }
    return n.value().toInt();
}

} // namespace ntm::core
