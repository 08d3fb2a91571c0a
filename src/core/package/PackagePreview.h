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

/// What importing a package would do, computed without writing anything: per record kind how many records
/// are new, changed, unchanged, in conflict or outdated; the conflicts with the fields that differ; and the
/// problems that forbid the import (a reference to nothing, a decision recorded twice, a rule broken), each
/// naming the record. The import wizard shows it before the user confirms; `ntm-cli import --dry-run` prints
/// it. The conflict policies matter because a conflict taken from the package is checked like a change.
class PackagePreview final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackagePreview)

public:
    /// Called with the records compared and their total; returning false cancels (an Error saying so).
    using Progress = std::function<bool(int done, int total)>;

    static Result<PackagePreview> compute(Database& db, const Package& package,
                                          const ConflictPolicies& policies = ConflictPolicies(),
                                          const Progress& progress = {});

    const PackageSummary& summary() const { return m_summary; }
    KindCounts totals() const { return m_summary.totals(); }
    const QList<PackageConflict>& conflicts() const { return m_summary.conflicts; }
    /// The problems (the first 200; errorCount() has them all). Empty when the package can be imported.
    const QList<Error>& errors() const { return m_errors; }
    int errorCount() const { return m_errorCount; }
    bool canImport() const { return m_errorCount == 0; }
    /// The first problem in one line, saying how many more there are.
    Error firstError() const;

private:
    PackageSummary m_summary;
    QList<Error> m_errors;
    int m_errorCount = 0;
};

} // namespace ntm::core
