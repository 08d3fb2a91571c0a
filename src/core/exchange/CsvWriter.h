// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ntm::core {

/// Writes a table as CSV that Excel opens correctly on a Vietnamese Windows: UTF-8 with a byte-order mark (without
/// it Excel reads the bytes as the ANSI code page and garbles diacritics), comma separated, CRLF line ends, dates
/// as dd/MM/yyyy and numbers with a '.' decimal point. The first line holds the column titles.
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CsvWriter)

public:
    /// Writes `table` to `path`, replacing it only when the whole file was written.
    static Status write(const QString& path, const TableData& table);
};

} // namespace ntm::core
