// SPDX-License-Identifier: GPL-3.0-or-later
// The app on a PostgreSQL server (docs/server.md): File > Connect to server with its Test button and a wrong
// password that keeps the form, the title and status bar naming the server, every view opened on the server's
// data, an undoable edit, and File > Back up into a file. Only in the server run of the suite (tag [pg]).
#include "GuiHelpers.h"

#include "access/UserDialog.h"
#include "access/UsersDialog.h"
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "db/DatabaseCopier.h"
#include "db/DatabaseLocation.h"
#include "db/Sql.h"
#include "officials/OfficialDialog.h"
#include "server/ConnectServerDialog.h"
#include "server/ConnectionMonitor.h"
#include "server/SaveWhenConnected.h"
#include "shell/MainWindow.h"
#include "shell/View.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QUndoStack>

#include <functional>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
/// The demo copied onto the server once per test process.
QString demoOnServer()
{
    static TempFolder folder;
    static const QString uri = [] {
        const QString target = dbLocation(folder.path(QStringLiteral("demo-server")));
        auto file = openDb(demoMaster());
        const auto copied = DatabaseCopier::copy(*file, target, {});
        INFO((copied ? QString() : copied.error().message).toStdString());
        REQUIRE(copied.ok());
        return target;
    }();
    return uri;
}

struct Harness
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("settings.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Harness()
    {
        Messages::clearRecorded();
        window.resize(1400, 900);
        window.show();
    }
    QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
};
} // namespace

TEST_CASE("Connect to server: Test reports success or the exact failure, a wrong password keeps the form", "[gui][pg]")
{
    Harness h;
    const auto location = DatabaseLocation::parse(demoOnServer()).value();
    h.action("actionConnectServer")->trigger();
    auto* dialog = visibleDialog<ConnectServerDialog>(&h.window);
    REQUIRE(dialog);
    auto* uri = dialog->findChild<QLineEdit*>(QStringLiteral("uriEdit"));
    uri->setText(demoOnServer());
    Q_EMIT uri->editingFinished();
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text() == location.database());
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("hostEdit"))->text() == location.host());

    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    password->setText(QStringLiteral("not the password"));
    dialog->findChild<QPushButton*>(QStringLiteral("testButton"))->click();
    CHECK(dialog->resultText().contains(QStringLiteral("Wrong password")));
    // Connect with the wrong password: the dialog stays, with everything typed, and says why.
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->resultText().contains(QStringLiteral("Wrong password")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("databaseEdit"))->text() == location.database());
    CHECK_FALSE(h.session.isOpen());

    password->setText(qEnvironmentVariable("PGPASSWORD"));
    dialog->findChild<QPushButton*>(QStringLiteral("testButton"))->click();
    CHECK(dialog->resultText().contains(QStringLiteral("Connected to")));
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    REQUIRE(h.session.isOpen());
    CHECK(h.session.database()->isServer());
    CHECK(h.window.windowTitle().contains(location.database()));
    CHECK(h.window.statusBar()->findChild<QLabel*>() != nullptr);
    bool named = false;
    for (const QLabel* label : h.window.statusBar()->findChildren<QLabel*>()) {
        named = named || label->text().contains(location.database());
    }
    CHECK(named);
    // The password never reaches the settings: only the address does.
    h.settings.sync();
    QFile ini(h.tmp.path(QStringLiteral("settings.ini")));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray stored = ini.readAll();
    CHECK(stored.contains(location.database().toUtf8()));
    CHECK_FALSE(stored.contains(qEnvironmentVariable("PGPASSWORD").toUtf8()));
    CHECK(h.settings.recentFiles().constFirst() == location.uri());
}

TEST_CASE("Every view opens on a server database, an edit is undone and redone, and Back up writes a file", "[gui][pg]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoOnServer()));
    REQUIRE(h.session.database()->isServer());
    auto* navigation = h.window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation);
    REQUIRE(navigation->count() >= 8);
    for (int i = 0; i < navigation->count(); ++i) {
        navigation->setCurrentRow(i);
        QCoreApplication::processEvents();
        REQUIRE(h.window.currentView());
        INFO(h.window.currentView()->objectName().toStdString());
        CHECK(h.window.currentView()->isVisible());
    }
    h.window.showCommune(QString()); // nothing chosen: no error either
    INFO(Messages::recorded().join(QLatin1Char('\n')).toStdString());
    CHECK(Messages::recorded().isEmpty());

    // An undoable change on the server: a new official, undone, redone.
    auto* db = h.session.database();
    const auto officials = [&] {
        return sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toLongLong();
    };
    const qint64 before = officials();
    h.window.showView(QStringLiteral("officialsView"));
    h.action("actionNewOfficial")->trigger();
    auto* dialog = visibleDialog<OfficialDialog>(&h.window);
    REQUIRE(dialog);
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit")), QStringLiteral("Nguyễn Văn Máy Chủ"));
    dialog->findChild<QComboBox*>(QStringLiteral("genderCombo"))->setCurrentIndex(0);
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
    INFO(Messages::recorded().join(QLatin1Char('\n')).toStdString());
    REQUIRE(officials() == before + 1);
    h.window.undoStack()->undo();
    CHECK(officials() == before);
    h.window.undoStack()->redo();
    CHECK(officials() == before + 1);

    // File > Back up: a consistent copy of the server database into a new file.
    const QString copy = h.tmp.path(QStringLiteral("server-backup.ntm"));
    Messages::setNextFile(copy);
    h.action("actionBackup")->trigger();
    REQUIRE(QFile::exists(copy));
    auto opened = Database::open(copy); // as given: openDb() would give the path a server database of its own
    REQUIRE(opened.ok());
    CHECK(sql::scalar(opened.value()->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toLongLong() ==
          before + 1);
}

