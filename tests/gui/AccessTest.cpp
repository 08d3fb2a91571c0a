// SPDX-License-Identifier: GPL-3.0-or-later
// Users, roles and the audit trail through the real widgets (offscreen): signing in at start with the growing
// delay, each role's start view, a reviewer's write refused with core's message, the administrator's Users
// dialog, changing one's password, the audit view's filters and the history of a record.
#include "GuiHelpers.h"

#include "access/AccessActions.h"
#include "access/AccountService.h"
#include "access/LoginDialog.h"
#include "access/PasswordDialog.h"
#include "access/UserDialog.h"
#include "access/UsersDialog.h"
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "audit/AuditEntryModel.h"
#include "audit/RecordHistoryDialog.h"
#include "backup/RestoreDialog.h"
#include "board/BoardModel.h"
#include "dashboard/DashboardView.h"
#include "db/Backups.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "officials/OfficialTableModel.h"
#include "service/OfficialService.h"
#include "shell/MainWindow.h"
#include "shell/View.h"
#include "store/OfficialStore.h"
#include "timeline/TimelineView.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTreeView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-dài");

struct Places
{
    QString districtId;
    QString communeId;        ///< a commune of the first district; merged away before today
    QString currentCommuneId; ///< a commune that exists today
    QString officialId;
};

/// The demo database with four accounts (one per role) and one audited change of an official, made once.
const QString& accountsMaster(Places* places = nullptr)
{
    static TempFolder folder;
    static Places found;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("accounts.ntm"));
        auto db = openDb(p);
        REQUIRE(DemoBuilder(*db).build().ok());
        found.districtId =
            sql::scalar(db->sql(), QStringLiteral("SELECT id FROM district ORDER BY code LIMIT 1")).value().toString();
        found.communeId = sql::scalar(db->sql(),
                                      QStringLiteral("SELECT commune_id FROM commune_period WHERE district_id = ? "
                                                     "ORDER BY code LIMIT 1"),
                                      {found.districtId})
                              .value()
                              .toString();
        found.currentCommuneId =
            sql::scalar(db->sql(),
                        QStringLiteral("SELECT commune_id FROM commune_period WHERE valid_to IS NULL AND kind = 'xa' "
                                       "ORDER BY code LIMIT 1"))
                .value()
                .toString();
        found.officialId = sql::scalar(db->sql(), QStringLiteral("SELECT id FROM official ORDER BY full_name LIMIT 1"))
                               .value()
                               .toString();
        AccountService accounts(*db);
        auto add = [&](const QString& name, Role role, const QString& district, const QString& commune) {
            NewAccount a;
            a.username = name;
            a.fullName = name;
            a.role = role;
            a.districtId = district;
            a.communeId = commune;
            a.password = kPassword;
            REQUIRE(accounts.create(a).ok());
        };
        add(QStringLiteral("admin"), Role::Admin, {}, {});
        add(QStringLiteral("canbo"), Role::Personnel, found.districtId, {});
        add(QStringLiteral("xa"), Role::CommuneLeader, {}, found.communeId);
        add(QStringLiteral("xem"), Role::Reviewer, {}, {});
        add(QStringLiteral("xanay"), Role::CommuneLeader, {}, found.currentCommuneId);
        auto official = OfficialStore(*db).get(found.officialId);
        REQUIRE(official.ok());
        REQUIRE(official.value().has_value());
        Official o = *official.value();
        o.note = QStringLiteral("Ghi chú của quản trị");
        REQUIRE(OfficialService(*db).update(o).ok());
        return p;
    }();
    if (places) {
        *places = found;
    }
    return path;
}

