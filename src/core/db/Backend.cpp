// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Backend.h"

#include "db/RowSource.h"

#include <QAtomicInt>
#include <QCoreApplication>

namespace ntm::core {

QStringList TableInfo::columnNames() const
{
    QStringList names;
    for (const ColumnInfo& c : columns) {
        names.append(c.name);
    }
    return names;
}

Backend::Backend(DatabaseLocation location) : m_location(std::move(location))
{
}

Backend::~Backend()
{
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::removeDatabase(m_connection);
    }
}

std::unique_ptr<RowSource> Backend::tableRows(const QString& table, const QStringList& columns)
{
    // sql-safe: the table and column names are the database's own, read from its catalogue
    return rows(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
}

Status Backend::setAuditTriggers(bool)
{
    return {};
}

void Backend::actorChanged(const QString&)
{
}

QString Backend::loginFor(const QString&) const
{
    return {};
}

namespace {
Error noLoginRoles()
{
    return Error{QString(), QCoreApplication::translate("ntm::core::Backend",
                                                        "Only a server database has login roles; a file's accounts "
                                                        "sign in to the program.")};
}
} // namespace

Status Backend::createLogin(const QString&, const QString&)
{
    return noLoginRoles();
}

Status Backend::setLoginPassword(const QString&, const QString&)
{
    return noLoginRoles();
}

void Backend::addConnection(const QString& driver)
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("ntm-%1").arg(counter.fetchAndAddRelaxed(1));
    m_db = QSqlDatabase::addDatabase(driver, m_connection);
}

} // namespace ntm::core
