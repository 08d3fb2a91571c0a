// SPDX-License-Identifier: GPL-3.0-or-later
// The provincial review view through its real widgets (offscreen): its tables show core's figures for the
// shared date and the chosen district, follow both at once, copy as tab-separated text and export to .xlsx.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "charts/BarLineChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/MultiLineChart.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "exchange/TableText.h"
#include "exchange/XlsxReader.h"
#include "review/FigurePanel.h"
#include "review/ReviewView.h"
#include "service/UnitLookup.h"
#include "service/review/ProvincialReviewService.h"
#include "service/review/ReviewTables.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
struct Reviewer
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Reviewer()
    {
        const QString copy = tmp.path(QStringLiteral("fixture.ntm"));
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1280, 800);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        REQUIRE(window.openDatabase(copy));
    }

    void asOf(const QDate& d) { window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d); }
    ReviewView* view() const { return window.findChild<ReviewView*>(); }
    QComboBox* districtCombo() const { return view()->findChild<QComboBox*>(QStringLiteral("districtCombo")); }
    void chooseDistrict(const QString& title)
    {
        const int row = districtCombo()->findText(title);
        REQUIRE(row >= 0);
        districtCombo()->setCurrentIndex(row);
    }
    ProvincialReview core(const QDate& d, const QString& district = {}) const
    {
        const auto r = ProvincialReviewService(*session.database()).review(d, district);
        REQUIRE(r.ok());
        return r.value();
    }
    QString districtId(const QString& name) const { return UnitLookup::district(*session.database(), name).value().id; }
};

/// Every panel of the view with the core table it shows.
QList<std::pair<FigurePanel*, ReviewTable>> panels(ReviewView* v)
{
    return {{v->recognitionsPanel(), ReviewTable::Recognitions},
            {v->averagesPanel(), ReviewTable::Averages},
            {v->bandsPanel(), ReviewTable::Bands},
            {v->missedPanel(), ReviewTable::Missed},
            {v->comparisonPanel(), ReviewTable::Comparison},
            {v->rotationsPanel(), ReviewTable::Rotations}};
}

/// The view's tables, as a user would copy them, equal core's tables for the same date and district.
void checkTablesMatch(ReviewView* v, const ProvincialReview& expected)
{
    for (const auto& [panel, which] : panels(v)) {
        const TableData want = ReviewTables::table(expected, which);
        INFO(want.title.toStdString());
        CHECK(panel->tableView()->model()->rowCount() == want.rows.size());
        CHECK(TableText::tabSeparated(panel->shownTable()) == TableText::tabSeparated(want));
    }
}

QString cellText(FigurePanel* panel, int row, int column)
{
    return panel->tableView()->model()->index(row, column).data().toString();
}
} // namespace

TEST_CASE("The provincial review shows core's figures for the shared date", "[gui][review]")
{
    Reviewer r;
    r.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&r.window));
    QTest::keyClick(&r.window, Qt::Key_7, Qt::ControlModifier);
    REQUIRE(r.window.currentView() == r.view());
    CHECK(r.window.findChild<QListWidget*>(QStringLiteral("navigationList"))->currentItem()->text() ==
          r.view()->title());
    r.asOf(QDate(2020, 12, 31));
    for (const auto& [panel, which] : panels(r.view())) {
        QAbstractItemModelTester tester(panel->tableView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    checkTablesMatch(r.view(), r.core(QDate(2020, 12, 31)));
    // The demo's figures (docs/demo-data.md) on screen: 166 recognised at the end of 2020, after the mergers.
    CHECK(r.view()->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("<b>166</b>")));
    FigurePanel* years = r.view()->recognitionsPanel();
    const int last = years->tableView()->model()->rowCount() - 1;
    CHECK(cellText(years, last, 0) == QStringLiteral("2020"));
    CHECK(cellText(years, last, 1) == QStringLiteral("31/12/2020"));
    CHECK(cellText(years, last, 8) == QStringLiteral("166")); // recognised, cumulative
    // The charts draw the same figures.
    CHECK(r.view()->recognitionsChart()->describe().contains(QStringLiteral("line 2020=166")));
    CHECK(r.view()->recognitionsChart()->describe().contains(QStringLiteral("line 2019=200")));
    CHECK(r.view()->bandsChart()->describe().constFirst() ==
          QStringLiteral("%1=167").arg(MetBands::label(MetBand::AllMet)));
    CHECK(r.view()->missedChart()->describe().constFirst().startsWith(QStringLiteral("17. Môi trường")));
    CHECK(r.view()->missedChart()->describe().constFirst().endsWith(QStringLiteral("=11")));
    bool provinceLine = false;
    for (const QString& point : r.view()->averagesChart()->describe()) {
        provinceLine = provinceLine || point == QStringLiteral("Province Hà Tĩnh 2020=19.65");
    }
    CHECK(provinceLine);
    CHECK(r.view()->comparisonChart()->describe().size() == 4);
}