struct App
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    Places places;

    /// Opens a copy of the accounts database through File > Open: the sign-in dialog comes up.
    App()
    {
        const QString copy = tmp.path(QStringLiteral("copy.ntm"));
        {
            auto db = openDb(accountsMaster(&places));
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1280, 800);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        Messages::setNextFile(copy);
        action("actionOpen")->trigger();
        REQUIRE(session.isOpen());
    }

    QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
    template <typename T> T* child(T* parent, const char* name) const
    {
        T* w = parent->template findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    LoginDialog* login() const
    {
        auto* d = visibleDialog<LoginDialog>(const_cast<MainWindow*>(&window));
        REQUIRE(d);
        return d;
    }
    void signIn(const QString& user, const QString& password = kPassword)
    {
        LoginDialog* d = login();
        auto* userEdit = d->findChild<QLineEdit*>(QStringLiteral("userEdit"));
        userEdit->clear();
        typeText(userEdit, user);
        auto* passwordEdit = d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        passwordEdit->clear();
        typeText(passwordEdit, password);
        QTest::mouseClick(d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }
    QString currentView() const { return window.currentView()->objectName(); }
    QString userLabel() const { return window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text(); }
};

void clickButton(QDialog* d, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(which), Qt::LeftButton);
}
} // namespace

TEST_CASE("A database with accounts asks for a sign-in and counts down after a wrong password", "[gui][access]")
{
    App app;
    CHECK_FALSE(app.session.database()->actor().signedIn());
    // The dialog's clock stands still until the test moves it, so the delay does not depend on how long hashing
    // takes (seconds under the sanitizers).
    static QDateTime now;
    now = QDateTime::currentDateTimeUtc();
    LoginDialog::setClock([] { return now; });
    app.signIn(QStringLiteral("xem"), QStringLiteral("sai-mat-khau"));
    LoginDialog* d = app.login();
    auto* ok = d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto* message = d->findChild<QLabel*>(QStringLiteral("messageLabel"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("wrong password")));
    // 1 s after the first failure (then 1, 2, 4, 8… s: AccountTest in core), counted down by the dialog.
    CHECK(d->secondsLeft() == 1);
    CHECK_FALSE(ok->isEnabled());
    CHECK(d->findChild<QLabel*>(QStringLiteral("waitLabel"))->text().contains(QStringLiteral("1 second")));
    now = now.addSecs(2);
    QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 3000);

    app.signIn(QStringLiteral("xem"));
    LoginDialog::setClock({});
    CHECK(visibleDialog<LoginDialog>(&app.window) == nullptr);
    CHECK(app.session.database()->actor().username == QStringLiteral("xem"));
    CHECK(app.userLabel().contains(QStringLiteral("xem")));
    // The reviewer starts on the provincial review and may not manage accounts.
    CHECK(app.currentView() == QStringLiteral("reviewView"));
    CHECK_FALSE(app.action("actionUsers")->isEnabled());

    // The write buttons the reviewer may not use are disabled, and their tooltip says why (issue 19): no refusal
    // after the click.
    app.window.showView(QStringLiteral("officialsView"));
    auto* table = app.window.findChild<QTableView*>(QStringLiteral("officialsTable"));
    table->selectRow(0);
    auto* officials = app.window.findChild<QWidget*>(QStringLiteral("officialsView"));
    for (const char* name : {"newButton", "editButton", "deleteButton", "rotateButton"}) {
        auto* button = officials->findChild<QPushButton*>(QLatin1String(name));
        INFO(name);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("provincial reviewer")));
    }
    app.window.showView(QStringLiteral("assignmentsView"));
    app.window.findChild<QTableView*>(QStringLiteral("rotationTable"))->selectRow(0);
    auto* assignments = app.window.findChild<QWidget*>(QStringLiteral("assignmentsView"));
    for (const char* name : {"newButton", "editButton", "endButton", "deleteButton"}) {
        auto* button = assignments->findChild<QPushButton*>(QLatin1String(name));
        INFO(name);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip().contains(QStringLiteral("provincial reviewer")));
    }
    CHECK_FALSE(app.action("actionNewOfficial")->isEnabled());
    CHECK(app.action("actionNewOfficial")->toolTip().contains(QStringLiteral("provincial reviewer")));
    CHECK_FALSE(app.action("actionImportSheet")->isEnabled());
    CHECK(table->model()->rowCount() > 0);
}

