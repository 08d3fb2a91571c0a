// SPDX-License-Identifier: GPL-3.0-or-later
// Messages and forms (issue 19): an error beside a field clears when the field is corrected; an assessment before
// the commune existed says so; ending a term says whose it is and proposes a reason that fits the date; the window
// title names the program once; the change log's summaries and user names read as words; export dialogs propose a
// file name from the view, its scope and the date.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/EndRotationDialog.h"
#include "assignments/RotationDialog.h"
#include "audit/AuditEntryModel.h"
#include "audit/AuditTrail.h"
#include "board/BoardView.h"
#include "board/CriterionPanel.h"
#include "db/Sql.h"
#include "demo/DemoStories.h"
#include "demo/DemoUnits.h"
#include "review/ReviewView.h"
#include "shell/MainWindow.h"
#include "store/RotationStore.h"
#include "timeline/TimelineView.h"
#include "util/Ids.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));

struct Desk
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    QString copy = tmp.path(QStringLiteral("hatinh.ntm"));

    Desk()
    {
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1600, 1000);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        REQUIRE(window.openDatabase(copy));
    }
    void asOf(const QDate& d) { window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d); }
    QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
};

void clickSave(QDialog* d)
{
    QTest::mouseClick(d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
}
} // namespace

TEST_CASE("An error beside a field clears as soon as the field is corrected", "[gui][issue19][messages]")
{
    Desk desk;
    RotationDialog dialog(*desk.session.database(), nullptr, &desk.window);
    dialog.show();
    clickSave(&dialog);
    auto* decisionError = dialog.findChild<QLabel*>(QStringLiteral("decisionNoError"));
    REQUIRE(decisionError->isVisible());
    REQUIRE_FALSE(dialog.errors().textOf(QStringLiteral("decision_no")).isEmpty());
    auto* officialError = dialog.findChild<QLabel*>(QStringLiteral("officialError"));
    const bool officialShown = officialError->isVisible();
    typeText(dialog.findChild<QLineEdit*>(QStringLiteral("decisionNoEdit")), QStringLiteral("12-QĐ/HU"));
    CHECK_FALSE(decisionError->isVisible());
    CHECK(dialog.errors().textOf(QStringLiteral("decision_no")).isEmpty());
    // The other fields' errors stay until they are corrected.
    CHECK(officialError->isVisible() == officialShown);
}

TEST_CASE("Recording an assessment before the commune existed gives that reason", "[gui][issue19][messages]")
{
    Desk desk;
    desk.asOf(QDate(2026, 3, 1));
    desk.window.showView(QStringLiteral("boardView"));
    auto* board = desk.window.findChild<BoardView*>();
    REQUIRE(board->selectCell(kThachKheNew, 3));
    auto* panel = board->findChild<CriterionPanel*>();
    auto* date = panel->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    date->setDate(QDate(2016, 5, 10));
    CHECK_FALSE(panel->record());
    const QString error = panel->errors().textOf(QStringLiteral("date"));
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("did not exist on 10/05/2016")));
    CHECK(error.contains(QStringLiteral("formed on 01/07/2025")));
    CHECK_FALSE(error.contains(QStringLiteral("no criterion")));
}

