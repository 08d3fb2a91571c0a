// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "exchange/CsvWriter.h"
#include "exchange/XlsxReader.h"
#include "exchange/XlsxWriter.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cmath>
#include <utility>

using namespace ntm::core;
using ntm::test::TempFolder;

namespace {

TableData officials()
{
    TableData t;
    t.title = QStringLiteral("Cán bộ");
    t.columns = {{QStringLiteral("Họ và tên"), TableColumn::Type::Text, 24},
                 {QStringLiteral("Ngày"), TableColumn::Type::Date, 12},
                 {QStringLiteral("Số"), TableColumn::Type::Integer, 6},
                 {QStringLiteral("Tỷ lệ"), TableColumn::Type::Number, 8},
                 {QStringLiteral("Ghi chú"), TableColumn::Type::Text, 30}};
    t.rows = {{QStringLiteral("Bùi Ngọc Nhật"), QDate(1975, 4, 30), 12, 87.5, QStringLiteral("Đức Yên")},
              {QStringLiteral("Đức Yên"), QDate(2016, 3, 1), 0, 0.1, QVariant()},
              {QString(), QDate(), QVariant(), QVariant(), QStringLiteral("Nhà \"Văn hóa\", xã")}};
    return t;
}

TableData named(const QString& title)
{
    TableData t;
    t.title = title;
    t.columns = {{QStringLiteral("Tên"), TableColumn::Type::Text, 15}};
    t.rows = {{title}};
    return t;
}

using Parts = QList<std::pair<QString, QByteArray>>;

/// A zip archive made part by part, so the reader is tested on files libxlsxwriter did not write: it reads what
/// QuaZip wrote, and the tests below damage the bytes.
QByteArray zipOf(const Parts& parts)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const auto& [name, data] : parts) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        REQUIRE(file.write(data) == data.size());
        file.close();
        REQUIRE(file.getZipError() == ZIP_OK);
    }
    zip.close();
    REQUIRE(zip.getZipError() == ZIP_OK);
    return buffer.data();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

void writeZip(const QString& path, const Parts& parts)
{
    writeFile(path, zipOf(parts));
}

/// A part of a workbook libxlsxwriter wrote, unpacked by QuaZip in the same process.
QByteArray zipPart(const QString& path, const QString& name)
{
    QuaZipFile file(path, name, QuaZip::csSensitive);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    file.close();
    REQUIRE(file.getZipError() == UNZ_OK);
    return data;
}

const QByteArray kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>)";

const QByteArray kPackageRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

/// Sheets listed in another order than their part names, linked once relatively and once absolutely.
const QByteArray kWorkbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
          xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets>
<sheet name="Đơn vị" sheetId="2" rel:id="rIdB"/>
<sheet name="Khác" sheetId="1" rel:id="rIdA"/>
</sheets>
</workbook>)";

const QByteArray kWorkbookRels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdA" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
<Relationship Id="rIdB" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>)";

/// Rich-text runs (one only a preserved space), a phonetic guide that is not part of the text, an _x000D_ escape.
const QByteArray kSharedStrings = R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
<si><r><rPr><b/></rPr><t>Bùi</t></r><r><t xml:space="preserve"> </t></r><r><rPr><i/></rPr><t>Ngọc Nhật</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
<si><t xml:space="preserve">  Dòng 1_x000D_
Dòng 2</t></si>
</sst>)";

const QByteArray kSheetOther = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Khác</t></is></c></row>
</sheetData></worksheet>)";

/// Inline strings, a cell far right (AB3), a gap of rows, cells and rows without references, a formula's cached
/// result, booleans, styled empty cells, an error value and an ISO date.
const QByteArray kSheetUnits = R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:AB6"/>
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Đức Yên</t></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" s="3"/></row>
<row r="3"><c r="AB3"><v>42430</v></c></row>
<row><c t="inlineStr"><is><r><t>Thạch</t></r><r><t xml:space="preserve"> Khê</t></r></is></c><c><v>1.5</v></c></row>
<row r="6"><c r="C6"><f>SUM(A1:A5)</f><v>7</v></c><c r="D6" t="str"><f>A1&amp;""</f><v>Xã</v></c><c r="E6" t="b"><v>1</v></c><c r="F6" t="e"><v>#N/A</v></c><c r="G6" t="s"><v>1</v></c><c r="H6" t="d"><v>2016-03-01T12:00:00</v></c></row>
</sheetData>
<autoFilter ref="A1:B1"/>
</worksheet>)";

