// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet import of officials and rotations: CSV reading, column mapping, values, rules, one transaction.
#include "TestSupport.h"

#include "db/Sql.h"
#include "exchange/XlsxWriter.h"
#include "service/OfficialService.h"
#include "service/RotationService.h"
#include "sheetimport/ColumnMapping.h"
#include "sheetimport/CsvReader.h"
#include "sheetimport/SheetImport.h"
#include "sheetimport/SheetValueParser.h"
#include "store/OfficialStore.h"
#include "store/UnitStore.h"
#include "util/TextFold.h"

#include <QFile>
#include <QSet>

using namespace ntm::core;
using namespace ntm::test;

/// Rows of the tables an import writes to, to prove what was (not) written.
struct Counts
{
    int officials = 0;
    int rotations = 0;
    int audit = 0;
    bool operator==(const Counts&) const = default;
};

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

/// CSV lines as Excel's "CSV UTF-8" writes them: a byte-order mark, CRLF.
QString csvFile(const TempFolder& tmp, const QString& name, const QStringList& lines, bool bom = true)
{
    const QString path = tmp.path(name);
    writeBytes(path, QByteArray(bom ? "\xEF\xBB\xBF" : "") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

/// An .xlsx file with real dates (Excel serial numbers) where the rows hold QDates.
QString xlsxFile(const TempFolder& tmp, const QString& name, const QStringList& headers,
                 const QList<QVariantList>& rows)
{
    TableData t;
    t.title = QStringLiteral("Danh sách");
    for (int c = 0; c < headers.size(); ++c) {
        const bool date = !rows.isEmpty() && rows.constFirst().value(c).typeId() == QMetaType::QDate;
        t.columns.append({headers.at(c), date ? TableColumn::Type::Date : TableColumn::Type::Text, 15});
    }
    t.rows = rows;
    const QString path = tmp.path(name);
    const Status written = XlsxWriter::write(path, {t});
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    return path;
}

int count(Database& db, const char* table)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toInt();
}

Counts counts(Database& db)
{
    return {count(db, "official"), count(db, "rotation"), count(db, "audit_log")};
}

SheetImportRequest request(const QString& path, SheetImportKind kind)
{
    SheetImportRequest r;
    r.path = path;
    r.kind = kind;
    return r;
}

SheetImportPreview previewOf(Database& db, const SheetImportRequest& r)
{
    auto p = SheetImport(db).preview(r);
    INFO((p ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return std::move(p).value();
}

SheetImportOutcome importOf(Database& db, const SheetImportRequest& r, bool skip = false)
{
    SheetImportOptions options;
    options.skipRowsWithErrors = skip;
    auto o = SheetImport(db).import(r, options);
    INFO((o ? QString() : o.error().message).toStdString());
    REQUIRE(o.ok());
    return std::move(o).value();
}

QStringList texts(const QList<SheetImportProblem>& problems)
{
    QStringList out;
    for (const SheetImportProblem& p : problems) {
        out.append(p.toString());
    }
    return out;
}

QString officialId(Database& db, const QString& name, const QDate& birth, const QString& unit = {})
{
    Official o;
    o.fullName = name;
    o.birthDate = birth;
    o.homeUnit = unit;
    const auto id = OfficialService(db).create(o);
    REQUIRE(id.ok());
    return id.value();
}

const QStringList kOfficialHeaders{
    QStringLiteral("STT"),           QStringLiteral("Họ và tên"),       QStringLiteral("Giới tính"),
    QStringLiteral("Ngày sinh"),     QStringLiteral("Đơn vị công tác"), QStringLiteral("Chức vụ"),
    QStringLiteral("Số điện thoại"), QStringLiteral("Ghi chú")};

/// One demo database per test process, built on first use (see DemoTest.cpp).
Database& demoDb()
{
    static TempFolder folder;
    static std::unique_ptr<Database> db = openDemo(folder.path(QStringLiteral("demo.ntm")));
    return *db;
}

} // namespace

namespace Catch {
template <> struct StringMaker<::Counts>
{
    static std::string convert(const ::Counts& c)
    {
        return "{officials " + std::to_string(c.officials) + ", rotations " + std::to_string(c.rotations) + ", audit " +
               std::to_string(c.audit) + "}";
    }
};
} // namespace Catch

TEST_CASE("CsvReader: BOM, commas, quotes, line breaks inside quotes, CR/LF/CRLF", "[sheetimport][csv]")
{
    const QByteArray bytes =
        "\xEF\xBB\xBFH\xE1\xBB\x8D v\xC3\xA0 t\xC3\xAAn,Ghi ch\xC3\xBA\r\n"
        "\"B\xC3\xB9i Ng\xE1\xBB\x8D\x63 Nh\xE1\xBA\xADt\",\"Nh\xC3\xA0 \"\"V\xC4\x83n h\xC3\xB3\x61\"\", x\xC3\xA3\"\n"
        "A,\"hai\r\ndòng\"\r"
        "\r\n"
        "B,\r\n";
    const auto sheet = CsvReader::parse(bytes, QStringLiteral("t.csv"));
    REQUIRE(sheet.ok());
    const auto& rows = sheet.value().rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows.at(0).at(0).text == QStringLiteral("Họ và tên"));
    CHECK(rows.at(1).at(0).text == QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(rows.at(1).at(1).text == QStringLiteral("Nhà \"Văn hóa\", xã"));
    CHECK(rows.at(2).at(1).text == QStringLiteral("hai\r\ndòng"));
    CHECK(rows.at(3).isEmpty());     // the empty line stays a row, so row numbers match the spreadsheet's
    REQUIRE(rows.at(4).size() == 1); // trailing empty cells are dropped
    CHECK_FALSE(rows.at(1).at(0).number.has_value());
}

TEST_CASE("CsvReader: semicolon without BOM, Excel's sep= line, and an unclosed quote", "[sheetimport][csv]")
{
    const auto semicolons =
        CsvReader::parse("Full name;Birth date;Note\nAn, B;01/02/1980;x\n", QStringLiteral("a.csv"));
    REQUIRE(semicolons.ok());
    REQUIRE(semicolons.value().rows.size() == 2);
    CHECK(semicolons.value().rows.at(1).at(0).text == QStringLiteral("An, B"));
    CHECK(semicolons.value().rows.at(1).at(1).text == QStringLiteral("01/02/1980"));
    const auto hinted = CsvReader::parse("sep=;\r\nA,1;B\r\n", QStringLiteral("b.csv"));
    REQUIRE(hinted.ok());
    REQUIRE(hinted.value().rows.size() == 1);
    CHECK(hinted.value().rows.at(0).size() == 2);
    const auto open = CsvReader::parse("A,B\n1,\"never\nclosed\n", QStringLiteral("c.csv"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().message.contains(QStringLiteral("line 2")));
}

TEST_CASE("CsvReader: other encodings get the advice to save as CSV UTF-8", "[sheetimport][csv]")
{
    TempFolder tmp;
    // "Họ và tên,Ngày sinh" / "Bùi Ngọc Nhật" as Windows-1258 and Latin-1 bytes, which are not UTF-8.
    const QString ansi = tmp.path(QStringLiteral("ansi.csv"));
    writeBytes(ansi, "Ho\xF2 v\xE0 t\xEAn,Ng\xE0y sinh\r\nB\xF9i Ngo\xF2\x63 Nh\xE2\xF2t,30/04/1975\r\n");
    const auto a = CsvReader::read(ansi);
    REQUIRE_FALSE(a.ok());
    CHECK(a.error().message.contains(QStringLiteral("not in UTF-8: line 1")));
    CHECK(a.error().message.contains(QStringLiteral("File > Save As > CSV UTF-8 (Comma delimited)")));
    const QString utf16 = tmp.path(QStringLiteral("unicode.csv"));
    const QString text = QStringLiteral("Họ và tên\tNgày sinh\r\n");
    writeBytes(utf16,
               QByteArray("\xFF\xFE") + QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
    const auto u = CsvReader::read(utf16);
    REQUIRE_FALSE(u.ok());
    CHECK(u.error().message.contains(QStringLiteral("UTF-16")));
    CHECK(u.error().message.contains(QStringLiteral("CSV UTF-8 (Comma delimited)")));
    // Refused from its size alone: the sparse file is never read.
    const QString huge = tmp.path(QStringLiteral("huge.csv"));
    QFile f(huge);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.resize(CsvReader::kMaxBytes + 1));
    f.close();
    const auto h = CsvReader::read(huge);
    REQUIRE_FALSE(h.ok());
    CHECK(h.error().message.contains(QStringLiteral("200 MB")));
    CHECK(CsvReader::read(tmp.path(QStringLiteral("none.csv")))
              .error()
              .message.contains(QStringLiteral("does not exist")));
}

TEST_CASE("Values: dates as text in several forms and as Excel numbers", "[sheetimport][values]")
{
    const auto d = [](const SheetCell& c) { return SheetValueParser::date(c); };
    CHECK(d({QStringLiteral("30/04/1975"), {}}).value() == QDate(1975, 4, 30));
    CHECK(d({QStringLiteral("1/3/2016"), {}}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("01-03-2016"), {}}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("01.03.2016"), {}}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("2016-03-01"), {}}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("01/03/2016 00:00:00"), {}}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("42430"), 42430.0}).value() == QDate(2016, 3, 1));
    CHECK(d({QStringLiteral("27514.5"), 27514.5}).value() == QDate(1975, 4, 30));
    CHECK_FALSE(d({QString(), {}}).value().isValid());
    CHECK(d({QStringLiteral("31/02/1975"), {}}).error().message == QStringLiteral("31/02/1975 is not a date"));
    CHECK_FALSE(d({QStringLiteral("1975"), 1975.0}).ok()); // a year typed as a number is no date of 1905
    CHECK(SheetValueParser::gender({QStringLiteral("Nữ"), {}}).value() == Gender::Female);
    CHECK(SheetValueParser::gender({QStringLiteral("nam"), {}}).value() == Gender::Male);
    CHECK(SheetValueParser::kind({QStringLiteral("luan chuyen"), {}}).value() == RotationKind::LuanChuyen);
    CHECK(SheetValueParser::kind({QStringLiteral("Điều động"), {}}).value() == RotationKind::DieuDong);
    CHECK(SheetValueParser::kind({QStringLiteral("Biệt phái"), {}}).value() == RotationKind::BietPhai);
    CHECK_FALSE(SheetValueParser::kind({QStringLiteral("Bổ nhiệm"), {}}).ok());
    CHECK(SheetValueParser::evaluation({QStringLiteral("Hoàn thành tốt nhiệm vụ"), {}}).value() == Evaluation::Tot);
    CHECK(SheetValueParser::evaluation({QStringLiteral("Không hoàn thành"), {}}).value() == Evaluation::KhongHoanThanh);
    CHECK(SheetValueParser::evaluation({QStringLiteral("HT xuất sắc"), {}}).value() == Evaluation::XuatSac);
}

