// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ConflictPolicy.h"
#include "package/Package.h"
#include "package/PackageSummary.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace ntm::core {

class Database;

/// What an import wrote.
struct PackageImportOutcome
{
    PackageSummary summary; ///< new and changed were written; conflicts as the policies decided (`taken`)
    qint64 rowsWritten = 0; ///< database rows inserted or updated (records and their nested rows)
};

/// Imports a package read by PackageReader into the database in one transaction, all or nothing: it compares
/// the package with the database (as PackagePreview does), refuses with the first problem if there is any,
/// writes the new records, the changed ones and the conflicts the policies take, records the audit trail and
/// what was agreed, and commits. Cancelled, failed or refused, it leaves the database exactly as it was.
/// Importing the same package again finds every record unchanged and writes nothing.
class PackageImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageImporter)

public:
    /// Called with the steps done and their total; returning false cancels (and rolls back). Each record is gone
    /// through twice: compared with the database (the first half), then written (the second half).
    using Progress = std::function<bool(int done, int total)>;

    explicit PackageImporter(Database& db) : m_db(db) {}

    Result<PackageImportOutcome> import(const Package& package, const ConflictPolicies& policies = ConflictPolicies(),
                                        const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace ntm::core
