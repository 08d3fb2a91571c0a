// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetSource.h"

#include "exchange/XlsxReader.h"
#include "sheetimport/CsvReader.h"
#include "util/TextFold.h"

#include <QFile>
#include <QFileInfo>

namespace ntm::core {

bool SheetSource::isWorkbook(const QString& path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(4);
        if (head.startsWith("PK\x03\x04") || head.startsWith("\xD0\xCF\x11\xE0")) {
            return true; // a zip package (.xlsx), or an OLE file (.xls), which XlsxReader explains
        }
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls";
}

Result<SheetSource::Loaded> SheetSource::load(const QString& path, const QString& sheetName)
{
    if (!isWorkbook(path)) {
        Result<Sheet> sheet = CsvReader::read(path);
        if (!sheet) {
            return sheet.error();
        }
        const QString name = sheet.value().name;
        return Loaded{std::move(sheet).value(), {name}};
    }
    Result<QList<Sheet>> sheets = XlsxReader::read(path);
    if (!sheets) {
        return sheets.error();
    }
    Loaded loaded;
    for (const Sheet& s : sheets.value()) {
        loaded.sheetNames.append(s.name);
    }
    if (sheets.value().isEmpty()) {
        return Error{QString(), tr("%1 has no worksheet.").arg(QFileInfo(path).fileName())};
    }
    if (sheetName.isEmpty()) {
        loaded.sheet = sheets.value().constFirst();
        return loaded;
    }
    for (const Sheet& s : sheets.value()) {
        if (s.name == sheetName || text::fold(s.name) == text::fold(sheetName)) {
            loaded.sheet = s;
            return loaded;
        }
    }
    return Error{QString(),
                 tr("%1 has no worksheet \"%2\"; its worksheets are: %3.")
                     .arg(QFileInfo(path).fileName(), sheetName, loaded.sheetNames.join(QStringLiteral(", ")))};
}

} // namespace ntm::core