TEST_CASE("Column mapping: Vietnamese and English headers, per kind, overridable", "[sheetimport][mapping]")
{
    using F = SheetField;
    const auto o = [](const char* h) {
        return ColumnMapping::fieldOf(SheetImportKind::Officials, QString::fromUtf8(h));
    };
    const auto r = [](const char* h) {
        return ColumnMapping::fieldOf(SheetImportKind::Rotations, QString::fromUtf8(h));
    };
    CHECK(o("Họ và tên") == F::FullName);
    CHECK(o("  HỌ TÊN ") == F::FullName);
    CHECK(o("Full name") == F::FullName);
    CHECK(o("Date of birth") == F::BirthDate);
    CHECK(o("Ngày sinh (dd/mm/yyyy)") == F::BirthDate);
    CHECK(o("Đơn vị") == F::HomeUnit);
    CHECK(o("Chức vụ") == F::Position);
    CHECK(o("SĐT") == F::Phone);
    CHECK(o("STT") == F::None);
    CHECK(r("Đơn vị") == F::FromUnit);
    CHECK(r("Số QĐ") == F::DecisionNo);
    CHECK(r("Decision no.") == F::DecisionNo);
    CHECK(r("Ngày QĐ") == F::DecisionDate);
    CHECK(r("Xã được cử đến") == F::Commune);
    CHECK(r("Xã được luân chuyển đến") == F::Commune);
    CHECK(r("Họ và tên cán bộ được luân chuyển") == F::FullName);
    CHECK(r("Dự kiến kết thúc") == F::PlannedEnd);
    CHECK(r("Ngày kết thúc") == F::ActualEnd);

    // "Chức vụ" is the commune position, unless a more precise column is: then it is the position left behind.
    Sheet sheet{QStringLiteral("s"),
                {{{QStringLiteral("DANH SÁCH CÁN BỘ LUÂN CHUYỂN"), {}}},
                 {{QStringLiteral("Họ và tên"), {}},
                  {QStringLiteral("Chức vụ"), {}},
                  {QStringLiteral("Xã"), {}},
                  {QStringLiteral("Chức vụ tại xã"), {}},
                  {QStringLiteral("Ghi chú"), {}}}}};
    const int header = ColumnMapping::findHeaderRow(SheetImportKind::Rotations, sheet);
    CHECK(header == 1);
    ColumnMapping m = ColumnMapping::recognise(SheetImportKind::Rotations, sheet, header);
    CHECK(m.field(1) == F::FromPosition);
    CHECK(m.field(3) == F::ToPosition);
    CHECK(m.header(F::ToPosition) == QStringLiteral("Chức vụ tại xã"));
    CHECK(m.missingRequired().contains(F::DecisionNo));
    CHECK(m.set(4, F::IssuingBody)); // the caller decides: "Ghi chú" holds the issuing body
    CHECK(m.set(1, F::ToPosition));  // and moves a field: column 3 loses it
    CHECK(m.field(3) == F::None);
    CHECK(m.field(4) == F::IssuingBody);
    CHECK_FALSE(m.set(0, F::Phone)); // not a field of rotations
    CHECK(SheetImport::fields(SheetImportKind::Officials).size() == 7);
    CHECK(SheetImport::fields(SheetImportKind::Rotations).constFirst().key == QStringLiteral("full_name"));
}