TEST_CASE("Each role starts on its own view, and Cancel at the sign-in closes the database", "[gui][access]")
{
    SECTION("personnel officer")
    {
        App app;
        app.signIn(QStringLiteral("canbo"));
        CHECK(app.currentView() == QStringLiteral("assignmentsView"));
    }
    SECTION("commune leader")
    {
        App app;
        app.signIn(QStringLiteral("xanay"));
        CHECK(app.currentView() == QStringLiteral("boardView"));
        // The commune's own row of the board is the current one, its first criterion chosen.
        const QModelIndex current = app.window.findChild<QTreeView*>(QStringLiteral("boardTree"))->currentIndex();
        REQUIRE(current.isValid());
        CHECK(current.data(BoardModel::CommuneIdRole).toString() == app.places.currentCommuneId);
        CHECK(current.data(BoardModel::CriterionNumberRole).toInt() == 1);
        // The dashboard and the timeline open on the leader's own commune (issue 19).
        app.window.showView(QStringLiteral("dashboardView"));
        CHECK(app.window.findChild<DashboardView*>()->communeId() == app.places.currentCommuneId);
        app.window.showView(QStringLiteral("timelineView"));
        CHECK(app.window.findChild<TimelineView*>()->communeId() == app.places.currentCommuneId);
        // The leader may record on the board; a personnel officer's buttons elsewhere are not the leader's.
        app.window.showView(QStringLiteral("officialsView"));
        auto* newOfficial = app.window.findChild<QWidget*>(QStringLiteral("officialsView"))
                                ->findChild<QPushButton*>(QStringLiteral("newButton"));
        CHECK_FALSE(newOfficial->isEnabled());
        CHECK(newOfficial->toolTip().contains(QStringLiteral("commune leader")));
    }
    SECTION("commune leader of a commune merged before the date")
    {
        App app;
        app.signIn(QStringLiteral("xa"));
        CHECK(app.currentView() == QStringLiteral("dashboardView"));
    }
    SECTION("cancel")
    {
        App app;
        clickButton(app.login(), QDialogButtonBox::Cancel);
        CHECK_FALSE(app.session.isOpen());
    }
}

