// SPDX-License-Identifier: GPL-3.0-or-later
// Finding a commune the way users do (issue 19): a name typed with or without diacritics and Enter, a choice from the
// completion, the rotation dialog's commune, the views opening on the leader's or the last commune, Ctrl+6 carrying
// the dashboard's commune, and the report dialog starting on what is on screen.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/RotationDialog.h"
#include "common/CommuneChooser.h"
#include "dashboard/DashboardView.h"
#include "db/Sql.h"
#include "demo/DemoUnits.h"
#include "reports/ReportScopeDialog.h"
#include "shell/MainWindow.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
const QString kThachKheOld = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));

struct Desk
{
    TempFolder tmp;
    QString settingsPath = tmp.path(QStringLiteral("s.ini"));
    AppSettings settings{std::make_unique<QSettings>(settingsPath, QSettings::IniFormat)};
    DatabaseSession session;
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(session, settings);
    QString copy = tmp.path(QStringLiteral("fixture.ntm"));

    Desk()
    {
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        open();
    }
    void open()
    {
        window->resize(1600, 1000);
        window->show();
        REQUIRE(window->openDatabase(copy));
    }
    void asOf(const QDate& d) { window->findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d); }
    void shortcut(const char* keys)
    {
        for (QAction* a : window->findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QLatin1String(keys))) {
                a->trigger();
                return;
            }
        }
        FAIL("no action for " << keys);
    }
    DashboardView* dashboard() const { return window->findChild<DashboardView*>(); }
    TimelineView* timeline() const { return window->findChild<TimelineView*>(); }
};

/// Types into an editable combo box and presses Enter, as a user does (the completion popup may be open).
void typeAndEnter(QComboBox* combo, const QString& text)
{
    combo->setFocus();
    combo->lineEdit()->clear();
    typeText(combo->lineEdit(), text);
    QApplication::processEvents();
    QWidget* target = combo->completer() && combo->completer()->popup()->isVisible()
                          ? static_cast<QWidget*>(combo->completer()->popup())
                          : combo->lineEdit();
    QTest::keyClick(target, Qt::Key_Return);
    QApplication::processEvents();
}
} // namespace

TEST_CASE("Enter in the dashboard's commune box opens the commune typed without diacritics", "[gui][issue19]")
{
    Desk desk;
    desk.asOf(QDate(2016, 11, 3));
    desk.shortcut("Ctrl+4");
    auto* combo = desk.dashboard()->findChild<QComboBox*>(QStringLiteral("communeCombo"));
    REQUIRE(combo);
    typeAndEnter(combo, QStringLiteral("duc yen"));
    CHECK(desk.dashboard()->communeId() == kDucYen);
    // The box shows the name with its diacritics, not what was typed or its folded form.
    CHECK(combo->currentText().startsWith(QStringLiteral("Đức Yên")));
    // Two communes were named Thạch Khê: the one that existed on the date opens.
    typeAndEnter(combo, QStringLiteral("thach khe"));
    CHECK(desk.dashboard()->communeId() == kThachKheOld);
    desk.asOf(QDate(2026, 3, 1));
    typeAndEnter(combo, QStringLiteral("xã thạch khê"));
    CHECK(desk.dashboard()->communeId() == kThachKheNew);
    // Nothing matches: the view says so.
    typeAndEnter(combo, QStringLiteral("atlantis"));
    CHECK(desk.dashboard()->communeId() == kThachKheNew);
    CHECK(desk.dashboard()
              ->findChild<QLabel*>(QStringLiteral("headerLabel"))
              ->text()
              .contains(QStringLiteral("atlantis")));
}

TEST_CASE("A choice from the completion shows the name with its diacritics and opens it", "[gui][issue19]")
{
    Desk desk;
    desk.asOf(QDate(2019, 12, 31));
    desk.shortcut("Ctrl+6");
    auto* combo = desk.timeline()->findChild<QComboBox*>(QStringLiteral("communeCombo"));
    REQUIRE(combo);
    combo->setFocus();
    typeText(combo->lineEdit(), QStringLiteral("duc ye"));
    QAbstractItemView* popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(desk.timeline()->communeId() == kDucYen);
    CHECK(combo->currentText().startsWith(QStringLiteral("Đức Yên")));
    CHECK_FALSE(combo->currentText().contains(QStringLiteral("duc yen")));
}

TEST_CASE("The rotation dialog takes a commune picked from the typed-name completion", "[gui][issue19]")
{
    Desk desk;
    RotationDialog dialog(*desk.session.database(), nullptr, desk.window.get());
    dialog.show();
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("communeCombo"));
    combo->setFocus();
    typeText(combo->lineEdit(), QStringLiteral("thach khe"));
    QAbstractItemView* popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(combo->currentText().contains(QStringLiteral("Thạch Khê")));
    // The one picked is the one saved: not "xa thach khe", which matches two communes.
    const QString picked = dialog.rotation().communeId;
    CHECK((picked == kThachKheOld || picked == kThachKheNew));
    dialog.accept();
    CHECK_FALSE(dialog.errors().textOf(QStringLiteral("commune")).contains(QStringLiteral("list")));
}

TEST_CASE("The dashboard and the timeline open on the last commune, and Ctrl+6 carries the dashboard's",
          "[gui][issue19]")
{
    Desk desk;
    desk.asOf(QDate(2019, 12, 31));
    desk.shortcut("Ctrl+4");
    typeAndEnter(desk.dashboard()->findChild<QComboBox*>(QStringLiteral("communeCombo")), QStringLiteral("duc yen"));
    REQUIRE(desk.dashboard()->communeId() == kDucYen);
    desk.shortcut("Ctrl+6");
    CHECK(desk.window->currentView() == desk.timeline());
    CHECK(desk.timeline()->communeId() == kDucYen);
    CHECK(desk.timeline()
              ->findChild<QComboBox*>(QStringLiteral("communeCombo"))
              ->currentText()
              .startsWith(QStringLiteral("Đức Yên")));

    // The next start opens the same commune on both views.
    desk.window->close();
    desk.window = std::make_unique<MainWindow>(desk.session, desk.settings);
    desk.open();
    desk.shortcut("Ctrl+4");
    CHECK(desk.dashboard()->communeId() == kDucYen);
    desk.shortcut("Ctrl+6");
    CHECK(desk.timeline()->communeId() == kDucYen);
}

TEST_CASE("The report dialog starts on what is on screen, with nothing unrelated filled in", "[gui][issue19]")
{
    Desk desk;
    desk.asOf(QDate(2019, 12, 31));
    {
        ReportScopeDialog dialog(*desk.session.database(),
                                 ReportScope::forView(desk.window->currentView(), QDate(2019, 12, 31)),
                                 ReportScopeDialog::Purpose::Print, desk.window.get());
        // The assignments view, unfiltered: the province, and no commune or district named.
        CHECK(dialog.findChild<QRadioButton*>(QStringLiteral("provinceRadio"))->isChecked());
        CHECK(dialog.findChild<QComboBox*>(QStringLiteral("communeCombo"))->currentText().isEmpty());
        CHECK(dialog.findChild<QComboBox*>(QStringLiteral("districtCombo"))->currentText().isEmpty());
    }
    desk.window->showTimeline(kDucYen);
    ReportScopeDialog dialog(*desk.session.database(),
                             ReportScope::forView(desk.window->currentView(), QDate(2019, 12, 31)),
                             ReportScopeDialog::Purpose::Print, desk.window.get());
    CHECK(dialog.findChild<QRadioButton*>(QStringLiteral("communeRadio"))->isChecked());
    CHECK(dialog.scope().id == kDucYen);
}