TEST_CASE("Officials from .xlsx with Vietnamese headers and Excel dates, and a second import adds nothing",
          "[sheetimport][officials]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("o.ntm")));
    const QString path = xlsxFile(
        tmp, QStringLiteral("can-bo.xlsx"), kOfficialHeaders,
        {{1, QStringLiteral("Bùi Ngọc Nhật"), QStringLiteral("Nam"), QDate(1975, 4, 30),
          QStringLiteral("LĐLĐ huyện Đức Thọ"), QStringLiteral("Chủ tịch"), QStringLiteral("0912345678"), QString()},
         {2, QStringLiteral("Nguyễn Thị Hoa"), QStringLiteral("Nữ"), QDate(1984, 11, 2), QStringLiteral("UBND huyện"),
          QStringLiteral("Chuyên viên"), QString(), QStringLiteral("Đảng viên")},
         {3, QStringLiteral("Phạm Tiến Nam"), QStringLiteral("nam"), QDate(1988, 1, 15),
          QStringLiteral("Huyện đoàn Thạch Hà"), QStringLiteral("Bí thư"), QString(), QString()}});
    const Counts before = counts(*db);
    const SheetImportPreview p = previewOf(*db, request(path, SheetImportKind::Officials));
    CHECK(counts(*db) == before); // a preview writes nothing
    CHECK(p.valid == 3);
    CHECK(p.errors.isEmpty());
    CHECK(p.mapping.field(0) == SheetField::None);
    CHECK(p.mapping.field(3) == SheetField::BirthDate);
    CHECK(p.sheetNames == QStringList{QStringLiteral("Danh sách")});
    const SheetImportOutcome first = importOf(*db, request(path, SheetImportKind::Officials));
    CHECK(first.written);
    CHECK(first.imported == 3);
    CHECK(counts(*db) == Counts{before.officials + 3, 0, before.audit + 3}); // one audit entry per official
    const auto all = OfficialStore(*db).all().value();
    const auto nhat =
        std::find_if(all.cbegin(), all.cend(), [](const Official& o) { return o.fullName.startsWith(u'B'); });
    REQUIRE(nhat != all.cend());
    CHECK(nhat->birthDate == QDate(1975, 4, 30));
    CHECK(nhat->phone == QStringLiteral("0912345678"));
    CHECK(nhat->homeUnit == QStringLiteral("LĐLĐ huyện Đức Thọ"));

    // Same name and birth date: already present, left as it is; nothing new, no error.
    const SheetImportOutcome second = importOf(*db, request(path, SheetImportKind::Officials));
    CHECK(second.imported == 0);
    CHECK(second.checked.alreadyPresent == 3);
    CHECK(second.checked.errors.isEmpty());
    CHECK(second.checked.rows.constFirst().status == SheetRowStatus::AlreadyPresent);
    CHECK(counts(*db) == Counts{before.officials + 3, 0, before.audit + 3});
}

