// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace ntm::core {

/// Applies the numbered SQL migrations shipped in resources/sql (":/sql/NNNN_name.sql").
/// The schema version is SQLite's PRAGMA user_version; each migration raises it by one.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Migrator)

public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /// Every migration, in order; versions are 1, 2, 3... without gaps.
    static QList<Migration> migrations();
    /// The version a database of this program has after all migrations.
    static int latestVersion();
    /// Runs migrations from+1 .. to inside the caller's transaction; sets user_version to `to`.
    static Status migrate(QSqlDatabase& db, int from, int to);
};

} // namespace ntm::core