TEST_CASE("The administrator creates a user, resets a password and disables an account", "[gui][access]")
{
    App app;
    app.signIn(QStringLiteral("admin"));
    REQUIRE(app.action("actionUsers")->isEnabled());
    app.action("actionUsers")->trigger();
    auto* users = visibleDialog<UsersDialog>(&app.window);
    REQUIRE(users);
    auto* table = users->findChild<QTableWidget*>(QStringLiteral("usersTable"));
    CHECK(table->rowCount() == 5);

    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
    auto* create = visibleDialog<UserDialog>(users);
    REQUIRE(create);
    typeText(create->findChild<QLineEdit*>(QStringLiteral("usernameEdit")), QStringLiteral("lan"));
    typeText(create->findChild<QLineEdit*>(QStringLiteral("fullNameEdit")), QStringLiteral("Nguyễn Thị Lan"));
    auto* role = create->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    role->setCurrentIndex(role->findData(static_cast<int>(Role::CommuneLeader)));
    auto* scope = create->findChild<QComboBox*>(QStringLiteral("scopeCombo"));
    CHECK(scope->isEnabled());
    REQUIRE(scope->count() > 1);
    scope->setCurrentIndex(1);
    typeText(create->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("ngắn"));
    typeText(create->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("ngắn"));
    clickButton(create, QDialogButtonBox::Save);
    // Core's rule about the length shows in the dialog, which stays open.
    auto* message = create->findChild<QLabel*>(QStringLiteral("messageLabel"));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QStringLiteral("8")));
    for (const char* name : {"passwordEdit", "confirmEdit"}) {
        auto* edit = create->findChild<QLineEdit*>(QLatin1String(name));
        edit->clear();
        typeText(edit, kPassword);
    }
    clickButton(create, QDialogButtonBox::Save);
    CHECK(visibleDialog<UserDialog>(users) == nullptr);
    REQUIRE(table->rowCount() == 6);
    CHECK(table->selectedItems().value(0)->text() == QStringLiteral("lan"));
    CHECK(table->item(table->currentRow(), UsersDialog::RoleColumn)->text() == Vocabulary::label(Role::CommuneLeader));

    QTest::mouseClick(users->findChild<QPushButton*>(QStringLiteral("resetButton")), Qt::LeftButton);
    auto* reset = visibleDialog<PasswordDialog>(users);
    REQUIRE(reset);
    CHECK_FALSE(reset->findChild<QLineEdit*>(QStringLiteral("oldEdit"))->isVisible());
    typeText(reset->findChild<QLineEdit*>(QStringLiteral("newEdit")), QStringLiteral("mot-mat-khau-moi"));
    typeText(reset->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("mot-mat-khau-khac"));
    clickButton(reset, QDialogButtonBox::Save);
    CHECK(reset->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("differ")));
    auto* confirm = reset->findChild<QLineEdit*>(QStringLiteral("confirmEdit"));
    confirm->clear();
    typeText(confirm, QStringLiteral("mot-mat-khau-moi"));
    clickButton(reset, QDialogButtonBox::Save);
    CHECK(visibleDialog<PasswordDialog>(users) == nullptr);
    users->selectUser(QStringLiteral("lan"));
    CHECK(table->item(table->currentRow(), UsersDialog::State)->text() == QStringLiteral("Must change the password"));

    auto* active = users->findChild<QPushButton*>(QStringLiteral("activeButton"));
    QTest::mouseClick(active, Qt::LeftButton);
    users->selectUser(QStringLiteral("lan"));
    CHECK(table->item(table->currentRow(), UsersDialog::State)->text() == QStringLiteral("Disabled"));
    CHECK(active->text() == QStringLiteral("&Enable"));

    // The only administrator cannot disable themself: core refuses, the dialog says why.
    users->selectUser(QStringLiteral("admin"));
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK(users->findChild<QLabel*>(QStringLiteral("messageLabel"))->isVisible());
    users->selectUser(QStringLiteral("admin"));
    CHECK(table->item(table->currentRow(), UsersDialog::State)->text() == QStringLiteral("Active"));
    users->accept();

    // Every change above is in the audit trail, under the administrator's name.
    app.window.showView(QStringLiteral("auditView"));
    auto* audit = app.window.findChild<QWidget*>(QStringLiteral("auditView"));
    auto* kind = audit->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("User accounts")));
    auto* user = audit->findChild<QComboBox*>(QStringLiteral("userCombo"));
    user->setCurrentIndex(user->findText(QStringLiteral("admin")));
    auto* entries = audit->findChild<QTableView*>(QStringLiteral("auditTable"))->model();
    QStringList records;
    for (int r = 0; r < entries->rowCount(); ++r) {
        records.append(entries->index(r, AuditEntryModel::Record).data().toString());
        CHECK(entries->index(r, AuditEntryModel::User).data().toString() == QStringLiteral("admin"));
    }
    INFO(records.join(u',').toStdString());
    CHECK(records.filter(QStringLiteral("lan"), Qt::CaseInsensitive).size() >= 3); // created, reset, disabled
}

TEST_CASE("A user changes their own password", "[gui][access]")
{
    App app;
    app.signIn(QStringLiteral("canbo"));
    REQUIRE(app.action("actionChangePassword")->isEnabled());
    app.action("actionChangePassword")->trigger();
    auto* d = visibleDialog<PasswordDialog>(&app.window);
    REQUIRE(d);
    typeText(d->findChild<QLineEdit*>(QStringLiteral("oldEdit")), QStringLiteral("khong-dung"));
    typeText(d->findChild<QLineEdit*>(QStringLiteral("newEdit")), QStringLiteral("mat-khau-moi-2026"));
    typeText(d->findChild<QLineEdit*>(QStringLiteral("confirmEdit")), QStringLiteral("mat-khau-moi-2026"));
    clickButton(d, QDialogButtonBox::Save);
    CHECK(d->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().contains(QStringLiteral("current password")));
    QTest::qWait(1100); // the growing delay after a wrong password: 1 s after the first
    auto* old = d->findChild<QLineEdit*>(QStringLiteral("oldEdit"));
    old->clear();
    typeText(old, kPassword);
    clickButton(d, QDialogButtonBox::Save);
    CHECK(visibleDialog<PasswordDialog>(&app.window) == nullptr);
    CHECK(Messages::recorded().join(u'\n').contains(QStringLiteral("new password is saved")));
    // The new password signs in.
    app.action("actionSignIn")->trigger();
    app.signIn(QStringLiteral("canbo"), QStringLiteral("mat-khau-moi-2026"));
    CHECK(visibleDialog<LoginDialog>(&app.window) == nullptr);
}

