// SPDX-License-Identifier: GPL-3.0-or-later
// The TLS mode towards a server (docs/server.md, "Encryption"): require for another computer unless the user gives
// a mode; checked on the connection parameters, without a TLS server.
#include "TestSupport.h"

#include "db/DatabaseLocation.h"
#include "db/DatabaseWarnings.h"
#include "db/ServerTls.h"

#include <QByteArray>

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// Clears libpq's environment variables that choose a host or a TLS mode for one test, restoring them afterwards.
class CleanPgEnvironment final
{
public:
    CleanPgEnvironment()
    {
        for (const char* name : kNames) {
            m_saved.append({name, qEnvironmentVariableIsSet(name), qgetenv(name)});
            qunsetenv(name);
        }
    }
    ~CleanPgEnvironment()
    {
        for (const Saved& s : std::as_const(m_saved)) {
            if (s.set) {
                qputenv(s.name, s.value);
            } else {
                qunsetenv(s.name);
            }
        }
    }
    CleanPgEnvironment(const CleanPgEnvironment&) = delete;
    CleanPgEnvironment& operator=(const CleanPgEnvironment&) = delete;

private:
    static constexpr const char* kNames[] = {"PGHOST", "PGHOSTADDR", "PGSSLMODE"};
    struct Saved
    {
        const char* name;
        bool set;
        QByteArray value;
    };
    QList<Saved> m_saved;
};

DatabaseLocation parsed(const QString& uri)
{
    auto l = DatabaseLocation::parse(uri);
    REQUIRE(l.ok());
    return l.value();
}

QString connectionSslMode(const DatabaseLocation& l)
{
    QString mode;
    for (const auto& [key, value] : ServerTls::connectionOptions(l)) {
        if (key == QLatin1String("sslmode")) {
            REQUIRE(mode.isEmpty()); // given once
            mode = value;
        }
    }
    return mode;
}
} // namespace

TEST_CASE("A server on another computer is reached over TLS unless the address says otherwise", "[db][server]")
{
    const CleanPgEnvironment env;
    for (const QString& uri : {QStringLiteral("postgresql://ntm_admin@db.tinh.gov.vn/ntm_hatinh"),
                               QStringLiteral("postgresql://ntm_admin@10.0.0.5:5433/ntm_hatinh"),
                               QStringLiteral("postgres://[2001:db8::7]/ntm_hatinh"),
                               QStringLiteral("postgresql://localhost,db.tinh.gov.vn/ntm_hatinh")}) {
        INFO(uri.toStdString());
        const DatabaseLocation l = parsed(uri);
        CHECK_FALSE(ServerTls::isLocalServer(l));
        CHECK(ServerTls::isDefault(l));
        CHECK(ServerTls::effectiveMode(l) == QStringLiteral("require"));
        CHECK(connectionSslMode(l) == QStringLiteral("require"));
        CHECK_FALSE(l.uri().contains(QStringLiteral("sslmode"))); // the address stays as the user wrote it
    }
    // The Connect to server dialog without a mode (its "default" entry).
    const auto dialog = DatabaseLocation::server(QStringLiteral("db.tinh.gov.vn"), 5432, QStringLiteral("ntm_hatinh"),
                                                 QStringLiteral("lan"), QString());
    REQUIRE(dialog.ok());
    CHECK(connectionSslMode(dialog.value()) == QStringLiteral("require"));
}

TEST_CASE("A server on this computer keeps libpq's default TLS mode", "[db][server]")
{
    const CleanPgEnvironment env;
    for (const QString& uri : {QStringLiteral("postgresql://ntm_admin@localhost/ntm_hatinh"),
                               QStringLiteral("postgresql://ntm_admin@127.0.0.1:5433/ntm_hatinh"),
                               QStringLiteral("postgresql://[::1]/ntm_hatinh"),
                               QStringLiteral("postgresql://ntm_admin@/ntm_hatinh?host=/var/run/postgresql"),
                               QStringLiteral("postgresql:///ntm_hatinh")}) {
        INFO(uri.toStdString());
        const DatabaseLocation l = parsed(uri);
        CHECK(ServerTls::isLocalServer(l));
        CHECK(ServerTls::effectiveMode(l).isEmpty());
        CHECK(connectionSslMode(l).isEmpty());
        CHECK(ServerTls::unencryptedWarning(l, false).isEmpty());
    }
}

TEST_CASE("A TLS mode the user gives is kept, and an unencrypted connection to another computer is warned about",
          "[db][server]")
{
    const CleanPgEnvironment env;
    for (const QString& mode : {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("verify-full")}) {
        const DatabaseLocation l = parsed(QStringLiteral("postgresql://db.tinh.gov.vn/ntm_hatinh?sslmode=") + mode);
        CHECK_FALSE(ServerTls::isDefault(l));
        CHECK(ServerTls::effectiveMode(l) == mode);
        CHECK(connectionSslMode(l) == mode);
    }
    const DatabaseLocation plain = parsed(QStringLiteral("postgresql://db.tinh.gov.vn/ntm_hatinh?sslmode=disable"));
    CHECK(ServerTls::unencryptedWarning(plain, false).contains(QStringLiteral("sslmode=disable")));
    CHECK(ServerTls::unencryptedWarning(plain, true).isEmpty());
    // The dialog's explicit "prefer" stays in the address (it used to be dropped as libpq's default).
    const auto dialog = DatabaseLocation::server(QStringLiteral("db.tinh.gov.vn"), 5432, QStringLiteral("ntm_hatinh"),
                                                 QStringLiteral("lan"), QStringLiteral("prefer"));
    REQUIRE(dialog.ok());
    CHECK(dialog.value().uri().contains(QStringLiteral("sslmode=prefer")));
    CHECK(connectionSslMode(dialog.value()) == QStringLiteral("prefer"));
}

TEST_CASE("libpq's PGSSLMODE and PGHOST count as the user's own choice", "[db][server]")
{
    const CleanPgEnvironment env;
    qputenv("PGHOST", "db.tinh.gov.vn");
    const DatabaseLocation noHost = parsed(QStringLiteral("postgresql:///ntm_hatinh"));
    CHECK_FALSE(ServerTls::isLocalServer(noHost));
    CHECK(connectionSslMode(noHost) == QStringLiteral("require"));
    qputenv("PGSSLMODE", "verify-full");
    CHECK(ServerTls::effectiveMode(noHost) == QStringLiteral("verify-full"));
    CHECK(connectionSslMode(noHost).isEmpty()); // libpq reads PGSSLMODE itself
}

TEST_CASE("A connection to the server on this computer is not warned about", "[db][pg]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("local.ntm")));
    CHECK(db->isServer());
    CHECK(DatabaseWarnings::check(*db).isEmpty());
}
