// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ntm::test {

/// The test run's PostgreSQL server, when NTM_TEST_SERVER names its folder (tests/support/test-server.sh writes
/// the URI of its administrator connection to FOLDER/uri and the password to FOLDER/password). Each test's database
/// is made from a template database — `ntm_template` (the latest schema, made by `ntm-cli server-init`) or `ntm_demo`
/// (the Hà Tĩnh demo, made by `ntm-cli demo`) — or empty, and dropped when the test process ends.
class TestServer final
{
public:
    /// The server, or nullptr when the tests run on files.
    static TestServer* instance();
    /// Drops the databases this process made. The test mains call it after the tests: not at exit, where OpenSSL,
    /// which libpq needs to sign in, has already been cleaned up.
    static void dropDatabases();
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    /// The URI of the database made for `path` (made on first use): a copy of the template database `copyOf`, or
    /// empty when that is empty.
    QString database(const QString& path, const QString& copyOf);
    /// The URI of any database name on this server.
    QString uri(const QString& database) const;

    /// Runs one statement as the server's administrator; the reason when it failed, else empty.
    QString run(const QString& statement, const QString& database = QStringLiteral("postgres")) const;

private:
    explicit TestServer(QString folder);

    QString m_folder;
    QString m_base;                 ///< the administrator's URI, without the database name
    QHash<QString, QString> m_made; ///< path -> database name
};

} // namespace ntm::test
