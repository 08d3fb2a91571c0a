// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace ntm::test {

/// The test run's PostgreSQL server, when NTM_TEST_SERVER names its folder (tests/support/test-server.sh writes
/// the URI of its administrator connection to FOLDER/uri and the password to FOLDER/password). Each test's database
/// is made from the template database `ntm_template` (the latest schema, made by `ntm-cli server-init`) or empty,
/// and dropped when the test process ends.
class TestServer final
{
public:
    /// The server, or nullptr when the tests run on files.
    static TestServer* instance();
    ~TestServer();
    TestServer(const TestServer&) = delete;
    TestServer& operator=(const TestServer&) = delete;

    /// The URI of the database made for `path` (made on first use).
    QString database(const QString& path, bool empty);
    /// The URI of any database name on this server.
    QString uri(const QString& database) const;

    /// Runs one statement as the server's administrator; the reason when it failed, else empty.
    QString run(const QString& statement, const QString& database = QStringLiteral("postgres")) const;

private:
    explicit TestServer(QString folder);

    QString m_folder;
    QString m_base; ///< the administrator's URI, without the database name
    QHash<QString, QString> m_made; ///< path -> database name
};

} // namespace ntm::test
