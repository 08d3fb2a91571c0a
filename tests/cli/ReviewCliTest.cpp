// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli export-review end to end: the real binary writes the review's workbook, read back with XlsxReader.
#include "TestSupport.h"

#include "exchange/XlsxReader.h"

#include <QFileInfo>
#include <QProcess>

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// One demo database per test process (this file's own: the helpers of the other CLI tests are private).
QString demoPath()
{
    static TempFolder folder;
    static const QString path = [] {
        // On the server: a copy of the demo that the test server built once with `ntm-cli demo`.
        const QString p = dbLocation(folder.path(QStringLiteral("demo.ntm")), Schema::Demo);
        if (!onServer()) {
            const Run r = cli({QStringLiteral("demo"), p});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        return p;
    }();
    return path;
}

const Sheet& sheetNamed(const QList<Sheet>& sheets, const QString& name)
{
    for (const Sheet& s : sheets) {
        if (s.name == name) {
            return s;
        }
    }
    FAIL("no sheet " << name.toStdString());
    return sheets.constFirst();
}

/// The row whose first cell reads `first` (text, or a number written as text).
const QList<SheetCell>& rowStarting(const Sheet& sheet, const QString& first)
{
    for (const QList<SheetCell>& row : sheet.rows) {
        if (!row.isEmpty() && row.constFirst().text == first) {
            return row;
        }
    }
    FAIL("no row " << first.toStdString() << " on " << sheet.name.toStdString());
    return sheet.rows.constFirst();
}

double number(const QList<SheetCell>& row, int column)
{
    REQUIRE(column < row.size());
    REQUIRE(row.at(column).number.has_value()); // a real number in the workbook, not text
    return *row.at(column).number;
}

/// The review in English (the tests read the English sheet names); Vietnamese is the default.
QList<Sheet> exportReview(const QString& out,
                          const QStringList& extra = {QStringLiteral("--language"), QStringLiteral("en")})
{
    const Run r = cli(QStringList{QStringLiteral("export-review"), demoPath(), QStringLiteral("--as-of"),
                                  QStringLiteral("2020-12-31"), QStringLiteral("--out"), out} +
                      extra);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("7 sheets")));
    const auto sheets = XlsxReader::read(out);
    REQUIRE(sheets.ok());
    return sheets.value();
}
} // namespace

