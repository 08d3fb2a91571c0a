// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUrl>

#include <libpq-fe.h>

#include <catch2/catch.hpp>

#include <memory>

namespace ntm::test {

namespace {
QString readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}
} // namespace

TestServer* TestServer::instance()
{
    static std::unique_ptr<TestServer> server = []() -> std::unique_ptr<TestServer> {
        const QString folder = qEnvironmentVariable("NTM_TEST_SERVER");
        if (folder.isEmpty()) {
            return nullptr;
        }
        return std::unique_ptr<TestServer>(new TestServer(folder));
    }();
    return server.get();
}

TestServer::TestServer(QString folder) : m_folder(std::move(folder))
{
    m_base = readFile(m_folder + QStringLiteral("/uri"));
    const QString password = readFile(m_folder + QStringLiteral("/password"));
    if (m_base.isEmpty()) {
        FAIL("NTM_TEST_SERVER names " << m_folder.toStdString() << ", which holds no test server (no uri file)");
    }
    // libpq's own variable: the program under test, its CLI and the workers all find the password there.
    qputenv("PGPASSWORD", password.toUtf8());
}

TestServer::~TestServer() = default;

void TestServer::dropDatabases()
{
    TestServer* server = instance();
    if (!server) {
        return;
    }
    // After the tests: a database left behind by a crash goes with the server at the end of the run.
    for (const QString& name : std::as_const(server->m_made)) {
        (void)server->run(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }
    server->m_made.clear();
}

QString TestServer::uri(const QString& database) const
{
    // FOLDER/uri is "postgresql://USER@/postgres?host=FOLDER&port=PORT".
    QString text = m_base;
    text.replace(QStringLiteral("@/postgres?"),
                 QStringLiteral("@/") + QString::fromLatin1(QUrl::toPercentEncoding(database)) + QLatin1Char('?'));
    return text;
}

QString TestServer::database(const QString& path, const QString& copyOf)
{
    if (const auto it = m_made.constFind(path); it != m_made.cend()) {
        return uri(*it);
    }
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20);
    const QString name = QStringLiteral("t_") + QString::fromLatin1(hash);
    for (const QString& statement :
         {QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name),
          copyOf.isEmpty()
              ? QStringLiteral("CREATE DATABASE \"%1\"").arg(name)
              : QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE %2 STRATEGY FILE_COPY").arg(name, copyOf)}) {
        const QString failed = run(statement);
        if (!failed.isEmpty()) {
            FAIL(statement.toStdString() << ": " << failed.toStdString());
        }
    }
    m_made.insert(path, name);
    return uri(name);
}

QString TestServer::run(const QString& statement, const QString& database) const
{
    const QByteArray conninfo = uri(database).toUtf8();
    PGconn* connection = PQconnectdb(conninfo.constData());
    PQsetNoticeProcessor(
        connection, [](void*, const char*) {}, nullptr); // "does not exist, skipping"
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString reason =
            QStringLiteral("cannot reach the test server: ") + QString::fromUtf8(PQerrorMessage(connection));
        PQfinish(connection);
        return reason;
    }
    PGresult* r = PQexec(connection, statement.toUtf8().constData());
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    const QString reason = ok ? QString() : QString::fromUtf8(PQerrorMessage(connection));
    PQclear(r);
    PQfinish(connection);
    return reason;
}

} // namespace ntm::test