Parts minimalWorkbook()
{
    return {{QStringLiteral("[Content_Types].xml"), kContentTypes},
            {QStringLiteral("_rels/.rels"), kPackageRels},
            {QStringLiteral("xl/workbook.xml"), kWorkbook},
            {QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels},
            {QStringLiteral("xl/sharedStrings.xml"), kSharedStrings},
            {QStringLiteral("xl/worksheets/sheet1.xml"), kSheetOther},
            {QStringLiteral("xl/worksheets/sheet2.xml"), kSheetUnits}};
}

/// The minimal workbook with its units sheet replaced by `sheetXml`.
QString workbookWithSheet(const TempFolder& dir, const QByteArray& sheetXml)
{
    Parts parts = minimalWorkbook();
    parts.last().second = sheetXml;
    const QString path = dir.path(QStringLiteral("bad.xlsx"));
    writeZip(path, parts);
    return path;
}

const SheetCell& cell(const Sheet& sheet, int row, int column)
{
    static const SheetCell empty;
    if (row >= sheet.rows.size() || column >= sheet.rows[row].size()) {
        return empty;
    }
    return sheet.rows[row][column];
}

} // namespace

TEST_CASE("An .xlsx export reads back with its Vietnamese text, dates and numbers", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("cán bộ.xlsx"));
    const Status written = XlsxWriter::write(path, {officials()});
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    const Result<QList<Sheet>> read = XlsxReader::read(path);
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read);
    REQUIRE(read.value().size() == 1);
    const Sheet& sheet = read.value().first();
    CHECK(sheet.name == QStringLiteral("Cán bộ"));
    REQUIRE(sheet.rows.size() == 4);
    CHECK(cell(sheet, 0, 0).text == QStringLiteral("Họ và tên"));
    CHECK(cell(sheet, 0, 3).text == QStringLiteral("Tỷ lệ"));

    CHECK(cell(sheet, 1, 0).text == QStringLiteral("Bùi Ngọc Nhật"));
    REQUIRE(cell(sheet, 1, 1).number.has_value());
    CHECK(XlsxReader::excelSerialToDate(*cell(sheet, 1, 1).number) == QDate(1975, 4, 30));
    CHECK(cell(sheet, 1, 2).number == 12.0);
    CHECK(cell(sheet, 1, 3).number == 87.5);
    CHECK(cell(sheet, 1, 4).text == QStringLiteral("Đức Yên"));

    CHECK(cell(sheet, 2, 0).text == QStringLiteral("Đức Yên"));
    REQUIRE(cell(sheet, 2, 1).number.has_value());
    CHECK(XlsxReader::excelSerialToDate(*cell(sheet, 2, 1).number) == QDate(2016, 3, 1));
    CHECK(cell(sheet, 2, 2).number == 0.0);
    CHECK(cell(sheet, 2, 3).number == 0.1);
    CHECK(cell(sheet, 2, 4).isEmpty());

    for (int column = 0; column < 4; ++column) {
        CHECK(cell(sheet, 3, column).isEmpty());
    }
    CHECK(cell(sheet, 3, 4).text == QStringLiteral("Nhà \"Văn hóa\", xã"));
}

TEST_CASE("An .xlsx export has a frozen, filtered header and real date formats", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("format.xlsx"));
    REQUIRE(XlsxWriter::write(path, {officials()}));
    const QByteArray sheetXml = zipPart(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(sheetXml.contains(R"(ySplit="1")"));
    CHECK(sheetXml.contains(R"(<autoFilter ref="A1:E4")"));
    CHECK(sheetXml.contains(R"(width="24.)"));
    const QByteArray styles = zipPart(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(R"(formatCode="dd/mm/yyyy")"));
    CHECK(styles.contains("<b/>"));
    CHECK(styles.contains(R"(patternType="solid")"));
}

TEST_CASE("Several sheets keep their order, with names made valid and unique for Excel", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("sheets.xlsx"));
    const QString longTitle = QStringLiteral("Tiến độ xây dựng nông thôn mới các xã huyện Đức Thọ");
    REQUIRE(XlsxWriter::write(path, {named(QStringLiteral("Xã")), named(QStringLiteral("Huyện")),
                                     named(QStringLiteral("A/B: [1]*?\\")), named(longTitle),
                                     named(QStringLiteral("xã")), named(QString())}));
    const QStringList expected{QStringLiteral("Xã"), QStringLiteral("Huyện"),  QStringLiteral("A-B- -1----"),
                               longTitle.left(31),   QStringLiteral("xã (2)"), QStringLiteral("Sheet 6")};
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    REQUIRE(names);
    CHECK(names.value() == expected);

    const Result<QList<Sheet>> sheets = XlsxReader::read(path);
    REQUIRE(sheets);
    REQUIRE(sheets.value().size() == 6);
    CHECK(cell(sheets.value()[1], 1, 0).text == QStringLiteral("Huyện"));
    CHECK(cell(sheets.value()[3], 1, 0).text == longTitle);
}

TEST_CASE("An export of no tables is still a workbook Excel opens", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("rỗng.xlsx"));
    REQUIRE(XlsxWriter::write(path, {}));
    const Result<QList<Sheet>> sheets = XlsxReader::read(path);
    REQUIRE(sheets);
    REQUIRE(sheets.value().size() == 1);
    CHECK(sheets.value().first().rows.isEmpty());
}

TEST_CASE("CSV export: UTF-8 with BOM, CRLF, quoted fields, dd/MM/yyyy dates", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("cán bộ.csv"));
    REQUIRE(CsvWriter::write(path, officials()));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    const QByteArray bytes = ntm::test::fileBytes(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text == QStringLiteral("Họ và tên,Ngày,Số,Tỷ lệ,Ghi chú\r\n"
                                 "Bùi Ngọc Nhật,30/04/1975,12,87.5,Đức Yên\r\n"
                                 "Đức Yên,01/03/2016,0,0.1,\r\n"
                                 ",,,,\"Nhà \"\"Văn hóa\"\", xã\"\r\n"));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
}

TEST_CASE("CSV quotes line breaks and writes large numbers without exponents", "[spreadsheet]")
{
    TempFolder dir;
    TableData t;
    t.columns = {{QStringLiteral("a")}, {QStringLiteral("b"), TableColumn::Type::Number}};
    t.rows = {{QStringLiteral("hai\ndòng"), 1234567.0}, {QStringLiteral("x\ry"), 2.5e-7}};
    const QString path = dir.path(QStringLiteral("t.csv"));
    REQUIRE(CsvWriter::write(path, t));
    CHECK(QString::fromUtf8(ntm::test::fileBytes(path).mid(3)) ==
          QStringLiteral("a,b\r\n\"hai\ndòng\",1234567\r\n\"x\ry\",0.00000025\r\n"));
}

TEST_CASE("Writing into a missing folder fails, names the file and leaves nothing behind", "[spreadsheet]")
{
    TempFolder dir;
    const QString xlsx = dir.path(QStringLiteral("không có/bảng.xlsx"));
    const Status x = XlsxWriter::write(xlsx, {officials()});
    REQUIRE_FALSE(x);
    CHECK(x.error().message.contains(QStringLiteral("bảng.xlsx")));
    CHECK_FALSE(QFile::exists(xlsx));
    CHECK_FALSE(QFile::exists(xlsx + QStringLiteral(".part")));

    const QString csv = dir.path(QStringLiteral("không có/bảng.csv"));
    const Status c = CsvWriter::write(csv, officials());
    REQUIRE_FALSE(c);
    CHECK(c.error().message.contains(QStringLiteral("bảng.csv")));
    CHECK_FALSE(QFile::exists(csv));
    CHECK_FALSE(QFile::exists(csv + QStringLiteral(".part")));
}

TEST_CASE("A failed export keeps the file it would have replaced, and a good one replaces it", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("bảng.xlsx"));
    REQUIRE(XlsxWriter::write(path, {named(QStringLiteral("Cũ"))}));
    const QByteArray before = ntm::test::fileBytes(path);

    TableData tooLong = named(QStringLiteral("Mới"));
    tooLong.rows = {{QString(40'000, QLatin1Char('x'))}};
    const Status failed = XlsxWriter::write(path, {tooLong});
    REQUIRE_FALSE(failed);
    CHECK(failed.error().message.contains(QStringLiteral("A2")));
    CHECK(ntm::test::fileBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));

    REQUIRE(XlsxWriter::write(path, {named(QStringLiteral("Mới"))}));
    const Result<QStringList> names = XlsxReader::sheetNames(path);
    REQUIRE(names);
    CHECK(names.value() == QStringList{QStringLiteral("Mới")});
}

TEST_CASE("XlsxReader refuses missing files, text files and other zips with a message", "[spreadsheet]")
{
    TempFolder dir;
    const Result<QList<Sheet>> missing = XlsxReader::read(dir.path(QStringLiteral("không có.xlsx")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("không có.xlsx")));

    const QString text = dir.path(QStringLiteral("ghi chú.xlsx"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Họ và tên,Ngày\r\n");
    f.close();
    const Result<QList<Sheet>> notZip = XlsxReader::read(text);
    REQUIRE_FALSE(notZip);
    CHECK(notZip.error().message.contains(QStringLiteral("is not an Excel .xlsx file")));
    CHECK_FALSE(XlsxReader::sheetNames(text));

    const QString empty = dir.path(QStringLiteral("rỗng.xlsx"));
    REQUIRE(QFile(empty).open(QIODevice::WriteOnly));
    CHECK_FALSE(XlsxReader::read(empty));

    const QString otherZip = dir.path(QStringLiteral("khác.xlsx"));
    writeZip(otherZip, {{QStringLiteral("word/document.xml"), QByteArray("<document/>")}});
    const Result<QList<Sheet>> notBook = XlsxReader::read(otherZip);
    REQUIRE_FALSE(notBook);
    CHECK(notBook.error().message.contains(QStringLiteral("is not an Excel .xlsx file")));

    CHECK_FALSE(XlsxReader::read(dir.path(QString())));
}

TEST_CASE("XlsxReader reads a hand-made workbook: order, inline and rich text, AB3, formulas", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("tay.xlsx"));
    writeZip(path, minimalWorkbook());
    const Result<QList<Sheet>> read = XlsxReader::read(path);
    INFO((read ? QString() : read.error().message).toStdString());
    REQUIRE(read);
    REQUIRE(read.value().size() == 2);
    CHECK(read.value()[1].name == QStringLiteral("Khác"));
    CHECK(cell(read.value()[1], 0, 0).text == QStringLiteral("Khác"));

    const Sheet& units = read.value()[0];
    CHECK(units.name == QStringLiteral("Đơn vị"));
    REQUIRE(units.rows.size() == 6);
    CHECK(cell(units, 0, 0).text == QStringLiteral("Xã Đức Yên"));
    CHECK_FALSE(cell(units, 0, 0).number.has_value());
    CHECK(cell(units, 0, 1).text == QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(units.rows[0].size() == 2); // the styled empty C1 does not pad the row
    CHECK(units.rows[1].isEmpty());

    REQUIRE(units.rows[2].size() == 28);
    CHECK(cell(units, 2, 27).text == QStringLiteral("42430"));
    CHECK(cell(units, 2, 27).number == 42430.0);
    CHECK(cell(units, 2, 26).isEmpty());
    CHECK(XlsxReader::excelSerialToDate(*cell(units, 2, 27).number) == QDate(2016, 3, 1));

    CHECK(cell(units, 3, 0).text == QStringLiteral("Thạch Khê")); // row 4: no r, follows row 3
    CHECK(cell(units, 3, 1).number == 1.5);                       // B4: no r, follows A4

    CHECK(cell(units, 5, 2).number == 7.0);
    CHECK(cell(units, 5, 2).text == QStringLiteral("7"));
    CHECK(cell(units, 5, 3).text == QStringLiteral("Xã"));
    CHECK(cell(units, 5, 4).text == QStringLiteral("TRUE"));
    CHECK(cell(units, 5, 5).text == QStringLiteral("#N/A"));
    CHECK(cell(units, 5, 6).text == QStringLiteral("  Dòng 1\r\nDòng 2"));
    CHECK(cell(units, 5, 7).number == 42430.5); // an ISO date cell reads like the serial Excel usually writes

    const Result<QStringList> names = XlsxReader::sheetNames(path);
    REQUIRE(names);
    CHECK(names.value() == QStringList{QStringLiteral("Đơn vị"), QStringLiteral("Khác")});
}

TEST_CASE("XlsxReader reports damaged parts and impossible cells instead of crashing", "[spreadsheet]")
{
    TempFolder dir;
    const auto failure = [&](const QByteArray& sheetXml) {
        const Result<QList<Sheet>> r = XlsxReader::read(workbookWithSheet(dir, sheetXml));
        REQUIRE_FALSE(r);
        return r.error().message;
    };
    const QByteArray head = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";

    CHECK(failure(head + "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>")
              .contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(failure(QByteArray()).contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    CHECK(failure(head + R"(<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>)")
              .contains(QStringLiteral("XFE1")));
    CHECK(failure(head + R"(<sheetData><row r="1"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>)")
              .contains(QStringLiteral("A1048577")));
    CHECK(failure(head + R"(<sheetData><row r="1"><c r="ABCDEFGHIJKLMNOPQRSTUVWXYZ99999999999999999"><v>1</v></c>)"
                         R"(</row></sheetData></worksheet>)")
              .contains(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ")));
    CHECK(failure(head + R"(<sheetData><row r="1"><c r="1A"><v>1</v></c></row></sheetData></worksheet>)")
              .contains(QStringLiteral("1A")));
    CHECK(failure(head + R"(<sheetData><row r="2000000"><c><v>1</v></c></row></sheetData></worksheet>)")
              .contains(QStringLiteral("2000000")));
    CHECK(failure(head + R"(<sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>)")
              .contains(QStringLiteral("A1")));

    Parts noSheetPart = minimalWorkbook();
    noSheetPart.removeLast();
    const QString path = dir.path(QStringLiteral("thiếu.xlsx"));
    writeZip(path, noSheetPart);
    const Result<QList<Sheet>> missing = XlsxReader::read(path);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
}

TEST_CASE("XlsxReader refuses damaged or hostile zip archives with a message", "[spreadsheet]")
{
    TempFolder dir;
    const QString path = dir.path(QStringLiteral("hỏng.xlsx"));
    const auto failure = [&](const QByteArray& bytes) {
        writeFile(path, bytes);
        const Result<QList<Sheet>> r = XlsxReader::read(path);
        REQUIRE_FALSE(r);
        return r.error().message;
    };
    const QByteArray good = zipOf(minimalWorkbook());
    const QByteArray part = "xl/workbook.xml";
    const qsizetype local = good.indexOf(part);
    const qsizetype central = good.indexOf(part, local + 1);
    REQUIRE(central > local);

    QByteArray flipped = good;
    flipped[local + part.size() + 3] = char(flipped[local + part.size() + 3] ^ 0x55);
    CHECK(failure(flipped).contains(QStringLiteral("xl/workbook.xml")));

    CHECK(failure(good.left(good.size() / 2)).contains(QStringLiteral("is not an Excel .xlsx file")));

    QByteArray lostDirectory = good;
    qToLittleEndian(quint32(0x7FFFFFFF), lostDirectory.data() + lostDirectory.size() - 6);
    CHECK(failure(lostDirectory).contains(QStringLiteral("damaged")));

    QByteArray bomb = good; // claims a gigabyte of XML behind a few hundred bytes
    qToLittleEndian(quint32(0x40000000), bomb.data() + central - 46 + 24);
    CHECK(failure(bomb).contains(QStringLiteral("too large")));

    QByteArray lying = good; // claims less than there is
    qToLittleEndian(quint32(10), lying.data() + central - 46 + 24);
    CHECK(failure(lying).contains(QStringLiteral("xl/workbook.xml")));
}

TEST_CASE("XlsxReader refuses a sheet too large to hold in memory", "[spreadsheet]")
{
    TempFolder dir;
    // Two far cells in each of many rows would need millions of empty cells in between.
    QByteArray rows;
    for (int r = 1; r <= 400; ++r) {
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"XFD" + QByteArray::number(r) + "\"><v>1</v></c></row>";
    }
    const Result<QList<Sheet>> r = XlsxReader::read(workbookWithSheet(
        dir, R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" + rows +
                 "</sheetData></worksheet>"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("too large")));
}

TEST_CASE("Excel serial numbers become dates, around Excel's invented 29 February 1900", "[spreadsheet]")
{
    CHECK(XlsxReader::excelSerialToDate(42430) == QDate(2016, 3, 1));
    CHECK(XlsxReader::excelSerialToDate(42430.75) == QDate(2016, 3, 1));
    CHECK(XlsxReader::excelSerialToDate(1) == QDate(1900, 1, 1));
    CHECK(XlsxReader::excelSerialToDate(59) == QDate(1900, 2, 28));
    CHECK_FALSE(XlsxReader::excelSerialToDate(60).isValid());
    CHECK(XlsxReader::excelSerialToDate(61) == QDate(1900, 3, 1));
    CHECK(XlsxReader::excelSerialToDate(2958465) == QDate(9999, 12, 31));
    CHECK_FALSE(XlsxReader::excelSerialToDate(0).isValid());
    CHECK_FALSE(XlsxReader::excelSerialToDate(-5).isValid());
    CHECK_FALSE(XlsxReader::excelSerialToDate(2958466).isValid());
    CHECK_FALSE(XlsxReader::excelSerialToDate(std::nan("")).isValid());
}