TEST_CASE("Officials from a BOM-less semicolon CSV with English headers, and bad rows stop or are skipped",
          "[sheetimport][officials]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("o.ntm")));
    const QString path = csvFile(tmp, QStringLiteral("officials.csv"),
                                 {QStringLiteral("Full name;Gender;Date of birth;Unit;Position;Phone;Note"),
                                  QStringLiteral("Lê Văn Tám;Male;12/08/1979;Ban Tổ chức;Phó ban;;"),
                                  QStringLiteral("Trần Thị Mai;F;31/02/1975;Huyện ủy;Chánh VP;;"),
                                  QStringLiteral(";Nữ;01/01/1980;;;;no name"),
                                  QStringLiteral("Lê Văn Tám;Nam;12/08/1979;Ban Tổ chức;Phó ban;;again"),
                                  QStringLiteral("Hồ Văn Út;Nam;1990-06-01;UBND;Chuyên viên;;")},
                                 false);
    const Counts before = counts(*db);
    const SheetImportPreview p = previewOf(*db, request(path, SheetImportKind::Officials));
    CHECK(p.valid == 2);
    CHECK(p.errorRows() == 3);
    const QStringList errors = texts(p.errors);
    CHECK(errors.contains(QStringLiteral("row 3, Date of birth: 31/02/1975 is not a date")));
    CHECK(errors.contains(QStringLiteral("row 4, Full name: Enter the official's full name.")));
    CHECK(errors.contains(QStringLiteral("row 5, Full name: The same official (name and birth date) as in row 2.")));

    const SheetImportOutcome stopped = importOf(*db, request(path, SheetImportKind::Officials));
    CHECK_FALSE(stopped.written);
    CHECK(stopped.imported == 0);
    CHECK(stopped.checked.errors.size() == 3);
    CHECK(counts(*db) == before);

    const SheetImportOutcome skipped = importOf(*db, request(path, SheetImportKind::Officials), true);
    CHECK(skipped.written);
    CHECK(skipped.imported == 2);
    CHECK(skipped.skipped == 3);
    CHECK(counts(*db) == Counts{before.officials + 2, 0, before.audit + 2});
}

