// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/Database.h"
#include "domain/Criteria.h"
#include "domain/Units.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

#include <sys/types.h>

namespace ntm::test {

/// A temporary folder for one test, removed afterwards.
class TempFolder
{
public:
    TempFolder() { REQUIRE(m_dir.isValid()); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// The backend a test process runs on. The core and CLI tests run twice (tests/CMakeLists.txt): on files, and on
/// the throwaway PostgreSQL server that tests/support/test-server.sh starts, named by NTM_TEST_SERVER (its folder).
/// Tests that are about files by nature are tagged [file] and run on files only (docs/server.md lists them).
bool onServer();

/// What a fresh server database holds.
enum class Schema
{
    Latest, ///< the latest schema, as `ntm-cli server-init` makes it (and as Database::open makes a new file)
    Empty,  ///< nothing: for the tests of server-init and of what opening an empty database says
    Demo,   ///< on the server, the Hà Tĩnh demo (a copy of the template the test server built once); a file's path
            ///< is returned as it is, and the test builds the demo into it
};

/// Where a test's database `path` lives: on files the path itself; on the server, a new database of its own
/// (created on first use, the same for the same path, dropped when the test process ends), as a URI.
QString dbLocation(const QString& path, Schema schema = Schema::Latest);

/// The server URI of a database name on the test server (for tests of what bad addresses say).
QString serverUri(const QString& database);
/// Runs one statement as the test server's administrator (in its `postgres` database), failing the test on error.
void serverRun(const QString& statement, const QString& database = QStringLiteral("postgres"));

/// A copy of the whole database at dbLocation(path), on the same backend (a file's backup, or a server database
/// made by DatabaseCopier); returns where it is, for openDb().
QString copyDatabase(core::Database& db, const QString& path);

/// Opens (creating) a database at dbLocation(path), failing the test with the message when it cannot.
std::unique_ptr<core::Database> openDb(const QString& path);
/// Opens a database holding the Hà Tĩnh demo at dbLocation(path): on files built by DemoBuilder; on the server a
/// copy of the demo database that tests/support/test-server.sh built once with `ntm-cli demo` (building it in every
/// test process would make the server run several times slower).
std::unique_ptr<core::Database> openDemo(const QString& path);

/// The program's tables of a database, sorted (on either backend).
QStringList tableNames(core::Database& db);
/// The first column of every row a statement returns, in order.
QStringList column(core::Database& db, const QString& statement);

/// Bytes of a file, to prove it was left untouched.
QByteArray fileBytes(const QString& path);

/// Ids of the small hand-built fixture (see makeFixture()).
struct Fixture
{
    QString province;
    QString districtA; ///< "Huyện An Phú" (code 001), valid until 2025-06-30
    QString districtB; ///< "Huyện Bình Sơn" (code 002)
    QString communeA1; ///< "Xã An Hòa" in A, throughout
    QString communeA2; ///< "Xã Ân Phong" in A, merged into A1 on 2020-01-01
    QString communeB1; ///< "Xã Bình Minh" in B, throughout
    QString wardB2;    ///< "Phường Bình Tân" in B (not in the programme)
    QString setOld;    ///< "T-OLD": 3 criteria, family "t", national from 2010-01-01
    QString setNew;    ///< "T-NEW": 3 criteria, family "t", national from 2016-01-01 (carries over)
    QString setOther;  ///< "T-2026": 2 criteria, family "t2", national from 2026-01-01 (another shape)
};

/// Builds a small database by hand: two districts, four units, three criteria sets.
Fixture makeFixture(core::Database& db);

/// A criteria set in memory (for loader/importer tests), with `count` criteria of one indicator each.
core::CriteriaSet makeSet(const QString& code, const QString& family, const QDate& from, int count);

/// Records an assessment directly through the store (bypassing rules, for as-of fixtures).
void addEvent(core::Database& db, const QString& commune, const QString& setId, int number, const QDate& date,
              core::CriterionStatus status);

/// Path of a file in tests/fixtures.
QString fixturePath(const QString& name);

/// The process umask for one test (ntm-cli, started by the test, inherits it), restored afterwards: 022 is the
/// usual one, which leaves new files readable by all.
class ScopedUmask final
{
public:
    explicit ScopedUmask(mode_t mask);
    ~ScopedUmask();
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

/// The permission bits of a file or folder as `ls -l` counts them (0600, 0755...); the test fails when it is missing.
int modeOf(const QString& path);

} // namespace ntm::test

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch
