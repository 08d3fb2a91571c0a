// SPDX-License-Identifier: GPL-3.0-or-later
// The commune leader's workflow through the real widgets: the criteria board, the criterion panel, the
// several-criteria dialog and the commune dashboard.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "board/BoardModel.h"
#include "board/BoardView.h"
#include "board/BulkAssessmentDialog.h"
#include "board/CriterionPanel.h"
#include "charts/StepChart.h"
#include "dashboard/CommuneSettingsDialog.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ReviewMeetingDialog.h"
#include "dashboard/VillageDialog.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoUnits.h"
#include "service/UnitLookup.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
const QString kThachKheOld = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));

struct Leader
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Leader()
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
    BoardView* board() const { return window.findChild<BoardView*>(); }
    CriterionPanel* panel() const { return board()->panel(); }
    DashboardView* dashboard() const { return window.findChild<DashboardView*>(); }
    int count(const char* table) const
    {
        return sql::scalar(session.database()->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .value()
            .toInt();
    }
    int cellStatus(const QString& commune, int number) const
    {
        const QModelIndex cell = board()->model()->cellOf(commune, number);
        return cell.isValid() ? cell.data(BoardModel::StatusRole).toInt() : -1;
    }
    template <typename T> T* panelChild(const char* name) const
    {
        T* w = panel()->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
};

void clickButton(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    auto* box = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(box);
    QTest::mouseClick(box->button(which), Qt::LeftButton);
}
} // namespace