TEST_CASE("A sheet without a required column names it and imports nothing", "[sheetimport][mapping]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("o.ntm")));
    makeFixture(*db);
    const QString path = csvFile(tmp, QStringLiteral("r.csv"),
                                 {QStringLiteral("Họ và tên,Xã,Từ ngày"), QStringLiteral("A,An Hòa,01/01/2020")});
    SheetImportRequest r = request(path, SheetImportKind::Rotations);
    const SheetImportPreview p = previewOf(*db, r);
    CHECK(p.headerIncomplete());
    CHECK(p.rows.isEmpty());
    CHECK(texts(p.errors).join(u'\n').contains(QStringLiteral("row 1: No column holds Decision no.")));
    const Counts before = counts(*db);
    const SheetImportOutcome o = importOf(*db, r, true);
    CHECK_FALSE(o.written);
    CHECK(counts(*db) == before);
}

TEST_CASE("The caller's mapping overrides the recognised one", "[sheetimport][mapping]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("o.ntm")));
    const QString path = csvFile(tmp, QStringLiteral("o.csv"),
                                 {QStringLiteral("Tên,Sinh,Ghi chú"), QStringLiteral("Võ Thị Sáu,01/01/1980,x")});
    SheetImportRequest r = request(path, SheetImportKind::Officials);
    CHECK(previewOf(*db, r).headerIncomplete());
    r.headerRow = 1;
    r.columns = {{0, SheetField::FullName}, {1, SheetField::BirthDate}, {2, SheetField::None}};
    const SheetImportPreview p = previewOf(*db, r);
    CHECK_FALSE(p.headerIncomplete());
    CHECK(p.valid == 1);
    CHECK(p.mapping.columns().at(0).overridden);
    CHECK(p.mapping.column(SheetField::Note) < 0);
    CHECK(importOf(*db, r).imported == 1);
    CHECK(OfficialStore(*db).all().value().constFirst().birthDate == QDate(1980, 1, 1));
}

TEST_CASE("Files that cannot be imported are an Error, not a preview", "[sheetimport]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("o.ntm")));
    SheetImport importer(*db);
    const auto missing = importer.preview(request(tmp.path(QStringLiteral("none.xlsx")), SheetImportKind::Officials));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
    writeBytes(tmp.path(QStringLiteral("empty.xlsx")), QByteArray());
    CHECK_FALSE(importer.preview(request(tmp.path(QStringLiteral("empty.xlsx")), SheetImportKind::Officials)).ok());
    SheetImportRequest r =
        request(xlsxFile(tmp, QStringLiteral("a.xlsx"), kOfficialHeaders, {}), SheetImportKind::Officials);
    r.sheetName = QStringLiteral("danh sach"); // diacritics optional
    CHECK(importer.preview(r).ok());
    r.sheetName = QStringLiteral("Sheet9");
    const auto unknown = importer.preview(r);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(QStringLiteral("Danh sách")));
    CHECK(SheetImport::sheetNames(r.path).value() == QStringList{QStringLiteral("Danh sách")});
}