TEST_CASE("The audit view filters by user, commune, kind and dates, and a record's history opens from its menu",
          "[gui][audit]")
{
    App app;
    app.signIn(QStringLiteral("xem"));
    app.window.showView(QStringLiteral("auditView"));
    auto* audit = app.window.findChild<QWidget*>(QStringLiteral("auditView"));
    auto* table = audit->findChild<QTableView*>(QStringLiteral("auditTable"));
    auto* model = table->model();
    const int all = model->rowCount();
    REQUIRE(all >= 5); // four accounts, one official

    auto* kind = audit->findChild<QComboBox*>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Officials")));
    REQUIRE(model->rowCount() >= 1);
    CHECK(model->index(0, AuditEntryModel::Kind).data().toString() == QStringLiteral("Officials"));
    // The selected change shows its fields before and after.
    table->setCurrentIndex(model->index(0, 0));
    auto* changes = audit->findChild<QTableView*>(QStringLiteral("changesTable"))->model();
    QStringList afters;
    for (int r = 0; r < changes->rowCount(); ++r) {
        afters.append(changes->index(r, 2).data().toString());
    }
    CHECK(afters.contains(QStringLiteral("Ghi chú của quản trị")));

    auto* user = audit->findChild<QComboBox*>(QStringLiteral("userCombo"));
    // Only people who changed something are offered; the reviewer changed nothing.
    CHECK(user->findText(QStringLiteral("xem")) < 0);
    user->setCurrentIndex(user->findText(QStringLiteral("admin")));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, AuditEntryModel::User).data().toString() == QStringLiteral("admin"));
    audit->findChild<QPushButton*>(QStringLiteral("clearButton"))->click();
    CHECK(model->rowCount() == all);

    auto* commune = audit->findChild<QComboBox*>(QStringLiteral("communeCombo"));
    commune->setCurrentIndex(commune->findData(app.places.communeId));
    REQUIRE(commune->currentIndex() > 0);
    CHECK(model->rowCount() < all);
    audit->findChild<QPushButton*>(QStringLiteral("clearButton"))->click();

    auto* from = audit->findChild<QDateEdit*>(QStringLiteral("fromEdit"));
    from->setDate(QDate::currentDate().addDays(1));
    CHECK(model->rowCount() == 0);
    from->setDate(QDate::currentDate().addDays(-1));
    CHECK(model->rowCount() == all);

    // The officials table's context menu opens the whole history of the official changed above.
    app.window.showView(QStringLiteral("officialsView"));
    auto* officials = app.window.findChild<QTableView*>(QStringLiteral("officialsTable"));
    int row = -1;
    for (int r = 0; r < officials->model()->rowCount(); ++r) {
        if (officials->model()->index(r, 0).data(OfficialTableModel::IdRole).toString() == app.places.officialId) {
            row = r;
        }
    }
    REQUIRE(row >= 0);
    officials->setCurrentIndex(officials->model()->index(row, 0));
    QAction* history = officials->findChild<QAction*>(QStringLiteral("historyAction"));
    REQUIRE(history);
    CHECK(officials->actions().contains(history));
    history->trigger();
    auto* dialog = visibleDialog<RecordHistoryDialog>(&app.window);
    REQUIRE(dialog);
    CHECK(dialog->entryCount() >= 1);
    dialog->reject();

    // The rotations table has the same entry.
    auto* rotations = app.window.findChild<QTableView*>(QStringLiteral("rotationTable"));
    CHECK(rotations->findChild<QAction*>(QStringLiteral("historyAction")));
}