TEST_CASE("Account > Users on a server makes and disables the accounts' login roles", "[gui][pg]")
{
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("users-server")));
    {
        auto db = openDb(tmp.path(QStringLiteral("users-server")));
        makeFixture(*db);
    }
    Harness h;
    REQUIRE(h.window.openDatabase(uri));
    auto* db = h.session.database();
    const auto loginOf = [&](const char* user) {
        return sql::scalar(db->sql(), QStringLiteral("SELECT login FROM app_user WHERE username = ?"),
                           {QString::fromLatin1(user)})
            .value()
            .toString();
    };
    const auto canLogin = [&](const QString& login) {
        return sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? AND rolcanlogin"),
                           {login})
                   .value()
                   .toInt() == 1;
    };
    h.action("actionUsers")->trigger();
    auto* users = visibleDialog<UsersDialog>(&h.window);
    REQUIRE(users);
    const auto create = [&](const char* name, Role role) {
        QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
        auto* dialog = visibleDialog<UserDialog>(users);
        REQUIRE(dialog);
        typeText(dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QString::fromLatin1(name));
        auto* roles = dialog->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
        for (const char* edit : {"passwordEdit", "confirmEdit"}) {
            typeText(dialog->findChild<QLineEdit*>(QLatin1String(edit)), QStringLiteral("Mat-khau-2026"));
        }
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
        INFO(Messages::recorded().join(QLatin1Char('\n')).toStdString());
        REQUIRE(visibleDialog<UserDialog>(users) == nullptr);
    };
    create("quantri", Role::Admin);
    create("xem", Role::Reviewer);
    const QString login = loginOf("xem");
    CHECK(login.endsWith(QStringLiteral(".xem")));
    CHECK(canLogin(login));
    auto* table = users->findChild<QTableWidget*>(QStringLiteral("usersTable"));
    users->selectUser(QStringLiteral("xem"));
    CHECK(table->item(table->currentRow(), UsersDialog::Username)->toolTip().contains(login));

    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("activeButton")), Qt::LeftButton);
    users->selectUser(QStringLiteral("xem"));
    CHECK(table->item(table->currentRow(), UsersDialog::State)->text() == QStringLiteral("Disabled"));
    CHECK_FALSE(canLogin(login));
    CHECK(canLogin(loginOf("quantri")));
    users->accept();
}

TEST_CASE("The server away during an edit: the dialog keeps what was typed, says so, and saves when the server is "
          "back; the status bar says both",
          "[gui][pg]")
{
    Harness h;
    REQUIRE(h.window.openDatabase(demoOnServer()));
    Database* db = h.session.database();
    REQUIRE(h.session.monitor());
    h.session.monitor()->setInterval(200);
    const QString name = DatabaseLocation::parse(demoOnServer()).value().database();
    const auto officials = [&] {
        return sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toLongLong();
    };
    const qint64 before = officials();
    const auto waitFor = [](const std::function<bool()>& done, int ms) {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < ms) {
            QTest::qWait(50);
        }
        return done();
    };
    h.window.showView(QStringLiteral("officialsView"));
    h.action("actionNewOfficial")->trigger();
    QPointer<OfficialDialog> dialog = visibleDialog<OfficialDialog>(&h.window);
    REQUIRE(dialog);
    typeText(dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit")), QStringLiteral("Nguyễn Văn Chờ Mạng"));

    // The server goes away for this database (its sessions dropped, new ones refused) while the user types.
    serverRun(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(name));
    serverRun(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(name));
    dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save)->click();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("connectionLostLabel"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("What you typed is kept")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("fullNameEdit"))->text() ==
          QStringLiteral("Nguyễn Văn Chờ Mạng"));
    REQUIRE(SaveWhenConnected::of(dialog));
    CHECK(SaveWhenConnected::of(dialog)->isWaiting());
    SaveWhenConnected::of(dialog)->setRetryInterval(200);
    CHECK(waitFor([&] { return h.window.statusBar()->currentMessage().contains(QStringLiteral("is lost")); }, 3000));

    // The server is back: the dialog closes by itself and the official is saved, once.
    serverRun(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(name));
    CHECK(waitFor([&] { return !dialog || !dialog->isVisible(); }, 5000));
    CHECK(waitFor([&] { return h.window.statusBar()->currentMessage().contains(QStringLiteral("Connected again")); },
                  3000));
    CHECK(officials() == before + 1);
    INFO(Messages::recorded().join(QLatin1Char('\n')).toStdString());
    CHECK(Messages::recorded().isEmpty());
}