namespace {
const QStringList kRotationHeaders{
    QStringLiteral("Họ và tên"),       QStringLiteral("Ngày sinh"),       QStringLiteral("Hình thức"),
    QStringLiteral("Số quyết định"),   QStringLiteral("Ngày quyết định"), QStringLiteral("Cơ quan ban hành"),
    QStringLiteral("Đơn vị công tác"), QStringLiteral("Chức vụ"),         QStringLiteral("Xã được cử đến"),
    QStringLiteral("Chức vụ tại xã"),  QStringLiteral("Từ ngày"),         QStringLiteral("Dự kiến kết thúc")};

QString rotationLine(const QString& name, const QString& birth, const QString& kind, const QString& decision,
                     const QString& decided, const QString& commune, const QString& start, const QString& end)
{
    return QStringList{name,
                       birth,
                       kind,
                       decision,
                       decided,
                       QStringLiteral("BTV Huyện ủy An Phú"),
                       QStringLiteral("Ban Tổ chức Huyện ủy"),
                       QStringLiteral("Chuyên viên"),
                       commune,
                       QStringLiteral("Phó Chủ tịch UBND xã"),
                       start,
                       end}
        .join(u',');
}
} // namespace

TEST_CASE("Rotations: officials by name, communes as of the start, overlaps and decisions in the file and the "
          "database",
          "[sheetimport][rotations]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("r.ntm")));
    const Fixture f = makeFixture(*db);
    officialId(*db, QStringLiteral("Nguyễn Văn An"), QDate(1980, 5, 4), QStringLiteral("Huyện đoàn"));
    officialId(*db, QStringLiteral("Nguyễn Văn An"), QDate(1975, 1, 1), QStringLiteral("Ban Dân vận"));
    Rotation existing;
    existing.officialId = officialId(*db, QStringLiteral("Trần Thị Bình"), QDate(1982, 3, 3));
    existing.decisionNo = QStringLiteral("12-QĐ/HU");
    existing.decisionDate = QDate(2016, 2, 20);
    existing.issuingBody = QStringLiteral("BTV Huyện ủy An Phú");
    existing.communeId = f.communeA1;
    existing.toPosition = QStringLiteral("Chủ tịch UBND xã");
    existing.startDate = QDate(2016, 3, 1);
    existing.plannedEnd = QDate(2019, 2, 28);
    REQUIRE(RotationService(*db).create(existing, Warnings::Accept).ok());

    const QString lc = QStringLiteral("Luân chuyển");
    const QString dd = QStringLiteral("Điều động");
    const QString binh = QStringLiteral("Trần Thị Bình");
    const QString an = QStringLiteral("Nguyễn Văn An");
    const QString path = csvFile(
        tmp, QStringLiteral("luan-chuyen.csv"),
        {kRotationHeaders.join(u','),
         rotationLine(binh, {}, lc, QStringLiteral("15-QĐ/HU"), QStringLiteral("10/01/2018"),
                      QStringLiteral("Bình Minh"), QStringLiteral("01/02/2018"),
                      QStringLiteral("31/01/2021")), // 2: overlap DB
         rotationLine(an, {}, dd, QStringLiteral("16-QĐ/HU"), QStringLiteral("10/01/2020"), QStringLiteral("Bình Minh"),
                      QStringLiteral("01/02/2020"), QStringLiteral("31/01/2021")), // 3: ambiguous
         rotationLine(an, QStringLiteral("04/05/1980"), lc, QStringLiteral("20-QĐ/HU"), QStringLiteral("15/12/2019"),
                      QStringLiteral("binh minh"), QStringLiteral("01/01/2020"), QStringLiteral("31/12/2022")), // 4: ok
         rotationLine(an, QStringLiteral("04/05/1980"), dd, QStringLiteral("21-QĐ/HU"), QStringLiteral("01/05/2021"),
                      QStringLiteral("An Hòa"), QStringLiteral("01/06/2021"),
                      QStringLiteral("31/05/2022")), // 5: overlaps 4
         rotationLine(binh, {}, dd, QStringLiteral("20-QĐ/HU"), QStringLiteral("15/12/2019"), QStringLiteral("An Hòa"),
                      QStringLiteral("01/01/2020"), QStringLiteral("31/12/2020")), // 6: decision of 4
         rotationLine(binh, {}, dd, QStringLiteral("12 - QĐ/HU"), QStringLiteral("15/12/2020"),
                      QStringLiteral("An Hòa"), QStringLiteral("01/01/2021"),
                      QStringLiteral("31/12/2021")), // 7: decision in DB
         rotationLine(QStringLiteral("Lê Văn Cường"), QStringLiteral("02/02/1985"), dd, QStringLiteral("30-QĐ/HU"),
                      QStringLiteral("15/12/2019"), QStringLiteral("An Hòa"), QStringLiteral("01/01/2020"),
                      QStringLiteral("31/12/2020")), // 8: unknown
         rotationLine(QStringLiteral("Lê Văn Cường"), QStringLiteral("02/02/1985"), dd, QStringLiteral("31-QĐ/HU"),
                      QStringLiteral("15/12/2020"), QStringLiteral("Xã Không Có"), QStringLiteral("01/01/2021"),
                      QStringLiteral("31/12/2021")), // 9: no commune
         rotationLine(binh, {}, dd, QStringLiteral("32-QĐ/HU"), QStringLiteral("15/12/2022"),
                      QStringLiteral("Ân Phong"), QStringLiteral("01/01/2023"),
                      QStringLiteral("31/12/2023"))}); // 10: merged 2020

    const Counts before = counts(*db);
    SheetImportRequest r = request(path, SheetImportKind::Rotations);
    const SheetImportPreview p = previewOf(*db, r);
    CHECK(counts(*db) == before);
    CHECK(p.mapping.field(6) == SheetField::FromUnit);
    CHECK(p.mapping.field(7) == SheetField::FromPosition);
    CHECK(p.mapping.field(9) == SheetField::ToPosition);
    CHECK(p.valid == 1);
    REQUIRE(p.rows.size() == 9);
    CHECK(p.rows.at(2).status == SheetRowStatus::Valid);
    CHECK(p.rows.at(2).label == QStringLiteral("Nguyễn Văn An → Xã Bình Minh"));
    const QString all = texts(p.errors).join(u'\n');
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("row 2, Từ ngày: This term overlaps the official's rotation to Xã An Hòa")));
    CHECK(all.contains(QStringLiteral("row 3, Họ và tên: Several officials are named Nguyễn Văn An: Nguyễn Văn An "
                                      "(born 01/01/1975, Ban Dân vận); Nguyễn Văn An (born 04/05/1980, Huyện đoàn). "
                                      "Give the birth date")));
    CHECK(all.contains(QStringLiteral("row 5, Từ ngày: This term overlaps the same official's rotation to Xã Bình "
                                      "Minh (01/01/2020 – 31/12/2022) in row 4.")));
    CHECK(all.contains(QStringLiteral("row 6, Số quyết định: Decision 20-QĐ/HU of BTV Huyện ủy An Phú is already "
                                      "used in row 4")));
    CHECK(all.contains(QStringLiteral("row 7, Số quyết định: Decision 12 - QĐ/HU of BTV Huyện ủy An Phú is already "
                                      "recorded")));
    CHECK(all.contains(QStringLiteral("row 8, Họ và tên: Lê Văn Cường is not in the register")));
    CHECK(all.contains(QStringLiteral("row 9, Xã được cử đến: There is no commune \"Xã Không Có\"")));
    CHECK(all.contains(QStringLiteral("row 10, Xã được cử đến: There is no commune \"Ân Phong\"")));

    // Creating unknown officials: one new official for rows 8 and 9 (row 9 still lacks its commune).
    r.createUnknownOfficials = true;
    const SheetImportPreview created = previewOf(*db, r);
    CHECK(created.valid == 2);
    CHECK(created.officialsToCreate == 1);
    const SheetImportOutcome o = importOf(*db, r, true);
    CHECK(o.written);
    CHECK(o.imported == 2);
    CHECK(o.officialsCreated == 1);
    CHECK(o.skipped == 7);
    CHECK(counts(*db) == Counts{before.officials + 1, before.rotations + 2, before.audit + 3});
    const SheetImportOutcome again = importOf(*db, r, true); // now rows 4 and 8 are in the database
    CHECK(again.imported == 0);
    CHECK(texts(again.checked.errors).join(u'\n').contains(QStringLiteral("row 8, Số quyết định: Decision 30-QĐ/HU")));
}