TEST_CASE("A database without accounts needs no sign-in: its owner administers it", "[gui][access]")
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    window.show();
    Messages::setRecording(true, true);
    const QString path = tmp.path(QStringLiteral("plain.ntm"));
    REQUIRE(session.create(path, false).ok());
    CHECK(visibleDialog<LoginDialog>(&window) == nullptr);
    CHECK(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text() == QStringLiteral("Single-user mode"));
    CHECK(window.findChild<QAction*>(QStringLiteral("actionUsers"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("actionSignIn"))->isEnabled());
}

TEST_CASE("A daily backup is made at open, and File > Restore from backup puts it back and keeps the current file",
          "[gui][backup]")
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    window.show();
    Messages::setRecording(true, true);
    Messages::clearRecorded();
    const QString path = tmp.path(QStringLiteral("tinh.ntm"));
    REQUIRE(session.create(path, false).ok());
    // Opening made today's backup, of the database without officials.
    REQUIRE(Backups::list(path).size() == 1);
    auto* restore = window.findChild<QAction*>(QStringLiteral("actionRestore"));
    REQUIRE(restore->isEnabled());

    Official o;
    o.fullName = QStringLiteral("Bùi Ngọc Nhật");
    o.homeUnit = QStringLiteral("Huyện ủy Đức Thọ");
    REQUIRE(OfficialService(*session.database()).create(o).ok());
    REQUIRE(sql::scalar(session.database()->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toInt() ==
            1);

    restore->trigger();
    auto* dialog = visibleDialog<RestoreDialog>(&window);
    REQUIRE(dialog);
    CHECK(dialog->backupCount() == 1);
    clickButton(dialog, QDialogButtonBox::Ok);
    REQUIRE(session.isOpen());
    CHECK(sql::scalar(session.database()->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toInt() == 0);
    CHECK(Messages::recorded().join(u'\n').contains(QStringLiteral("was restored")));
    // The database as it was (with the official) is kept as a before-restore backup.
    const QList<BackupInfo> backups = Backups::list(path);
    REQUIRE(backups.size() == 2);
    bool kept = false;
    for (const BackupInfo& b : backups) {
        if (b.kind == BackupInfo::Kind::BeforeRestore) {
            auto copy = openDb(b.path);
            kept = sql::scalar(copy->sql(), QStringLiteral("SELECT count(*) FROM official")).value().toInt() == 1;
        }
    }
    CHECK(kept);
}

TEST_CASE("Only an administrator may restore a backup", "[gui][backup]")
{
    App app;
    app.signIn(QStringLiteral("canbo"));
    CHECK_FALSE(app.action("actionRestore")->isEnabled());
    app.action("actionSignIn")->trigger();
    app.signIn(QStringLiteral("admin"));
    CHECK(app.action("actionRestore")->isEnabled());
}

TEST_CASE("A password an administrator reset must be changed right after signing in", "[gui][access]")
{
    App app;
    app.signIn(QStringLiteral("admin"));
    AccountService accounts(*app.session.database());
    QString id;
    for (const Account& a : accounts.accounts().value()) {
        if (a.username == QStringLiteral("canbo")) {
            id = a.id;
        }
    }
    REQUIRE(accounts.resetPassword(id, QStringLiteral("tam-thoi-2026")).ok());
    app.action("actionSignIn")->trigger();
    app.signIn(QStringLiteral("canbo"), QStringLiteral("tam-thoi-2026"));
    CHECK(app.session.database()->actor().username == QStringLiteral("canbo"));
    auto* d = visibleDialog<PasswordDialog>(&app.window);
    REQUIRE(d);
    CHECK(d->findChild<QLineEdit*>(QStringLiteral("oldEdit"))->isVisible());
}
