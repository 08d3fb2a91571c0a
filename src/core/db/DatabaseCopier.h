// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ntm::core {

class Database;

/// What a copy wrote.
struct CopyOutcome
{
    QString target; ///< The target, as displayed (file path or "DATABASE on HOST:PORT").
    int tables = 0;
    qint64 rows = 0;
    qint64 milliseconds = 0;
};

/// Copies a whole database, audit trail included, table by table into a new file or into an empty server database
/// that `ntm-cli server-init` prepared (docs/server.md): `ntm-cli copy`, and a server's File > Back up.
///
/// One transaction on the target: a failure or a cancel leaves an empty server database empty and removes a new
/// file. Both sides must have this program's latest schema; every table and column of the source must exist in the
/// target. Rows are read with the source's streaming path (a plain SELECT on SQLite, COPY ... TO on a server) and
/// written with the target's bulk path (a prepared INSERT, COPY ... FROM), with the target's indexes and foreign
/// keys built once at the end. The copy records one `bulk` entry in the target's audit log.
class DatabaseCopier final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::DatabaseCopier)

public:
    /// done, total (rows), the table being copied; false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total, const QString& table)>;

    /// `target` is a file path (a new file) or a server URI (an empty database after server-init);
    /// `targetPassword` is used for this connection only.
    static Result<CopyOutcome> copy(Database& source, const QString& target, const Progress& progress,
                                    const QString& targetPassword = {});
};

} // namespace ntm::core