TEST_CASE("Rotations from .xlsx on the demo database: Excel dates, warnings allowed, progress and cancel",
          "[sheetimport][rotations][demo]")
{
    TempFolder tmp;
    Database& db = demoDb();
    const QString path = xlsxFile(
        tmp, QStringLiteral("rot.xlsx"),
        {QStringLiteral("Họ tên"), QStringLiteral("Giới tính"), QStringLiteral("Ngày sinh"), QStringLiteral("Loại"),
         QStringLiteral("Số QĐ"), QStringLiteral("Ngày QĐ"), QStringLiteral("Issued by"), QStringLiteral("Xã"),
         QStringLiteral("Position"), QStringLiteral("Start"), QStringLiteral("Planned end")},
        {{QStringLiteral("Đặng Thị Thử"), QStringLiteral("Nữ"), QDate(1985, 6, 1), QStringLiteral("Luân chuyển"),
          QStringLiteral("901-QĐ/TEST"), QDate(2016, 2, 20), QStringLiteral("Huyện ủy Đức Thọ"),
          QStringLiteral("Đức Yên"), QStringLiteral("Phó Bí thư Đảng ủy"), QDate(2016, 3, 1), QDate(2017, 2, 28)}});
    SheetImportRequest r = request(path, SheetImportKind::Rotations);
    r.createUnknownOfficials = true;
    const SheetImportPreview p = previewOf(db, r);
    INFO(texts(p.errors).join(u'\n').toStdString());
    CHECK(p.valid == 1);
    CHECK(p.rows.constFirst().status == SheetRowStatus::Warning); // a luân chuyển of 12 months, a new official
    CHECK(texts(p.warnings).join(u'\n').contains(QStringLiteral("12 months")));

    const Counts before = counts(db);
    const auto cancelled = SheetImport(db).import(
        p, {}, [](int, int, const QString& what) { return what != SheetImport::tr("Writing rows"); });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message.contains(QStringLiteral("nothing was written")));
    CHECK(counts(db) == before);
    int calls = 0;
    const auto done = SheetImport(db).import(p, {}, [&calls](int, int, const QString&) { return ++calls > 0; });
    REQUIRE(done.ok());
    CHECK(done.value().imported == 1);
    CHECK(calls >= 2);
    CHECK(counts(db) == Counts{before.officials + 1, before.rotations + 1, before.audit + 2});
}

