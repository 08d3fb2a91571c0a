// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ntm::core {

/// Reads an exchange package (docs/exchange-format.md) and checks everything that can be checked without a
/// database: that it is JSON (a syntax error is reported with its line and column), that it is a package of a
/// format version this program reads (a newer one is refused with a message saying so), that its content
/// matches the manifest's SHA-256 and counts, and that every record has the fields of its kind with values of
/// the right type ("rotations[12].start_date: … is not a date"). References, duplicates against the database
/// and the rules of the data are checked by PackagePreview and PackageImporter.
///
/// Files larger than kMaxFileBytes are refused before anything is read. The text is parsed once, record by
/// record; memory holds the checked records (roughly the file's size again), never the whole JSON tree.
class PackageReader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageReader)

public:
    /// The largest package accepted: 512 MiB (a whole province's history is a few tens of MiB).
    static constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

    /// Called with the records read so far and the total the manifest announces (0 while unknown);
    /// returning false cancels the reading.
    using Progress = std::function<bool(int done, int total)>;

    static Result<Package> readFile(const QString& path, const Progress& progress = {});
    /// Reads a package held in memory; `source` names it in messages (a file name).
    static Result<Package> read(const char* data, qint64 size, const QString& source, const Progress& progress = {});

    /// Line and column (both from 1; the column counts characters) of a 1-based byte offset in `data`.
    static std::pair<qint64, qint64> lineAndColumn(const char* data, qint64 size, qint64 byte);
};

} // namespace ntm::core
