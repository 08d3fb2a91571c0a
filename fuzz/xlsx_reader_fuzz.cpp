// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: XlsxReader on arbitrary bytes. XlsxReader reads files (QuaZip opens a path), so each input is
// written to one temporary file first. Any crash, sanitizer report, hang or huge allocation is a bug.
#include "exchange/XlsxReader.h"
#include "sheetimport/ColumnMapping.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace ntm::core;

namespace {
const QString& inputPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        if (!dir.isValid()) {
            std::abort(); // no place to write inputs: nothing would be tested
        }
        return dir.filePath(QStringLiteral("input.xlsx"));
    }();
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QFile file(inputPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != static_cast<qint64>(size)) {
        std::abort();
    }
    file.close();
    (void)XlsxReader::sheetNames(inputPath());
    const Result<QList<Sheet>> sheets = XlsxReader::read(inputPath());
    if (!sheets) {
        return 0;
    }
    for (const Sheet& sheet : sheets.value()) {
        const int header = ColumnMapping::findHeaderRow(SheetImportKind::Rotations, sheet);
        (void)ColumnMapping::recognise(SheetImportKind::Rotations, sheet, header).missingRequired();
    }
    return 0;
}
