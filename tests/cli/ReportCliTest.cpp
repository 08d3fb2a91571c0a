// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli report end to end: the real binary writes PDFs whose text (read back with pdftotext) is the data.
#include "TestSupport.h"

#include "db/Database.h"
#include "exchange/TableText.h"
#include "service/review/ProvincialReviewService.h"
#include "service/review/ReviewTables.h"
#include "util/ProgramVersion.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <nlohmann/json.hpp>

using namespace ntm::test;
using json = nlohmann::json;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    // The binary decides offscreen by itself when there is no display: test that, not a variable we set.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForFinished(180000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(NTM_CLI_PATH), args);
}

TempFolder& folder()
{
    static TempFolder f;
    return f;
}

QString demoPath()
{
    static const QString path = [] {
        // On the server: a copy of the demo that the test server built once with `ntm-cli demo`.
        const QString p = dbLocation(folder().path(QStringLiteral("demo.ntm")), Schema::Demo);
        if (!onServer()) {
            const Run r = cli({QStringLiteral("demo"), p});
            INFO(r.err.toStdString());
            REQUIRE(r.code == 0);
        }
        return p;
    }();
    return path;
}

/// pdftotext (poppler-utils, installed by scripts/setup.sh); empty when it is missing.
QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

/// The PDF's text; `layout` keeps table rows on one line. Whitespace runs are made single spaces unless `layout`.
QString pdfText(const QString& pdf, bool layout = false)
{
    QStringList args;
    if (layout) {
        args.append(QStringLiteral("-layout"));
    }
    args += {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")};
    QProcess p;
    p.start(pdftotext(), args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    return layout ? text : text.simplified();
}

json parse(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

/// The provincial review core computes on the demo data, for the province or the district named `district`.
ntm::core::ProvincialReview demoReview(const QDate& asOf, const QString& district = {})
{
    auto db = openDb(demoPath());
    ntm::core::ProvincialReviewService service(*db);
    QString districtId;
    if (!district.isEmpty()) {
        const auto districts = service.districtsFor(asOf);
        REQUIRE(districts.ok());
        for (const ntm::core::District& d : districts.value()) {
            if (d.name.contains(district)) {
                districtId = d.id;
            }
        }
        REQUIRE_FALSE(districtId.isEmpty());
    }
    auto review = service.review(asOf, districtId);
    REQUIRE(review.ok());
    return review.value();
}

/// A figure as the Vietnamese report's tables write it (as the review's tables round and write it): "5,83", "1,7".
QString viNumber(double value)
{
    return ntm::core::TableText::cell(ntm::core::ReviewTables::rounded(value, 2),
                                      QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

/// A figure of the averages table, always with two decimals: "5,80".
QString viAverage(double value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(ntm::core::ReviewTables::rounded(value, 2), 'f', 2);
}

#define REQUIRE_PDFTOTEXT()                                                                                            \
    if (pdftotext().isEmpty()) {                                                                                       \
        WARN("pdftotext (Debian package poppler-utils) is not installed: the PDF's text is not checked");              \
        return;                                                                                                        \
    }
} // namespace

TEST_CASE("ntm-cli report --commune: the PDF's text holds Đức Yên, its criteria and its official", "[cli][report]")
{
    const QString out = folder().path(QStringLiteral("duc-yen.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--commune"), QStringLiteral("Đức Yên"),
                       QStringLiteral("--as-of"), QStringLiteral("2019-12-31"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Xã Đức Yên")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    REQUIRE_PDFTOTEXT();

    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Xã Đức Yên")));
    CHECK(text.contains(QStringLiteral("Huyện Đức Thọ")));
    CHECK(text.contains(QStringLiteral("Số liệu tính đến ngày 31/12/2019")));
    CHECK(text.contains(QStringLiteral("Bùi Ngọc Nhật")));
    // Every page's footer names the program with its version, the one of `ntm-cli --version` (CMake's version).
    static const QRegularExpression footer(QStringLiteral("NTM Tracker (\\S+) · Trang (\\d+)/(\\d+)"));
    int footers = 0;
    int pages = 0;
    for (auto it = footer.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        CHECK(m.captured(1) == ntm::core::ProgramVersion::text());
        CHECK(m.captured(2).toInt() == ++footers);
        pages = m.captured(3).toInt();
    }
    CHECK(footers >= 2);
    CHECK(footers == pages);
    // Every criterion of the set in force, by the name `ntm-cli commune` gives.
    const Run dashboard = cli({QStringLiteral("commune"), demoPath(), QStringLiteral("Đức Yên"),
                               QStringLiteral("--as-of"), QStringLiteral("2019-12-31"), QStringLiteral("--json")});
    REQUIRE(dashboard.code == 0);
    const json criteria = parse(dashboard.out).at("criteria");
    REQUIRE(criteria.size() == 20);
    for (const json& c : criteria) {
        const QString name = QString::fromStdString(c.at("name").get<std::string>()).simplified();
        INFO(name.toStdString());
        CHECK(text.contains(name));
    }
}

TEST_CASE("ntm-cli report --district: the summary names the district and counts its communes", "[cli][report]")
{
    const QString out = folder().path(QStringLiteral("duc-tho.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--district"), QStringLiteral("duc tho"),
                       QStringLiteral("--as-of"), QStringLiteral("2018-12-31"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE(QFileInfo::exists(out));
    REQUIRE_PDFTOTEXT();

    const Run stats = cli({QStringLiteral("stats"), demoPath(), QStringLiteral("--district"), QStringLiteral("duc tho"),
                           QStringLiteral("--as-of"), QStringLiteral("2018-12-31"), QStringLiteral("--json")});
    REQUIRE(stats.code == 0);
    const json figures = parse(stats.out);
    const int communes = figures.at("communes").get<int>();
    REQUIRE(communes > 10);

    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Huyện Đức Thọ")));
    CHECK(text.contains(QStringLiteral("Tỉnh Hà Tĩnh")));
    const QString layout = pdfText(out, true);
    const QRegularExpressionMatch count = QRegularExpression(QStringLiteral("Số xã\\s+(\\d+)")).match(layout);
    REQUIRE(count.hasMatch());
    CHECK(count.captured(1).toInt() == communes);
    const QRegularExpressionMatch recognised =
        QRegularExpression(QStringLiteral("Đạt chuẩn NTM\\s+(\\d+)")).match(layout);
    REQUIRE(recognised.hasMatch());
    CHECK(recognised.captured(1).toInt() == figures.at("recognised").get<int>());
    // One row per commune (xã) in the list of communes.
    const qsizetype rows = layout.count(QRegularExpression(QStringLiteral("(?m)^\\s*\\d+\\s+Xã ")));
    CHECK(rows == communes);
}

TEST_CASE("ntm-cli report without --commune or --district makes the province summary", "[cli][report]")
{
    const QString out = folder().path(QStringLiteral("province.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2018-12-31"),
                       QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE_PDFTOTEXT();
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Tỉnh Hà Tĩnh")));
    CHECK(text.contains(QStringLiteral("Huyện Thạch Hà")));
    CHECK(text.contains(QStringLiteral("Thị xã Kỳ Anh")));
}

TEST_CASE("ntm-cli report: an unknown or ambiguous name is exit 1 and leaves no file", "[cli][report]")
{
    const QString out = folder().path(QStringLiteral("nothing.pdf"));
    const Run unknown = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--commune"),
                             QStringLiteral("Không Có Xã Này"), QStringLiteral("--out"), out});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.startsWith(QStringLiteral("ntm-cli: ")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));

    const Run ambiguous =
        cli({QStringLiteral("report"), demoPath(), QStringLiteral("--commune"), QStringLiteral("thach ha"),
             QStringLiteral("--as-of"), QStringLiteral("2018-01-01"), QStringLiteral("--out"), out});
    CHECK(ambiguous.code == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("Xã Thạch Hạ")));
    CHECK(ambiguous.err.contains(QStringLiteral("Thị trấn Thạch Hà")));
    CHECK_FALSE(QFileInfo::exists(out));

    // Districts ended on 30/6/2025: a summary after that is refused, not an empty PDF.
    const Run ended =
        cli({QStringLiteral("report"), demoPath(), QStringLiteral("--district"), QStringLiteral("Đức Thọ"),
             QStringLiteral("--as-of"), QStringLiteral("2026-01-01"), QStringLiteral("--out"), out});
    CHECK(ended.code == 1);
    CHECK(ended.err.contains(QStringLiteral("30/06/2025")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("ntm-cli report: --out is required, and --commune and --district exclude each other", "[cli][report]")
{
    const Run noOut =
        cli({QStringLiteral("report"), demoPath(), QStringLiteral("--commune"), QStringLiteral("Đức Yên")});
    CHECK(noOut.code == 2);
    const QString out = folder().path(QStringLiteral("both.pdf"));
    CHECK(cli({QStringLiteral("report"), demoPath(), QStringLiteral("--commune"), QStringLiteral("Đức Yên"),
               QStringLiteral("--district"), QStringLiteral("Đức Thọ"), QStringLiteral("--out"), out})
              .code == 2);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("ntm-cli report --district: the review's figures are core's ProvincialReview for the district",
          "[cli][report]")
{
    const QDate asOf(2018, 12, 31);
    const QString out = folder().path(QStringLiteral("duc-tho-review.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--district"), QStringLiteral("duc tho"),
                       QStringLiteral("--as-of"), QStringLiteral("2018-12-31"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE_PDFTOTEXT();
    const ntm::core::ProvincialReview review = demoReview(asOf, QStringLiteral("Đức Thọ"));
    const QString text = pdfText(out);
    const QString layout = pdfText(out, true);
    CHECK(text.contains(QStringLiteral("Số xã đạt chuẩn NTM theo năm")));
    CHECK(text.contains(QStringLiteral("Các tiêu chí nhiều xã chưa đạt nhất")));
    CHECK(text.contains(QStringLiteral("Số tiêu chí tăng thêm mỗi năm: xã có và không có cán bộ luân chuyển")));
    // The province summary's figure is not in a district's.
    CHECK_FALSE(text.contains(QStringLiteral("Số tiêu chí đạt bình quân theo thời gian")));

    // Every year's row: year, held at the start, recognised, kept through a merger, ended by a merger, withdrawn,
    // moved, cumulative, communes (the date is on every page; tiers no commune holds are left out).
    REQUIRE_FALSE(review.recognitions.isEmpty());
    int recognisedYears = 0;
    for (const ntm::core::RecognitionYear& y : review.recognitions) {
        INFO(y.year);
        const QString row = QStringLiteral("(?m)^\\s*%1\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6\\s+%7\\s+%8\\s+%9\\b")
                                .arg(y.year)
                                .arg(y.start)
                                .arg(y.recognised)
                                .arg(y.kept)
                                .arg(y.endedByMerger)
                                .arg(y.withdrawn)
                                .arg(y.moved)
                                .arg(y.cumulative)
                                .arg(y.communes);
        CHECK(layout.contains(QRegularExpression(row)));
        recognisedYears += y.recognised > 0 ? 1 : 0;
    }
    CHECK(recognisedYears > 0);
    // The most missed criterion, by its name with diacritics, and how many communes miss it.
    REQUIRE_FALSE(review.missed.isEmpty());
    const ntm::core::MissedCriterion& first = review.missed.constFirst();
    INFO(first.name.toStdString());
    CHECK(text.contains(first.name.simplified()));
    CHECK(text.contains(QStringLiteral("Bộ tiêu chí %1:").arg(first.setCode)));
    CHECK(layout.contains(QRegularExpression(QStringLiteral("(?m)^\\s*%1\\s+%2\\s+%3\\s")
                                                 .arg(first.number)
                                                 .arg(QRegularExpression::escape(first.name.simplified()))
                                                 .arg(first.missing))));
    // The tenure comparison's rates, as the table rounds them.
    for (const ntm::core::TenureGroup& g : review.comparison) {
        if (g.periods > 0) {
            CHECK(text.contains(viNumber(g.perYear())));
        }
    }
}

TEST_CASE("ntm-cli report (province): average criteria met per district over time, as core computes them",
          "[cli][report]")
{
    const QDate asOf(2018, 12, 31);
    const QString out = folder().path(QStringLiteral("province-review.pdf"));
    const Run r = cli({QStringLiteral("report"), demoPath(), QStringLiteral("--as-of"), QStringLiteral("2018-12-31"),
                       QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    REQUIRE_PDFTOTEXT();
    const ntm::core::ProvincialReview review = demoReview(asOf);
    const QString text = pdfText(out);
    const QString layout = pdfText(out, true);
    CHECK(text.contains(QStringLiteral("Số tiêu chí đạt bình quân theo thời gian, theo huyện")));
    CHECK(text.contains(QStringLiteral("Số xã đạt chuẩn NTM theo năm")));
    REQUIRE(review.averages.size() > 2);
    // Each district's row of the table ends with its average on the date of the data.
    for (const ntm::core::AverageSeries& s : review.averages) {
        // The whole province's line is named in the report's language (this test runs untranslated).
        const QString name = s.districtId.isEmpty() ? QStringLiteral("Tỉnh ") + review.provinceName : s.name;
        INFO(name.toStdString());
        REQUIRE_FALSE(s.points.isEmpty());
        const ntm::core::AveragePoint& last = s.points.constLast();
        REQUIRE(last.date == asOf);
        CHECK(layout.contains(
            QRegularExpression(QStringLiteral("(?m)^\\s*%1\\s.*\\s%2\\s*$")
                                   .arg(QRegularExpression::escape(name), viAverage(last.averageMet)))));
    }
    const ntm::core::RecognitionYear& year = review.recognitions.constLast();
    CHECK(layout.contains(QRegularExpression(QStringLiteral("(?m)^\\s*%1\\s+%2\\s+%3\\s+%4\\s+%5\\s+%6\\s+%7\\s+%8\\s")
                                                 .arg(year.year)
                                                 .arg(year.start)
                                                 .arg(year.recognised)
                                                 .arg(year.kept)
                                                 .arg(year.endedByMerger)
                                                 .arg(year.withdrawn)
                                                 .arg(year.moved)
                                                 .arg(year.cumulative))));
    CHECK(text.contains(review.missed.constFirst().name.simplified()));
}