TEST_CASE("10,000 rotation rows import in one transaction", "[sheetimport][rotations][demo][slow]")
{
    TempFolder tmp;
    auto db = openDemo(tmp.path(QStringLiteral("big.ntm")));
    // Communes that exist throughout 2010–2019 under a name no other commune has then.
    QHash<QString, int> seen;
    for (const QDate& d : {QDate(2010, 1, 1), QDate(2019, 12, 31)}) {
        for (const CommuneRow& c : UnitStore(*db).communesOn(d).value()) {
            seen[text::fold(c.name)] += 1;
        }
    }
    QStringList communes;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value() == 2) {
            communes.append(it.key());
        }
    }
    std::sort(communes.begin(), communes.end());
    REQUIRE(communes.size() > 50);
    QStringList lines{QStringLiteral("Họ và tên,Ngày sinh,Hình thức,Số QĐ,Ngày QĐ,Cơ quan ban hành,Xã,Chức vụ,Từ ngày,"
                                     "Đến ngày")};
    for (int o = 0; o < 1000; ++o) {
        for (int y = 0; y < 10; ++y) {
            lines.append(
                QStringLiteral("Cán bộ Thử %1,01/01/%2,Điều động,%3/QĐ-T,15/12/%4,Huyện ủy Thử,%5,Phó Chủ tịch "
                               "UBND xã,01/01/%6,31/12/%6")
                    .arg(o, 4, 10, QLatin1Char('0'))
                    .arg(1970 + o % 20)
                    .arg(o * 10 + y)
                    .arg(2009 + y)
                    .arg(communes.at((o * 7 + y * 13) % communes.size()))
                    .arg(2010 + y));
        }
    }
    const QString path = csvFile(tmp, QStringLiteral("big.csv"), lines);
    SheetImportRequest r = request(path, SheetImportKind::Rotations);
    r.createUnknownOfficials = true;
    const Counts before = counts(*db);
    int transactionsSeen = 0;
    const auto outcome = SheetImport(*db).import(r, {}, [&](int done, int, const QString&) {
        transactionsSeen += db->inTransaction() ? 0 : 1; // every step runs inside the one transaction
        return done >= 0;
    });
    REQUIRE(outcome.ok());
    INFO(texts(outcome.value().checked.errors).mid(0, 5).join(u'\n').toStdString());
    CHECK(outcome.value().checked.errors.isEmpty());
    CHECK(outcome.value().imported == 10000);
    CHECK(outcome.value().officialsCreated == 1000);
    CHECK(transactionsSeen == 0);
    CHECK(counts(*db) == Counts{before.officials + 1000, before.rotations + 10000, before.audit + 11000});
}
