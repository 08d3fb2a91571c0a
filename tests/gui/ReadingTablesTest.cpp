// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the tables (issue 19): in the Vietnamese interface at 1600×1000 no header is cut, the dashboard's dates
// fit, the board's district rows are read whole and its legend stays one line high; the review's bars leave room for
// their labels and lists former districts; the printed bands are labelled for the set in force; the board's detail
// pane follows the date.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "app/Translations.h"
#include "board/BoardView.h"
#include "board/CriterionPanel.h"
#include "charts/BarLineChart.h"
#include "dashboard/DashboardView.h"
#include "db/Sql.h"
#include "demo/DemoUnits.h"
#include "reports/AreaReport.h"
#include "reports/ReportBuilder.h"
#include "review/ReviewView.h"
#include "service/AreaSummary.h"
#include "service/review/ProvincialReviewService.h"
#include "shell/MainWindow.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));

/// The main window in Vietnamese (headers are longer than in English), 1600×1000, on a copy of the demo.
struct VietnameseDesk
{
    TempFolder tmp;
    bool translated = Translations::install(QStringLiteral("vi"));
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    std::unique_ptr<MainWindow> window;

    VietnameseDesk()
    {
        REQUIRE(translated);
        const QString copy = tmp.path(QStringLiteral("fixture.ntm"));
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window = std::make_unique<MainWindow>(session, settings);
        window->resize(1600, 1000);
        window->show();
        Messages::setRecording(true, true);
        REQUIRE(window->openDatabase(copy));
    }
    ~VietnameseDesk()
    {
        window.reset();
        Translations::install(QStringLiteral("en"));
    }
    VietnameseDesk(const VietnameseDesk&) = delete;
    VietnameseDesk& operator=(const VietnameseDesk&) = delete;
    void asOf(const QDate& d) { window->findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d); }
};

/// Headers narrower than their text, as "table: header (width < needed)".
QStringList cutHeaders(const QWidget* view)
{
    QStringList cut;
    for (const QTableView* table : view->findChildren<QTableView*>()) {
        const QHeaderView* h = table->horizontalHeader();
        const int last = h->logicalIndex(h->count() - 1);
        for (int c = 0; c < h->count(); ++c) {
            if (h->isSectionHidden(c) || (c == last && h->stretchLastSection()) ||
                h->sectionResizeMode(c) == QHeaderView::Stretch) {
                continue;
            }
            if (h->sectionSize(c) < h->sectionSizeHint(c)) {
                cut.append(QStringLiteral("%1: %2 (%3 < %4)")
                               .arg(table->objectName(), table->model()->headerData(c, Qt::Horizontal).toString())
                               .arg(h->sectionSize(c))
                               .arg(h->sectionSizeHint(c)));
            }
        }
    }
    return cut;
}
} // namespace

TEST_CASE("No table header is cut in the Vietnamese interface", "[gui][issue19][tables]")
{
    VietnameseDesk desk;
    desk.asOf(QDate(2019, 12, 31));
    for (const char* view : {"assignmentsView", "officialsView", "dashboardView", "auditView"}) {
        desk.window->showView(QLatin1String(view));
        const QStringList cut = cutHeaders(desk.window->currentView());
        INFO(view << ": " << cut.join(QStringLiteral("; ")).toStdString());
        CHECK(cut.isEmpty());
    }
    // With a commune shown, the dates of the criteria ("since", with the set carried over) fit their column.
    desk.window->showCommune(kDucYen);
    auto* criteria = desk.window->findChild<DashboardView*>()->findChild<QTableView*>(QStringLiteral("criteriaTable"));
    CHECK(criteria->columnWidth(3) >= static_cast<QAbstractItemView*>(criteria)->sizeHintForColumn(3));
    CHECK(cutHeaders(desk.window->currentView()).isEmpty());
}

TEST_CASE("The board's district rows are read whole and its legend stays one line high", "[gui][issue19][tables]")
{
    VietnameseDesk desk;
    desk.asOf(QDate(2019, 12, 31));
    desk.window->showView(QStringLiteral("boardView"));
    auto* tree = desk.window->findChild<QTreeView*>(QStringLiteral("boardTree"));
    REQUIRE(tree->model()->rowCount() > 1);
    const QModelIndex district = tree->model()->index(0, 0);
    CHECK(tree->isFirstColumnSpanned(0, QModelIndex()));
    CHECK(district.data().toString().contains(QStringLiteral("xã đạt chuẩn")));
    const int line = desk.window->fontMetrics().height();
    for (const QLabel* label : desk.window->findChild<BoardView*>()->findChildren<QLabel*>()) {
        if (label->styleSheet().contains(QStringLiteral("background"))) {
            INFO(label->text().toStdString());
            CHECK(label->height() <= 2 * line);
        }
    }
}

TEST_CASE("The board's detail pane follows a change of date", "[gui][issue19][tables]")
{
    VietnameseDesk desk;
    desk.asOf(QDate(2016, 1, 1));
    desk.window->showView(QStringLiteral("boardView"));
    auto* board = desk.window->findChild<BoardView*>();
    REQUIRE(board->selectCell(kDucYen, 5));
    auto* set = board->findChild<CriterionPanel*>()->findChild<QLabel*>(QStringLiteral("setLabel"));
    const QString before = set->text();
    desk.asOf(QDate(2017, 6, 1)); // 1980/QĐ-TTg in force since 1/12/2016
    QApplication::processEvents();
    CHECK(set->text() != before);
    CHECK(set->text().contains(QStringLiteral("1980")));
}

TEST_CASE("The review's tallest bar leaves room for its label, and former districts are listed",
          "[gui][issue19][tables]")
{
    VietnameseDesk desk;
    desk.asOf(QDate(2026, 3, 1));
    desk.window->showView(QStringLiteral("reviewView"));
    auto* review = desk.window->findChild<ReviewView*>();
    double tallest = 0;
    for (const RecognitionYear& y : review->review().recognitions) {
        tallest = std::max(tallest, static_cast<double>(y.recognised));
    }
    REQUIRE(tallest > 0);
    CHECK(review->recognitionsChart()->barAxisMaximum() >= tallest * 1.1);
    auto* districts = review->findChild<QComboBox*>(QStringLiteral("districtCombo"));
    const int locHa = districts->findText(QStringLiteral("Huyện Lộc Hà (huyện cũ, đến 31/12/2024)"));
    REQUIRE(locHa > 0);
    districts->setCurrentIndex(locHa);
    CHECK(review->review().asOf == QDate(2024, 12, 31));
    CHECK(review->review().districtName == QStringLiteral("Huyện Lộc Hà"));
    CHECK(review->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("31/12/2024")));
}

TEST_CASE("The printed province summary labels its bands for the set in force", "[gui][issue19][tables]")
{
    auto db = openDb(demoMaster());
    const QDate asOf(2026, 3, 1);
    const auto summary = AreaSummaryService(*db).province(asOf);
    const auto review = ProvincialReviewService(*db).review(asOf);
    REQUIRE(summary.ok());
    REQUIRE(review.ok());
    REQUIRE(review.value().criteriaInForce == 10);
    ReportBuilder b;
    AreaReport::fromSummary(summary.value(), review.value(), QDate(2026, 3, 2)).write(b);
    const QString html = b.html();
    CHECK(html.contains(QStringLiteral("8–9")));
    CHECK_FALSE(html.contains(QStringLiteral(">15 or more<")));
}