TEST_CASE("Ending a term says whose it is and proposes a reason that fits the date", "[gui][issue19][messages]")
{
    Desk desk;
    auto stored =
        RotationStore(*desk.session.database()).get(ids::stableId(QStringLiteral("story:rotation:bui-ngoc-nhat")));
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    Rotation open = *stored.value();
    open.actualEnd = QDate();
    open.endReason.reset();
    EndRotationDialog dialog(*desk.session.database(), open, &desk.window);
    dialog.show();
    const QString term = dialog.findChild<QLabel*>(QStringLiteral("termLabel"))->text();
    CHECK(term.contains(QStringLiteral("Bùi Ngọc Nhật")));
    CHECK(term.contains(QStringLiteral("Đức Yên")));
    CHECK(term.contains(QStringLiteral("28/02/2019")));
    CHECK(dialog.windowTitle().contains(QStringLiteral("Bùi Ngọc Nhật")));
    auto* reason = dialog.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    // Ending at the planned end: the end of term.
    CHECK(dialog.rotation().actualEnd == demo::DemoStories::kNhatEnd);
    CHECK(dialog.rotation().endReason == EndReason::Completed);
    // Two and a half years early: no reason is proposed, and the dialog says how early it is.
    dialog.findChild<QDateEdit*>(QStringLiteral("actualEndEdit"))->setDate(QDate(2016, 8, 31));
    CHECK_FALSE(dialog.rotation().endReason.has_value());
    CHECK(reason->currentIndex() == 0);
    auto* hint = dialog.findChild<QLabel*>(QStringLiteral("endReasonError"));
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("ends 30 month")));
    // A reason the user chose stays when the date changes.
    reason->setCurrentIndex(reason->findData(Vocabulary::key(EndReason::Promoted)));
    Q_EMIT reason->activated(reason->currentIndex());
    dialog.findChild<QDateEdit*>(QStringLiteral("actualEndEdit"))->setDate(QDate(2016, 9, 30));
    CHECK(dialog.rotation().endReason == EndReason::Promoted);
}

TEST_CASE("The window title names the file and leaves the program's name to the window system",
          "[gui][issue19][messages]")
{
    Desk desk;
    CHECK(desk.window.windowTitle() == QStringLiteral("hatinh.ntm"));
    CHECK_FALSE(desk.window.windowTitle().contains(QStringLiteral("NTM Tracker")));
}

TEST_CASE("The change log reads as words: bulk summaries and the file's owner", "[gui][issue19][messages]")
{
    Desk desk;
    const auto entries = AuditTrail(*desk.session.database()).search({});
    REQUIRE(entries.ok());
    QString demoLabel;
    for (const AuditEntry& e : entries.value()) {
        if (e.action == QLatin1String("bulk") && e.table == QLatin1String("commune")) {
            demoLabel = AuditTrail::recordLabel(e);
        }
    }
    INFO(demoLabel.toStdString());
    CHECK(demoLabel.startsWith(QStringLiteral("demo data: ")));
    CHECK(demoLabel.contains(QRegularExpression(QStringLiteral("\\d+ commune.*, \\d+ official.*, \\d+ rotation"))));
    CHECK_FALSE(demoLabel.contains(QStringLiteral("communes:")));
    CHECK(Vocabulary::userLabel(QStringLiteral("owner")) == QStringLiteral("file owner"));
    CHECK(Vocabulary::userLabel(QStringLiteral("lan")) == QStringLiteral("lan"));
}

TEST_CASE("Export dialogs propose a file name from the view, its scope and the date", "[gui][issue19][messages]")
{
    Desk desk;
    desk.asOf(QDate(2019, 12, 31));
    // File > Export table on the assignments narrowed to a district.
    desk.window.showView(QStringLiteral("assignmentsView"));
    auto* district = desk.window.findChild<QWidget*>(QStringLiteral("assignmentsView"))
                         ->findChild<QComboBox*>(QStringLiteral("districtCombo"));
    district->setCurrentIndex(district->findText(QStringLiteral("Huyện Đức Thọ")));
    Messages::setNextFile(QString()); // cancelled: only the proposal matters
    desk.action("actionExport")->trigger();
    CHECK(QFileInfo(Messages::lastStartIn()).fileName() == QStringLiteral("assignments-huyen-duc-tho-2019-12-31.xlsx"));
    // The timeline's PNG.
    desk.window.showTimeline(kDucYen);
    desk.window.findChild<TimelineView*>()->exportTimeline(false);
    CHECK(QFileInfo(Messages::lastStartIn()).fileName() ==
          QStringLiteral("criteria-timeline-xa-duc-yen-2019-12-31.png"));
    // The review's workbook, for the province.
    desk.window.showView(QStringLiteral("reviewView"));
    desk.window.findChild<ReviewView*>()->exportWorkbook();
    CHECK(QFileInfo(Messages::lastStartIn()).fileName() == QStringLiteral("provincial-review-ha-tinh-2019-12-31.xlsx"));
    // A backup beside the database.
    desk.action("actionBackup")->trigger();
    CHECK(QFileInfo(Messages::lastStartIn()).fileName() ==
          QStringLiteral("hatinh-backup-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".ntm"));
}
