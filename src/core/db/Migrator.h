// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ntm::core {

/// The numbered SQL migrations shipped in resources/sql: ":/sql/NNNN_name.sql" for SQLite files and
/// ":/sql/pg/NNNN_name.sql" for PostgreSQL servers, one counterpart each, with the same numbers, names, tables and
/// columns (tests/core/SchemaParityTest.cpp checks it; docs/server.md says how to write one).
/// On a file the schema version is SQLite's PRAGMA user_version; each migration raises it by one.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Migrator)

public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /// Every migration of a dialect, in order; versions are 1, 2, 3... without gaps.
    static QList<Migration> migrations(Dialect dialect = Dialect::Sqlite);
    /// The version a database of this program has after all migrations.
    static int latestVersion();
    /// The text of one migration.
    static Result<QString> script(const Migration& migration);
    /// Runs SQLite migrations from+1 .. to inside the caller's transaction; sets user_version to `to`.
    static Status migrate(QSqlDatabase& db, int from, int to);
};

} // namespace ntm::core
