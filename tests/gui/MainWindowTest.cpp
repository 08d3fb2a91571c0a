// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven through its real widgets (offscreen), as a user would.
#include "TestSupport.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "shell/MainWindow.h"
#include "units/UnitTreeModel.h"
#include "units/UnitsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
/// A demo database copied into a temp folder once per test process.
QString demoCopy(const TempFolder& tmp)
{
    static TempFolder master;
    static const QString path = [] {
        const QString p = master.path(QStringLiteral("demo.ntm"));
        auto db = openDb(p);
        REQUIRE(DemoBuilder(*db).build().ok());
        return p;
    }();
    const QString copy = tmp.path(QStringLiteral("copy.ntm"));
    {
        // A consistent single-file copy of the WAL database.
        auto db = openDb(path);
        REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
    }
    return copy;
}

struct Harness
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("settings.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    QTreeView* tree() const { return window.findChild<QTreeView*>(QStringLiteral("tree")); }
    QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
};

QStringList topLevelNames(QTreeView* tree)
{
    QStringList out;
    for (int r = 0; r < tree->model()->rowCount(); ++r) {
        out.append(tree->model()->index(r, 0).data().toString());
    }
    return out;
}
} // namespace

TEST_CASE("The window lists districts and communes in Vietnamese order with criteria met", "[gui]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoCopy(h.tmp)));
    h.window.show();
    h.window.showView(QStringLiteral("unitsView")); // hidden views read their data when shown
    auto* asOf = h.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"));
    REQUIRE(asOf);
    asOf->setDate(QDate(2016, 10, 1));
    QTreeView* tree = h.tree();
    REQUIRE(tree);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList districts = topLevelNames(tree);
    REQUIRE(districts.size() == 13);
    CHECK(districts.constFirst() == QStringLiteral("Huyện Can Lộc"));
    CHECK(districts.indexOf(QStringLiteral("Huyện Đức Thọ")) > districts.indexOf(QStringLiteral("Huyện Cẩm Xuyên")));
    // Đức Yên under Đức Thọ: 20 of 20 in October 2016.
    auto* search =
        h.window.findChild<QWidget*>(QStringLiteral("unitsView"))->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("duc yen"));
    REQUIRE(tree->model()->rowCount() == 1);
    const QModelIndex district = tree->model()->index(0, 0);
    CHECK(district.data().toString() == QStringLiteral("Huyện Đức Thọ"));
    REQUIRE(tree->model()->rowCount(district) == 1);
    CHECK(tree->model()->index(0, UnitTreeModel::Name, district).data().toString() == QStringLiteral("Đức Yên"));
    CHECK(tree->model()->index(0, UnitTreeModel::Met, district).data().toString() == QStringLiteral("20/20"));
    // Changing the date updates the view at once: 9 of 20 on Bùi Ngọc Nhật's arrival.
    asOf->setDate(QDate(2016, 3, 1));
    CHECK(tree->model()->index(0, UnitTreeModel::Met, tree->model()->index(0, 0)).data().toString() ==
          QStringLiteral("9/20"));
}

TEST_CASE("After 1/7/2025 the communes sit directly under the province", "[gui]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoCopy(h.tmp)));
    h.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 3, 1));
    h.window.showView(QStringLiteral("unitsView"));
    QTreeView* tree = h.tree();
    REQUIRE(tree->model()->rowCount() == 1);
    CHECK(tree->model()->rowCount(tree->model()->index(0, 0)) == 69);
}

TEST_CASE("Opening a file that is not a database shows the reason and keeps the open one", "[gui]")
{
    Harness h;
    const QString good = demoCopy(h.tmp);
    REQUIRE(h.window.openDatabase(good));
    const QString bad = h.tmp.path(QStringLiteral("notes.ntm"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Messages::clearRecorded();
    Messages::setNextFile(bad);
    h.action("actionOpen")->trigger();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("not an NTM Tracker database")));
    CHECK(h.session.path() == QFileInfo(good).absoluteFilePath());
    h.window.showView(QStringLiteral("unitsView"));
    CHECK(h.tree()->model()->rowCount() > 0);
}

TEST_CASE("File > New creates an empty database and recent files are remembered", "[gui]")
{
    Harness h;
    Messages::setRecording(true, false); // answer "no demo data"
    Messages::setNextFile(h.tmp.path(QStringLiteral("fresh")));
    h.action("actionNew")->trigger();
    Messages::setRecording(true, true);
    REQUIRE(h.session.isOpen());
    CHECK(h.session.path().endsWith(QStringLiteral("fresh.ntm")));
    CHECK(h.tree()->model()->rowCount() == 0);
    CHECK(h.settings.recentFiles().constFirst() == h.session.path());
    auto* recent = h.window.findChild<QMenu*>(QStringLiteral("menuRecent"));
    REQUIRE(recent);
    CHECK(recent->actions().size() == 1);
    // The same name again is refused: no overwriting.
    Messages::clearRecorded();
    Messages::setNextFile(h.tmp.path(QStringLiteral("fresh.ntm")));
    h.action("actionNew")->trigger();
    REQUIRE(Messages::recorded().size() == 2);
    CHECK(Messages::recorded().at(1).contains(QStringLiteral("already exists")));
}

TEST_CASE("Window geometry and column widths are remembered", "[gui]")
{
    TempFolder tmp;
    const QString ini = tmp.path(QStringLiteral("settings.ini"));
    {
        AppSettings settings{std::make_unique<QSettings>(ini, QSettings::IniFormat)};
        DatabaseSession session;
        MainWindow window(session, settings);
        // The window fits a 1366×768 laptop screen with a task bar, every view and tab included.
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.minimumSizeHint().height() <= 700);
        window.resize(1011, 700);
        window.show();
        window.findChild<QTreeView*>(QStringLiteral("tree"))->setColumnWidth(0, 321);
        window.close();
    }
    AppSettings settings{std::make_unique<QSettings>(ini, QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window(session, settings);
    INFO("size " << window.size().width() << "x" << window.size().height());
    CHECK(window.size() == QSize(1011, 700));
    CHECK(window.findChild<QTreeView*>(QStringLiteral("tree"))->columnWidth(0) == 321);
}

TEST_CASE("File > Import criteria set stores a good file and names the problem in a bad one", "[gui]")
{
    Harness h;
    Messages::setRecording(true, false);
    Messages::setNextFile(h.tmp.path(QStringLiteral("empty.ntm")));
    h.action("actionNew")->trigger();
    Messages::setRecording(true, true);
    REQUIRE(h.session.isOpen());
    Messages::clearRecorded();
    Messages::setNextFile(fixturePath(QStringLiteral("criteria-malformed.json")));
    h.action("actionImportCriteria")->trigger();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("criteria-malformed.json")));
    Messages::clearRecorded();
    Messages::setNextFile(fixturePath(QStringLiteral("criteria-complete-51.json")));
    h.action("actionImportCriteria")->trigger();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("QD51-2025")));
}
