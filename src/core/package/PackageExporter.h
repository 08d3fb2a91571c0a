// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageManifest.h"
#include "package/PackageScope.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ntm::core {

class Database;

/// Writes an exchange package (docs/exchange-format.md) of a scope — the whole database, one district or one
/// commune — to a file. Records are streamed from the database to the file one at a time; the file is
/// written as NAME.part and renamed only when complete, so a failed or cancelled export leaves no partial
/// file (and an existing file of that name untouched). Nothing in the database is changed.
class PackageExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageExporter)

public:
    /// Called with the rows done and the rows to go through (an upper bound for a district or commune);
    /// returning false cancels the export.
    using Progress = std::function<bool(int done, int total)>;

    explicit PackageExporter(Database& db) : m_db(db) {}

    /// Writes the package of `scope` (see PackageScope::database / unit) to `path`; returns its manifest.
    Result<PackageManifest> write(const QString& path, const PackageScope& scope, const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace ntm::core