TEST_CASE("ntm-cli export-review writes one sheet per review table with real numbers and dates", "[cli][review]")
{
    TempFolder tmp;
    const QList<Sheet> sheets = exportReview(tmp.path(QStringLiteral("review.xlsx")));
    QStringList names;
    for (const Sheet& s : sheets) {
        names.append(s.name);
    }
    CHECK(names == QStringList{QStringLiteral("Summary"), QStringLiteral("Recognised per year"),
                               QStringLiteral("Average criteria met"), QStringLiteral("Communes by criteria met"),
                               QStringLiteral("Criteria most missed"), QStringLiteral("Rotation impact"),
                               QStringLiteral("Tenure comparison")});
    // The demo at the end of 2020 (docs/demo-data.md): 182 xã after the 2020 mergers, 166 holding NTM (the mergers
    // keep it where every merged commune held it, 3372/BNN-VPĐP), 19.65 criteria met on average.
    const Sheet& summary = sheetNamed(sheets, QStringLiteral("Summary"));
    CHECK(XlsxReader::excelSerialToDate(number(rowStarting(summary, QStringLiteral("As of")), 1)) ==
          QDate(2020, 12, 31));
    CHECK(number(rowStarting(summary, QStringLiteral("Communes (xã)")), 1) == 182);
    CHECK(number(rowStarting(summary, QStringLiteral("Recognised NTM")), 1) == 166);
    CHECK(number(rowStarting(summary, QStringLiteral("Average criteria met")), 1) == Approx(19.65));
    // Recognised per year: 2011–2020, and every row adds up: held at the start + recognised + kept through a merger
    // - ended by a merger - withdrawn + moved = cumulative; each year starts where the last one ended.
    const Sheet& years = sheetNamed(sheets, QStringLiteral("Recognised per year"));
    int yearRows = 0;
    double heldBefore = 0;
    for (const QList<SheetCell>& row : years.rows) {
        if (row.isEmpty() || !row.constFirst().number || *row.constFirst().number < 2000) {
            continue;
        }
        ++yearRows;
        INFO("year " << row.constFirst().text.toStdString());
        CHECK(number(row, 2) == heldBefore);
        CHECK(number(row, 2) + number(row, 3) + number(row, 4) - number(row, 5) - number(row, 6) + number(row, 7) ==
              number(row, 8));
        heldBefore = number(row, 8);
    }
    CHECK(yearRows == 10);
    const QList<SheetCell>& y2020 = rowStarting(years, QStringLiteral("2020"));
    CHECK(XlsxReader::excelSerialToDate(number(y2020, 1)) == QDate(2020, 12, 31));
    CHECK(number(y2020, 4) == 15); // kept through the 2020 mergers
    CHECK(number(y2020, 5) == 61); // the merged communes' recognitions, ended by the mergers
    CHECK(number(y2020, 8) == 166);
    CHECK(number(rowStarting(years, QStringLiteral("2019")), 8) == 200); // "about 200" by the end of 2019
    const Sheet& bands = sheetNamed(sheets, QStringLiteral("Communes by criteria met"));
    CHECK(number(rowStarting(bands, QStringLiteral("All criteria met")), 1) == 167);
    const Sheet& missed = sheetNamed(sheets, QStringLiteral("Criteria most missed"));
    CHECK(missed.rows.at(1).at(2).text == QStringLiteral("Môi trường và an toàn thực phẩm"));
    CHECK(number(missed.rows.at(1), 3) == 11);
    const Sheet& rotations = sheetNamed(sheets, QStringLiteral("Rotation impact"));
    const QList<SheetCell>& nhat = rowStarting(rotations, QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(nhat.at(1).text == QStringLiteral("Đức Yên"));
    CHECK(XlsxReader::excelSerialToDate(number(nhat, 4)) == QDate(2016, 3, 1));
    CHECK(number(nhat, 6) == 9);
    CHECK(number(nhat, 8) == 20);
    const Sheet& comparison = sheetNamed(sheets, QStringLiteral("Tenure comparison"));
    CHECK(comparison.rows.size() >= 5); // a header and four groups, then the note on illustrative data
    CHECK(comparison.rows.constLast().constFirst().text.startsWith(QStringLiteral("Illustrative data")));
    CHECK(number(rowStarting(comparison, QStringLiteral("Led by a rotated official")), 5) > 0);
}

TEST_CASE("ntm-cli export-review --district narrows every table to one district", "[cli][review]")
{
    TempFolder tmp;
    const QList<Sheet> sheets =
        exportReview(tmp.path(QStringLiteral("duc-tho.xlsx")), {QStringLiteral("--district"), QStringLiteral("duc tho"),
                                                                QStringLiteral("--language"), QStringLiteral("en")});
    const Sheet& summary = sheetNamed(sheets, QStringLiteral("Summary"));
    CHECK(rowStarting(summary, QStringLiteral("District")).at(1).text == QStringLiteral("Huyện Đức Thọ"));
    const Sheet& averages = sheetNamed(sheets, QStringLiteral("Average criteria met"));
    REQUIRE(averages.rows.size() > 1);
    QStringList header;
    for (const SheetCell& c : averages.rows.constFirst()) {
        header.append(c.text);
    }
    CHECK(header == QStringList{QStringLiteral("Date"), QStringLiteral("Huyện Đức Thọ"),
                                QStringLiteral("Province Hà Tĩnh"), QStringLiteral("Criteria in force")});
    for (const QList<SheetCell>& row : sheetNamed(sheets, QStringLiteral("Rotation impact")).rows.mid(1)) {
        CHECK(row.at(2).text == QStringLiteral("Huyện Đức Thọ")); // the district's kind is part of its name
    }
}

TEST_CASE("ntm-cli export-review writes Vietnamese by default, English with --language en", "[cli][review]")
{
    TempFolder tmp;
    const QList<Sheet> vi = exportReview(tmp.path(QStringLiteral("vi.xlsx")), {});
    QStringList names;
    for (const Sheet& s : vi) {
        names.append(s.name);
    }
    CHECK(names.contains(QStringLiteral("Tóm tắt")));
    CHECK(names.contains(QStringLiteral("Xã đạt chuẩn theo năm")));
    CHECK_FALSE(names.contains(QStringLiteral("Recognised per year")));
    const Sheet& summary = sheetNamed(vi, QStringLiteral("Tóm tắt"));
    CHECK(number(rowStarting(summary, QStringLiteral("Tính đến")), 1) > 0);
    CHECK(number(rowStarting(summary, QStringLiteral("Số xã")), 1) == 182);
    // Every header of every sheet is Vietnamese: no "Up to", "Year", "Date".
    for (const Sheet& s : vi) {
        for (const SheetCell& c : s.rows.constFirst()) {
            INFO(s.name.toStdString() << ": " << c.text.toStdString());
            CHECK_FALSE(QStringList{QStringLiteral("Up to"), QStringLiteral("Year"), QStringLiteral("Date"),
                                    QStringLiteral("Official"), QStringLiteral("Commune")}
                            .contains(c.text));
        }
    }
    const Run bad = cli({QStringLiteral("export-review"), demoPath(), QStringLiteral("--as-of"),
                         QStringLiteral("2020-12-31"), QStringLiteral("--out"), tmp.path(QStringLiteral("x.xlsx")),
                         QStringLiteral("--language"), QStringLiteral("fr")});
    CHECK(bad.code == 2);
    CHECK(bad.err.contains(QStringLiteral("--language is vi or en")));
}

TEST_CASE("ntm-cli export-review: usage and user errors leave no file", "[cli][review]")
{
    TempFolder tmp;
    const QString out = tmp.path(QStringLiteral("x.xlsx"));
    const QString db = demoPath();
    const auto run = [&](const QStringList& extra) {
        return cli(QStringList{QStringLiteral("export-review"), db} + extra);
    };
    CHECK(run({QStringLiteral("--as-of"), QStringLiteral("2020-12-31")}).code == 2); // no --out
    CHECK(run({QStringLiteral("--out"), out}).code == 2);                            // no --as-of
    const Run badDate = run({QStringLiteral("--as-of"), QStringLiteral("31/12/2020"), QStringLiteral("--out"), out});
    CHECK(badDate.code == 1);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    const Run unknown = run({QStringLiteral("--as-of"), QStringLiteral("2020-12-31"), QStringLiteral("--out"), out,
                             QStringLiteral("--district"), QStringLiteral("Atlantis")});
    CHECK(unknown.code == 1);
    const Run ambiguous = run({QStringLiteral("--as-of"), QStringLiteral("2020-12-31"), QStringLiteral("--out"), out,
                               QStringLiteral("--district"), QStringLiteral("Kỳ Anh")});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("thị xã Kỳ Anh"), Qt::CaseInsensitive));
    // Lộc Hà joined Thạch Hà on 1/1/2025: it cannot be chosen in 2026.
    const Run gone = run({QStringLiteral("--as-of"), QStringLiteral("2026-11-29"), QStringLiteral("--out"), out,
                          QStringLiteral("--district"), QStringLiteral("Lộc Hà")});
    CHECK(gone.code == 1);
    CHECK(gone.err.contains(QStringLiteral("không tồn tại"))); // Vietnamese by default
    CHECK_FALSE(QFileInfo::exists(out));
}
