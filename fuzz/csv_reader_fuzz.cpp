// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader on arbitrary bytes, then the column mapping and the value parsers on what it read,
// as the spreadsheet import runs them. Any crash, sanitizer report or hang is a bug.
#include "sheetimport/ColumnMapping.h"
#include "sheetimport/CsvReader.h"
#include "sheetimport/SheetValueParser.h"

#include <QByteArray>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace ntm::core;

namespace {
void parseValues(const Sheet& sheet)
{
    // The first rows are enough to reach every parser; all of them would make large inputs slow.
    const int rows = std::min<int>(static_cast<int>(sheet.rows.size()), 64);
    for (int r = 0; r < rows; ++r) {
        for (const SheetCell& cell : sheet.rows.at(r)) {
            (void)SheetValueParser::date(cell);
            (void)SheetValueParser::gender(cell);
            (void)SheetValueParser::kind(cell);
            (void)SheetValueParser::evaluation(cell);
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Result<Sheet> sheet = CsvReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (!sheet) {
        return 0;
    }
    for (SheetImportKind kind : {SheetImportKind::Officials, SheetImportKind::Rotations}) {
        const int header = ColumnMapping::findHeaderRow(kind, sheet.value());
        ColumnMapping mapping = ColumnMapping::recognise(kind, sheet.value(), header);
        (void)mapping.missingRequired();
        mapping.set(static_cast<int>(size % 7), SheetField::FullName);
    }
    parseValues(sheet.value());
    return 0;
}
