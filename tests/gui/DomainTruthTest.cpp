// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in the window: a reform's rule for recognitions across mergers edited by an administrator (undoable,
// every figure follows), the status bar of a database with illustrative rows, a commune outside its life.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "db/Sql.h"
#include "service/UnitLookup.h"
#include "shell/MainWindow.h"
#include "units/ReformRulesDialog.h"
#include "units/UnitsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
QString demoCopy(const TempFolder& tmp)
{
    const QString copy = tmp.path(QStringLiteral("copy.ntm"));
    auto db = openDb(demoMaster());
    REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
    return copy;
}

struct Harness
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("settings.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
};

int recognisedInSummary(const QString& summary)
{
    // "… · 34 recognised NTM" (English source text in tests)
    const QStringList parts = summary.split(QStringLiteral(" · "));
    return parts.value(1).section(QLatin1Char(' '), 0, 0).toInt();
}
} // namespace

TEST_CASE("Recognition across mergers: an administrator changes a reform's rule, undoes it, figures follow", "[gui]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoCopy(h.tmp)));
    h.window.show();
    h.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 3, 1));
    h.window.showView(QStringLiteral("unitsView"));
    auto* units = h.window.findChild<UnitsView*>(QStringLiteral("unitsView"));
    REQUIRE(units);
    QString summary;
    QObject::connect(units, &View::summaryChanged, [&](const QString& s) { summary = s; });
    units->refresh();
    const int before = recognisedInSummary(summary);
    REQUIRE(before > 2); // the 1/7/2025 communes keep NTM by the default rule (unverified)

    units->findChild<QPushButton*>(QStringLiteral("rulesButton"))->click();
    auto* dialog = visibleDialog<ReformRulesDialog>(units);
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("reformsTable"));
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 4)->text() == QStringLiteral("3372/BNN-VPĐP"));
    CHECK(table->item(2, 5)->text().contains(QStringLiteral("unverified")));
    dialog->selectReform(QStringLiteral("vn-2025-07"));
    auto* rule = dialog->findChild<QComboBox*>(QStringLiteral("ruleCombo"));
    CHECK(rule->currentData().toInt() == static_cast<int>(RecognitionRule::KeptIfAllHeld));
    CHECK_FALSE(dialog->findChild<QCheckBox*>(QStringLiteral("verifiedCheck"))->isChecked());

    // Marking it checked without a source is refused beside the field.
    dialog->findChild<QCheckBox*>(QStringLiteral("verifiedCheck"))->setChecked(true);
    dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("sourceError"))->text().isEmpty());
    dialog->findChild<QCheckBox*>(QStringLiteral("verifiedCheck"))->setChecked(false);

    rule->setCurrentIndex(rule->findData(static_cast<int>(RecognitionRule::Ends)));
    dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(table->item(2, 3)->text() == Vocabulary::label(RecognitionRule::Ends));
    dialog->close();
    units->refresh();
    const int after = recognisedInSummary(summary);
    CHECK(after < before);
    CHECK(
        sql::scalar(h.session.database()->sql(),
                    QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'reform' AND action = 'update'"))
            .value()
            .toInt() == 1);
    // Undo puts the rule back, and the figures with it.
    h.window.undoStack()->undo();
    units->refresh();
    CHECK(recognisedInSummary(summary) == before);
}

TEST_CASE("The status bar says when the database holds illustrative rows", "[gui]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoCopy(h.tmp)));
    auto* badge = h.window.statusBar()->findChild<QLabel*>(QStringLiteral("illustrativeBadge"));
    REQUIRE(badge);
    CHECK(badge->isVisibleTo(&h.window));
    CHECK(badge->toolTip().contains(QStringLiteral("illustrative")));
    const QString empty = h.tmp.path(QStringLiteral("empty.ntm"));
    openDb(empty); // a new database with nothing illustrative in it (File > Open does not create files)
    REQUIRE(h.window.openDatabase(empty));
    CHECK_FALSE(badge->isVisibleTo(&h.window));
}

TEST_CASE("A commune on a date after it merged away says so on its dashboard", "[gui]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoCopy(h.tmp)));
    h.window.show();
    const auto oldThachKhe = UnitLookup::commune(*h.session.database(), QStringLiteral("Thạch Khê"), QDate(2016, 1, 4));
    REQUIRE(oldThachKhe.ok());
    h.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 12, 7));
    h.window.showCommune(oldThachKhe.value().id);
    auto* dashboard = h.window.findChild<QWidget*>(QStringLiteral("dashboardView"));
    REQUIRE(dashboard);
    auto* header = dashboard->findChild<QLabel*>(QStringLiteral("headerLabel"));
    REQUIRE(header);
    CHECK(header->text().contains(QStringLiteral("Merged into Xã Thạch Khê on 01/07/2025.")));
    CHECK(header->text().contains(QStringLiteral("Thành phố Hà Tĩnh")));
    CHECK_FALSE(header->text().contains(QStringLiteral("QD51-2025")));
    auto* met = dashboard->findChild<QLabel*>(QStringLiteral("metLabel"));
    CHECK(met->text().contains(QStringLiteral("30/06/2025")));
}