TEST_CASE("The board's colours follow the as-of date", "[gui][board]")
{
    Leader l;
    l.window.showView(QStringLiteral("boardView"));
    QAbstractItemModelTester tester(l.board()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    l.asOf(QDate(2016, 2, 15));
    int metBefore = 0;
    for (int n = 1; n <= 20; ++n) {
        metBefore += l.cellStatus(kDucYen, n) == static_cast<int>(CriterionStatus::Met) ? 1 : 0;
    }
    CHECK(metBefore <= 9);
    const QModelIndex cell = l.board()->model()->cellOf(kDucYen, 1);
    REQUIRE(cell.isValid());
    l.asOf(QDate(2016, 10, 1));
    int metAfter = 0;
    for (int n = 1; n <= 20; ++n) {
        const QModelIndex c = l.board()->model()->cellOf(kDucYen, n);
        metAfter += c.data(BoardModel::StatusRole).toInt() == static_cast<int>(CriterionStatus::Met) ? 1 : 0;
        CHECK(c.data(Qt::BackgroundRole).value<QBrush>().color() ==
              BoardModel::colour(static_cast<CriterionStatus>(c.data(BoardModel::StatusRole).toInt())));
    }
    CHECK(metAfter == 20);
    CHECK(l.board()->model()->cellOf(kDucYen, 20).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2016")));
    // After the merger Đức Yên is no longer on the board; the 2026 board has the ten new criteria.
    l.asOf(QDate(2026, 11, 15));
    CHECK_FALSE(l.board()->model()->cellOf(kDucYen, 1).isValid());
    CHECK(l.board()->model()->columnCount() == BoardModel::FirstCriterion + 10);
}

TEST_CASE("Recording an assessment through the panel, and undoing it", "[gui][board]")
{
    Leader l;
    l.window.showView(QStringLiteral("boardView"));
    l.asOf(QDate::currentDate());
    l.board()->selectCell(kThachKheNew, 7);
    auto* history = l.panelChild<QTableWidget>("historyTable");
    const int historyBefore = history->rowCount();
    const int events = l.count("assessment");
    auto* status = l.panelChild<QComboBox>("statusCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(CriterionStatus::Met)));
    l.panelChild<QDateEdit>("dateEdit")->setDate(QDate::currentDate().addDays(-1));
    typeText(l.panelChild<QLineEdit>("evidenceEdit"), QStringLiteral("Biên bản giao ban 20/11"));
    QTest::mouseClick(l.panelChild<QPushButton>("saveButton"), Qt::LeftButton);
    CHECK(l.count("assessment") == events + 1);
    CHECK(l.cellStatus(kThachKheNew, 7) == static_cast<int>(CriterionStatus::Met));
    CHECK(history->rowCount() == historyBefore + 1);
    CHECK(history->item(0, 3)->text() == QStringLiteral("Biên bản giao ban 20/11"));
    l.window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(l.count("assessment") == events);
    CHECK(history->rowCount() == historyBefore);
}

TEST_CASE("A refused assessment names the field and leaves the database unchanged", "[gui][board]")
{
    Leader l;
    l.window.showView(QStringLiteral("boardView"));
    l.asOf(QDate(2026, 11, 15));
    l.board()->selectCell(kThachKheNew, 3);
    const int events = l.count("assessment");
    const int audits = l.count("audit_log");
    l.panelChild<QDateEdit>("dateEdit")->setDate(QDate::currentDate().addDays(5));
    QTest::mouseClick(l.panelChild<QPushButton>("saveButton"), Qt::LeftButton);
    CHECK(l.panel()->errors().textOf(QStringLiteral("date")).contains(QStringLiteral("future")));
    // Before the 2026–2030 set applies there is no such criterion of this family.
    l.panelChild<QDateEdit>("dateEdit")->setDate(QDate(2025, 12, 1));
    QTest::mouseClick(l.panelChild<QPushButton>("saveButton"), Qt::LeftButton);
    CHECK_FALSE(l.panel()->errors().textOf(QStringLiteral("date")).isEmpty());
    CHECK(l.count("assessment") == events);
    CHECK(l.count("audit_log") == audits);
}

TEST_CASE("Several criteria at one date in one step", "[gui][board]")
{
    Leader l;
    l.window.showView(QStringLiteral("boardView"));
    l.asOf(QDate::currentDate());
    const int events = l.count("assessment");
    l.board()->recordSeveral(kThachKheNew);
    auto* d = visibleDialog<BulkAssessmentDialog>(&l.window);
    REQUIRE(d);
    d->findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate::currentDate());
    d->choose(1, CriterionStatus::Met);
    d->choose(2, CriterionStatus::BasicallyMet);
    d->choose(10, CriterionStatus::NotMet);
    typeText(d->findChild<QLineEdit*>(QStringLiteral("noteEdit")), QStringLiteral("Giao ban tháng 11"));
    clickButton(d, QDialogButtonBox::Save);
    CHECK_FALSE(d->isVisible());
    CHECK(l.count("assessment") == events + 3);
    CHECK(l.cellStatus(kThachKheNew, 1) == static_cast<int>(CriterionStatus::Met));
    CHECK(l.cellStatus(kThachKheNew, 2) == static_cast<int>(CriterionStatus::BasicallyMet));
    CHECK(l.cellStatus(kThachKheNew, 10) == static_cast<int>(CriterionStatus::NotMet));
    l.window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(l.count("assessment") == events);
}

TEST_CASE("Đức Yên's dashboard: 9 to 20 inside Bùi Ngọc Nhật's band, recognised in 2016", "[gui][dashboard]")
{
    Leader l;
    l.asOf(QDate(2016, 10, 1));
    l.window.showCommune(kDucYen);
    const CommuneDashboard& d = l.dashboard()->dashboard();
    CHECK(d.title == QStringLiteral("Xã Đức Yên"));
    CHECK(d.progress.met == 20);
    auto* header = l.dashboard()->findChild<QLabel*>(QStringLiteral("headerLabel"));
    CHECK(header->text().contains(QStringLiteral("30/09/2016")));
    CHECK(l.dashboard()->findChild<QLabel*>(QStringLiteral("metLabel"))->text().contains(QStringLiteral("20")));
    const QStringList chart = l.dashboard()->chart()->describe();
    CHECK(chart.contains(QStringLiteral("band Bùi Ngọc Nhật 2016-03-01..2016-10-01")));
    CHECK(chart.filter(QStringLiteral("marker ")).size() == 1);
    bool nine = false;
    bool twenty = false;
    for (const QString& line : chart.filter(QStringLiteral("step "))) {
        const QDate date = QDate::fromString(line.mid(5, 10), Qt::ISODate);
        const int value = line.section(QLatin1Char('='), 1).toInt();
        nine = nine || (value == 9 && date <= QDate(2016, 3, 1));
        twenty = twenty || (value == 20 && date >= QDate(2016, 3, 1) && date <= QDate(2016, 9, 30));
    }
    CHECK(nine);
    CHECK(twenty);
    auto* officials = l.dashboard()->findChild<QTableWidget*>(QStringLiteral("rotatedOfficialsTable"));
    REQUIRE(officials->rowCount() == 1);
    CHECK(officials->item(0, 0)->text() == QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(officials->item(0, 3)->text() == QStringLiteral("9/20"));
    CHECK(officials->item(0, 5)->text() == QStringLiteral("+11"));
}

TEST_CASE("Review meetings and villages are added, edited and deleted with undo", "[gui][dashboard]")
{
    Leader l;
    l.asOf(QDate(2018, 6, 30));
    l.window.showCommune(kThachKheOld);
    auto* meetings = l.dashboard()->findChild<QTableWidget*>(QStringLiteral("meetingsTable"));
    const int before = meetings->rowCount();
    REQUIRE(before > 50);
    l.dashboard()->findChild<QPushButton*>(QStringLiteral("addMeetingButton"))->click();
    auto* d = visibleDialog<ReviewMeetingDialog>(&l.window);
    REQUIRE(d);
    d->findChild<QDateEdit*>(QStringLiteral("heldOnEdit"))->setDate(QDate(2018, 6, 25));
    typeText(d->findChild<QLineEdit*>(QStringLiteral("chairEdit")), QStringLiteral("Phạm Tiến Nam"));
    auto* criteria = d->findChild<QListWidget*>(QStringLiteral("criteriaList"));
    REQUIRE(criteria->count() == 20);
    criteria->item(16)->setCheckState(Qt::Checked);
    typeText(d->findChild<QPlainTextEdit*>(QStringLiteral("decisionsEdit")),
             QStringLiteral("Rà soát tiêu chí môi trường"));
    clickButton(d, QDialogButtonBox::Save);
    CHECK_FALSE(d->isVisible());
    REQUIRE(meetings->rowCount() == before + 1);
    CHECK(meetings->item(0, 0)->text() == QStringLiteral("25/06/2018"));
    CHECK(meetings->item(0, 2)->text() == QStringLiteral("17"));
    l.window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(meetings->rowCount() == before);

    // The Villages tab, wherever the dashboard's other tabs put it (Village progress has a villages table too).
    auto* villagesTab = l.dashboard()->findChild<QWidget*>(QStringLiteral("villagesTab"));
    REQUIRE(villagesTab);
    auto* tabs = l.dashboard()->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(villagesTab);
    auto* villages = villagesTab->findChild<QTableWidget*>(QStringLiteral("villagesTable"));
    REQUIRE(villages);
    REQUIRE(villages->rowCount() == 8);
    l.dashboard()->findChild<QPushButton*>(QStringLiteral("addVillageButton"))->click();
    auto* v = visibleDialog<VillageDialog>(&l.window);
    REQUIRE(v);
    typeText(v->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Thôn 1"));
    clickButton(v, QDialogButtonBox::Save);
    CHECK(v->isVisible()); // the commune already has Thôn 1
    CHECK(v->findChild<QLabel*>(QStringLiteral("nameError"))->text().contains(QStringLiteral("already has")));
    v->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->clear();
    typeText(v->findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Thôn 9"));
    clickButton(v, QDialogButtonBox::Save);
    CHECK(villages->rowCount() == 9);
}

TEST_CASE("Commune settings: a recognition and a group are recorded and undone", "[gui][dashboard]")
{
    Leader l;
    l.asOf(QDate(2026, 11, 15));
    l.window.showCommune(kThachKheNew);
    const int recognitions = l.count("recognition");
    l.dashboard()->findChild<QPushButton*>(QStringLiteral("settingsButton"))->click();
    auto* s = visibleDialog<CommuneSettingsDialog>(&l.window);
    REQUIRE(s);
    s->findChild<QLineEdit*>(QStringLiteral("decisionNoEdit"))->setText(QStringLiteral("1234/QĐ-UBND"));
    s->findChild<QDateEdit*>(QStringLiteral("decidedOnEdit"))->setDate(QDate(2026, 11, 1));
    Messages::clearRecorded();
    s->findChild<QPushButton*>(QStringLiteral("recognitionButton"))->click();
    CHECK(Messages::recorded().size() == 1); // a warning: not every criterion is met; answered yes
    CHECK(l.count("recognition") == recognitions + 1);
    CHECK(s->findChild<QListWidget*>(QStringLiteral("recognitionList"))->count() == 1);
    auto* group = s->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    group->setCurrentIndex(2);
    s->findChild<QPushButton*>(QStringLiteral("groupButton"))->click();
    l.window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    l.window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    CHECK(l.count("recognition") == recognitions);
    s->reject();
}
