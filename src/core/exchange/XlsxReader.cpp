// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxReader.h"

#include "exchange/XlsxPackage.h"
#include "exchange/XlsxSheetParser.h"

#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace ntm::core {

namespace {

using Relationships = QList<XlsxPackage::Relationship>;

struct SheetEntry
{
    QString name;
    QString part;
};

struct Workbook
{
    QList<SheetEntry> sheets;
    QString sharedStringsPart;
};

bool isOfType(const XlsxPackage::Relationship& link, QLatin1String kind)
{
    // Transitional and Strict files use different URIs that end alike.
    return link.type.endsWith(QLatin1Char('/') + kind);
}

/// The workbook part, found as the package's main document; Excel's usual name when a producer left that out.
Result<QString> workbookPart(XlsxPackage& package)
{
    Result<Relationships> links = package.relationships(QString());
    if (!links) {
        return links.error();
    }
    for (const XlsxPackage::Relationship& link : links.value()) {
        if (isOfType(link, QLatin1String("officeDocument")) && package.contains(link.target)) {
            return link.target;
        }
    }
    const QString usual = QStringLiteral("xl/workbook.xml");
    if (package.contains(usual)) {
        return usual;
    }
    return package.notXlsx();
}

/// The r:id attribute, whatever prefix the producer bound the relationships namespace to.
QString relationshipId(const QXmlStreamAttributes& attributes)
{
    for (const QXmlStreamAttribute& a : attributes) {
        if (a.name() == u"id" && !a.namespaceUri().isEmpty()) {
            return a.value().toString();
        }
    }
    return {};
}

Result<QList<SheetEntry>> sheetEntries(XlsxPackage& package, const QString& part,
                                       const QHash<QString, QString>& targets)
{
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) {
        return bytes.error();
    }
    QXmlStreamReader xml(bytes.value());
    if (!xml.readNextStartElement() || xml.name() != u"workbook") {
        // A Word or PowerPoint file is a zip package too, with another main document.
        return xml.hasError() ? package.damaged(part, xml) : package.notXlsx();
    }
    QList<SheetEntry> sheets;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"sheet") {
            continue;
        }
        const QString name = xml.attributes().value(QLatin1String("name")).toString();
        const QString target = targets.value(relationshipId(xml.attributes()));
        if (target.isEmpty()) {
            return Error{name,
                         XlsxReader::tr("%1 is damaged: sheet \"%2\" has no contents.").arg(package.fileName(), name)};
        }
        sheets.append(SheetEntry{name, target});
    }
    if (xml.hasError()) {
        return package.damaged(part, xml);
    }
    return sheets;
}

Result<Workbook> readWorkbook(XlsxPackage& package)
{
    Result<QString> part = workbookPart(package);
    if (!part) {
        return part.error();
    }
    Result<Relationships> links = package.relationships(part.value());
    if (!links) {
        return links.error();
    }
    Workbook book;
    QHash<QString, QString> targets;
    for (const XlsxPackage::Relationship& link : links.value()) {
        targets.insert(link.id, link.target);
        if (isOfType(link, QLatin1String("sharedStrings"))) {
            book.sharedStringsPart = link.target;
        }
    }
    if (book.sharedStringsPart.isEmpty() && package.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        book.sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    }
    Result<QList<SheetEntry>> sheets = sheetEntries(package, part.value(), targets);
    if (!sheets) {
        return sheets.error();
    }
    book.sheets = std::move(sheets).value();
    return book;
}

/// The workbook's table of texts: cells of type "s" hold an index into it.
Result<QStringList> readSharedStrings(XlsxPackage& package, const QString& part)
{
    if (part.isEmpty()) {
        return QStringList();
    }
    Result<QByteArray> bytes = package.read(part);
    if (!bytes) {
        return bytes.error();
    }
    QStringList strings;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            strings.append(XlsxSheetParser::richText(xml));
        }
    }
    if (xml.hasError()) {
        return package.damaged(part, xml);
    }
    return strings;
}

} // namespace

Result<QStringList> XlsxReader::sheetNames(const QString& path)
{
    XlsxPackage package(path);
    if (Status s = package.open(); !s) {
        return s.error();
    }
    Result<Workbook> book = readWorkbook(package);
    if (!book) {
        return book.error();
    }
    QStringList names;
    for (const SheetEntry& entry : book.value().sheets) {
        names.append(entry.name);
    }
    return names;
}

Result<QList<Sheet>> XlsxReader::read(const QString& path)
{
    XlsxPackage package(path);
    if (Status s = package.open(); !s) {
        return s.error();
    }
    Result<Workbook> book = readWorkbook(package);
    if (!book) {
        return book.error();
    }
    Result<QStringList> strings = readSharedStrings(package, book.value().sharedStringsPart);
    if (!strings) {
        return strings.error();
    }
    QList<Sheet> sheets;
    for (const SheetEntry& entry : book.value().sheets) {
        Sheet sheet{entry.name, {}};
        if (Status s = XlsxSheetParser(package, strings.value(), sheet).parse(entry.part); !s) {
            return s.error();
        }
        sheets.append(std::move(sheet));
    }
    return sheets;
}

QDate XlsxReader::excelSerialToDate(double serial)
{
    constexpr double kLastSerial = 2958465; // 9999-12-31, the last day Excel knows
    if (!std::isfinite(serial) || serial < 1 || serial >= kLastSerial + 1) {
        return {};
    }
    const auto days = static_cast<qint64>(std::floor(serial));
    if (days == 60) {
        return {}; // 1900-02-29: Excel kept Lotus 1-2-3's mistake of a leap day 1900 did not have
    }
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

} // namespace ntm::core