TEST_CASE("The review follows the as-of date and the district at once", "[gui][review]")
{
    Reviewer r;
    r.window.showView(QStringLiteral("reviewView"));
    r.asOf(QDate(2016, 12, 31));
    r.chooseDistrict(QStringLiteral("Huyện Đức Thọ"));
    const QString ducTho = r.districtId(QStringLiteral("Đức Thọ"));
    CHECK(r.view()->districtId() == ducTho);
    checkTablesMatch(r.view(), r.core(QDate(2016, 12, 31), ducTho));
    const QString nhat = TableText::tabSeparated(r.view()->rotationsPanel()->shownTable());
    CHECK(nhat.contains(QStringLiteral("Bùi Ngọc Nhật\tĐức Yên\tHuyện Đức Thọ")));
    // A new date: the same district (its former communes after 1/7/2025), the figures of that date.
    r.asOf(QDate(2026, 11, 29));
    CHECK(r.view()->districtId() == ducTho);
    CHECK(r.view()->review().asOf == QDate(2026, 11, 29));
    checkTablesMatch(r.view(), r.core(QDate(2026, 11, 29), ducTho));
    // Back to the whole province.
    r.districtCombo()->setCurrentIndex(0);
    CHECK(r.view()->review().communes == 60);
    checkTablesMatch(r.view(), r.core(QDate(2026, 11, 29)));
    CHECK(cellText(r.view()->bandsPanel(), 1, 1) == QStringLiteral("13"));
    // Lộc Hà can be chosen in 2020; on a date after it joined Thạch Hà it stays chosen as a former district, shown
    // as of its last day, and says so.
    r.asOf(QDate(2020, 12, 31));
    r.chooseDistrict(QStringLiteral("Huyện Lộc Hà"));
    CHECK(r.view()->review().districtName == QStringLiteral("Huyện Lộc Hà"));
    const QString locHa = r.view()->districtId();
    r.asOf(QDate(2026, 11, 29));
    CHECK(r.districtCombo()->findText(QStringLiteral("Huyện Lộc Hà")) < 0); // not a district of the date
    CHECK(r.view()->districtId() == locHa);
    CHECK(r.districtCombo()->currentText().contains(QStringLiteral("former district")));
    CHECK(r.view()->review().districtName == QStringLiteral("Huyện Lộc Hà"));
    CHECK(r.view()->review().asOf < QDate(2025, 1, 1));
    CHECK(r.view()->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("ended on")));
    CHECK(Messages::recorded().isEmpty()); // no error on the way
    r.districtCombo()->setCurrentIndex(0);
    CHECK(r.view()->districtId().isEmpty());
    CHECK(r.view()->review().districtId.isEmpty());
    // A date chosen while another view is shown: the review shows it when it comes back.
    r.window.showView(QStringLiteral("unitsView"));
    r.asOf(QDate(2018, 12, 31));
    r.window.showView(QStringLiteral("reviewView"));
    CHECK(r.view()->review().asOf == QDate(2018, 12, 31));
    CHECK(r.view()->review().recognised == 158); // published: 158 by the end of 2018
    checkTablesMatch(r.view(), r.core(QDate(2018, 12, 31)));
}

TEST_CASE("Copy puts the table, as sorted on screen, on the clipboard as tab-separated text", "[gui][review]")
{
    Reviewer r;
    r.window.showView(QStringLiteral("reviewView"));
    r.asOf(QDate(2020, 12, 31));
    FigurePanel* bands = r.view()->bandsPanel();
    QApplication::clipboard()->clear();
    QTest::mouseClick(bands->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == TableText::tabSeparated(ReviewTables::table(r.core(QDate(2020, 12, 31)), ReviewTable::Bands)));
    const QStringList lines = copied.split(QLatin1Char('\n'));
    CHECK(lines.at(0) == QStringLiteral("Criteria met\tCommunes\tShare (%)"));
    CHECK(lines.at(1).startsWith(MetBands::label(MetBand::AllMet) + QStringLiteral("\t167\t")));
    // Ctrl+C in the tab copies the same.
    QApplication::clipboard()->clear();
    r.view()->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(2);
    r.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&r.window));
    bands->tableView()->setFocus();
    QTest::keyClick(bands->tableView(), Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == copied);
    // Sorted by criterion number on screen: the copy follows the screen.
    FigurePanel* missed = r.view()->missedPanel();
    missed->tableView()->sortByColumn(1, Qt::AscendingOrder);
    QTest::mouseClick(missed->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    const QStringList rows = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    CHECK(rows.at(1).startsWith(QStringLiteral("HT20-QD1980\t1\tQuy hoạch\t")));
    CHECK(rows.at(20).startsWith(QStringLiteral("HT20-QD1980\t20\t")));
}

TEST_CASE("Every review table goes to one workbook, and File > Export takes the tab shown", "[gui][review]")
{
    Reviewer r;
    r.window.showView(QStringLiteral("reviewView"));
    r.asOf(QDate(2020, 12, 31));
    const QString path = r.tmp.path(QStringLiteral("review"));
    Messages::setNextFile(path);
    QTest::mouseClick(r.view()->findChild<QPushButton*>(QStringLiteral("exportButton")), Qt::LeftButton);
    const auto sheets = XlsxReader::read(path + QStringLiteral(".xlsx"));
    REQUIRE(sheets.ok());
    REQUIRE(sheets.value().size() == 7);
    CHECK(sheets.value().at(3).name == QStringLiteral("Communes by criteria met"));
    CHECK(*sheets.value().at(3).rows.at(1).at(1).number == 167);
    CHECK(Messages::recorded().size() == 1); // the confirmation naming the file
    // File > Export: the table of the tab on screen.
    r.view()->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(3);
    const auto shown = r.view()->exportTable();
    REQUIRE(shown.has_value());
    CHECK(shown->title == QStringLiteral("Criteria most missed"));
    CHECK(shown->rows.size() == 20);
}
