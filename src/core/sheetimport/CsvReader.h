// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ntm::core {

/// Reads a CSV file for import into the same Sheet that XlsxReader gives, so the import does not care where
/// the rows came from. Accepts what Excel, LibreOffice and Google Sheets write: UTF-8 with or without a
/// byte-order mark; ',' or ';' (Excel uses ';' where the decimal separator is ',') or a tab between fields,
/// detected from the header line, or named by Excel's "sep=;" first line; fields quoted with '"' (a quote
/// inside doubled), with separators and line breaks inside; CR, LF or CRLF line ends.
///
/// Every cell is text (CSV has no types: SheetCell::number stays empty). Another encoding (Excel's plain
/// "CSV (Comma delimited)" writes the Windows code page; "Unicode text" writes UTF-16) is refused with a
/// message saying how to save the file as CSV UTF-8. Files above kMaxBytes are refused before they are read.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CsvReader)

public:
    /// 200 MB: far above any real list of officials or rotations, and small enough to read into memory.
    static constexpr qint64 kMaxBytes = 200LL * 1024 * 1024;

    /// Reads `path`; the sheet is named after the file (as Excel names it when it opens a CSV file).
    static Result<Sheet> read(const QString& path);
    /// Parses CSV bytes already in memory (`fileName` starts the messages).
    static Result<Sheet> parse(const QByteArray& bytes, const QString& fileName);

    /// The advice given for every file that is not UTF-8 text.
    static QString saveAsUtf8Advice();
};

} // namespace ntm::core
