// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About and ntm-tracker's command line: the version shown is the program's one version, beside the open
// database's schema version and the criteria sets shipped.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/StartOptions.h"
#include "db/Migrator.h"
#include "service/ProgramInfo.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "util/ProgramVersion.h"

#include <QAction>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
struct Harness
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("settings.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    AboutDialog* openAbout()
    {
        window.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
        AboutDialog* about = visibleDialog<AboutDialog>(&window);
        REQUIRE(about);
        return about;
    }
};
} // namespace

TEST_CASE("Help > About shows the version, the database's schema version and the criteria sets shipped", "[gui]")
{
    Harness h;
    const QString path = h.tmp.path(QStringLiteral("tinh.ntm"));
    openDb(path); // a new database at the latest schema, with the shipped criteria sets
    REQUIRE(h.window.openDatabase(path));
    AboutDialog* about = h.openAbout();

    const QString version = ProgramVersion::text();
    CHECK(about->findChild<QLabel*>(QStringLiteral("titleLabel"))
              ->text()
              .contains(QStringLiteral("NTM Tracker ") + version));
    CHECK(about->findChild<QLabel*>(QStringLiteral("iconLabel"))->pixmap().width() == 72);
    const QString shown = about->findChild<QTextBrowser*>(QStringLiteral("detailsBrowser"))->toPlainText();
    const QString schema = QString::number(Migrator::latestVersion());
    CHECK(shown.contains(version));
    CHECK(shown.contains(QStringLiteral("tinh.ntm, schema version ") + schema));
    CHECK(shown.contains(QStringLiteral("Schema version of this program")));
    const ProgramInfo info = ProgramInfo::collect();
    REQUIRE(info.criteriaSets.size() >= 6);
    for (const ShippedCriteriaSet& set : info.criteriaSets) {
        INFO(set.code.toStdString());
        CHECK(shown.contains(set.code));
        CHECK(shown.contains(set.name));
    }
    CHECK(shown.contains(QStringLiteral("16/04/2009"))); // 491/QĐ-TTg, dates as users read them

    // Copy details: the same facts as plain text, for a report of a problem.
    QGuiApplication::clipboard()->clear();
    about->findChild<QPushButton*>(QStringLiteral("copyDetailsButton"))->click();
    const QString copied = QGuiApplication::clipboard()->text();
    CHECK(copied.startsWith(QStringLiteral("NTM Tracker ") + version + QLatin1Char('\n')));
    CHECK(copied.contains(QStringLiteral("Database: tinh.ntm, schema version ") + schema));
    CHECK(copied.contains(QStringLiteral("QD1980-2016 · 1980/QĐ-TTg · 01/12/2016")));
    about->close();
}

TEST_CASE("Help > About without a database says none is open", "[gui]")
{
    Harness h;
    AboutDialog* about = h.openAbout();
    CHECK(about->detailsText().contains(QStringLiteral("Database: none open")));
    about->close();
}

TEST_CASE("ntm-tracker's command line: a file, --help, --version, and wrong usage", "[gui]")
{
    using Action = StartOptions::Action;
    CHECK(StartOptions::parse({}).action == Action::Run);
    CHECK(StartOptions::parse({}).file.isEmpty());
    const StartOptions file =
        StartOptions::parse({QStringLiteral("/data/tinh.ntm"), QStringLiteral("--quit-after-shown")});
    CHECK(file.action == Action::Run);
    CHECK(file.file == QStringLiteral("/data/tinh.ntm"));
    CHECK(file.quitAfterShown);
    CHECK(StartOptions::parse({QStringLiteral("--"), QStringLiteral("-odd.ntm")}).file == QStringLiteral("-odd.ntm"));

    CHECK(StartOptions::parse({QStringLiteral("a.ntm"), QStringLiteral("--help")}).action == Action::Help);
    CHECK(StartOptions::parse({QStringLiteral("-h")}).action == Action::Help);
    CHECK(StartOptions::parse({QStringLiteral("--version")}).action == Action::Version);
    CHECK(StartOptions::versionText().startsWith(QStringLiteral("ntm-tracker ") + ProgramVersion::text() +
                                                 QLatin1Char('\n')));
    for (const char* option : {"--help", "--version", "--quit-after-shown", "Usage: ntm-tracker [OPTION]... [FILE]"}) {
        CHECK(StartOptions::usage().contains(QLatin1String(option)));
    }

    const StartOptions unknown = StartOptions::parse({QStringLiteral("--frobnicate")});
    CHECK(unknown.action == Action::UsageError);
    CHECK(unknown.error.contains(QStringLiteral("--frobnicate")));
    const StartOptions two = StartOptions::parse({QStringLiteral("a.ntm"), QStringLiteral("b.ntm")});
    CHECK(two.action == Action::UsageError);
    CHECK(two.error.contains(QStringLiteral("b.ntm")));
}
