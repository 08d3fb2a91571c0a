// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts and signing in: password hashing, single-user mode, the first administrator, the growing delay after
// failed attempts (kept across restarts), changing and resetting passwords.
#include "TestSupport.h"

#include "access/AccountService.h"
#include "access/PasswordHash.h"
#include "db/Sql.h"
#include "store/AuditLog.h"

#include <QElapsedTimer>

using namespace ntm::core;
using namespace ntm::test;

namespace {
NewAccount newAccount(const QString& name, Role role, const QString& password = QStringLiteral("mật-khẩu-dài"))
{
    NewAccount a;
    a.username = name;
    a.fullName = QStringLiteral("Nguyễn Văn ") + name;
    a.role = role;
    a.password = password;
    return a;
}

/// A clock the test moves by hand.
struct FakeClock
{
    QDateTime now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    AccountService::Clock clock()
    {
        return [this] { return now; };
    }
};
} // namespace

TEST_CASE("PBKDF2-HMAC-SHA256 gives the published test vectors", "[access][password]")
{
    // Known answers for PBKDF2-HMAC-SHA256 ("password", "salt"), as published alongside RFC 6070's SHA-1 ones.
    CHECK(PasswordHash::derive("password", "salt", 1, 32).toHex() ==
          "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    CHECK(PasswordHash::derive("password", "salt", 2, 32).toHex() ==
          "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    CHECK(PasswordHash::derive("password", "salt", 4096, 32).toHex() ==
          "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

TEST_CASE("A password hash uses 600,000 iterations and a fresh salt, and matches only its password",
          "[access][password]")
{
    const PasswordHash a = PasswordHash::make(QStringLiteral("Hà Tĩnh 2026"));
    const PasswordHash b = PasswordHash::make(QStringLiteral("Hà Tĩnh 2026"));
    CHECK(a.iterations >= 600000);
    CHECK(a.salt.size() == 16);
    CHECK(a.hash.size() == 32);
    CHECK(a.salt != b.salt);
    CHECK(a.hash != b.hash);
    CHECK(a.matches(QStringLiteral("Hà Tĩnh 2026")));
    CHECK_FALSE(a.matches(QStringLiteral("Ha Tinh 2026")));
    CHECK_FALSE(a.matches(QString()));
    // The same word typed with decomposed diacritics (some Vietnamese input methods) still matches.
    CHECK(a.matches(QStringLiteral("Hà Tĩnh 2026").normalized(QString::NormalizationForm_D)));
    CHECK_FALSE(PasswordHash().matches(QString()));
}

TEST_CASE("A new database runs in single-user mode: its owner is an administrator", "[access][accounts]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    CHECK_FALSE(db->hasAccounts());
    CHECK(db->actor().localOwner);
    CHECK(db->actor().isAdmin());
    const auto refused = AccountService(*db).create(newAccount(QStringLiteral("lan"), Role::Reviewer));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("role"));
    CHECK(refused.error().message.contains(QStringLiteral("first account must be an administrator")));
    CHECK_FALSE(db->hasAccounts());
}

TEST_CASE("Once an administrator exists, the database asks for a sign-in", "[access][accounts]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("a.ntm"));
    {
        auto db = openDb(path);
        AccountService accounts(*db);
        const auto id = accounts.create(newAccount(QStringLiteral("hoa"), Role::Admin));
        REQUIRE(id.ok());
        // The owner's single-user session carries on as the new administrator.
        CHECK(db->actor().username == QStringLiteral("hoa"));
        CHECK(db->actor().isAdmin());
        CHECK_FALSE(db->actor().localOwner);
        const auto history = AuditLog(*db).historyOf(QStringLiteral("app_user"), id.value());
        REQUIRE(history.value().size() == 1);
        CHECK(history.value().constFirst().afterJson.contains(QStringLiteral("\"password_hash\":\"***\"")));
    }
    auto db = openDb(path);
    CHECK(db->hasAccounts());
    CHECK_FALSE(db->actor().signedIn());
    FakeClock time;
    AccountService accounts(*db, time.clock());
    REQUIRE_FALSE(accounts.signIn(QStringLiteral("hoa"), QStringLiteral("sai-mật-khẩu")).ok());
    CHECK_FALSE(db->actor().signedIn());
    time.now = time.now.addSecs(1);
    const auto signedIn = accounts.signIn(QStringLiteral("HOA"), QStringLiteral("mật-khẩu-dài"));
    REQUIRE(signedIn.ok());
    CHECK(db->actor().username == QStringLiteral("hoa"));
    CHECK(db->actor().isAdmin());
}

TEST_CASE("An unknown name, a wrong password and a disabled account get the same answer", "[access][accounts]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    const Fixture f = makeFixture(*db);
    AccountService accounts(*db);
    REQUIRE(accounts.create(newAccount(QStringLiteral("hoa"), Role::Admin)).ok());
    NewAccount lan = newAccount(QStringLiteral("lan"), Role::Reviewer);
    const auto lanId = accounts.create(lan);
    REQUIRE(lanId.ok());
    Account disabled = accounts.accounts().value().constLast();
    REQUIRE(disabled.username == QStringLiteral("lan"));
    disabled.active = false;
    REQUIRE(accounts.update(disabled).ok());

    const auto unknown = accounts.signIn(QStringLiteral("khong-co"), QStringLiteral("mật-khẩu-dài"));
    const auto inactive = accounts.signIn(QStringLiteral("lan"), QStringLiteral("mật-khẩu-dài"));
    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(inactive.ok());
    CHECK(unknown.error().message == inactive.error().message);
    CHECK(unknown.error().message == QStringLiteral("Unknown user name or wrong password."));
    (void)f;
}

TEST_CASE("Failed attempts delay the next one more and more, across restarts", "[access][accounts]")
{
    CHECK(AccountService::delaySeconds(0) == 0);
    CHECK(AccountService::delaySeconds(1) == 1);
    CHECK(AccountService::delaySeconds(2) == 1);
    CHECK(AccountService::delaySeconds(3) == 2);
    CHECK(AccountService::delaySeconds(4) == 4);
    CHECK(AccountService::delaySeconds(8) == 64);
    CHECK(AccountService::delaySeconds(12) == 900);
    CHECK(AccountService::delaySeconds(1000) == 900);

    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("a.ntm"));
    FakeClock time;
    {
        auto db = openDb(path);
        REQUIRE(AccountService(*db).create(newAccount(QStringLiteral("hoa"), Role::Admin)).ok());
    }
    {
        auto db = openDb(path);
        AccountService accounts(*db, time.clock());
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const auto r = accounts.signIn(QStringLiteral("hoa"), QStringLiteral("đoán-%1").arg(attempt));
            REQUIRE_FALSE(r.ok());
            time.now = time.now.addSecs(AccountService::delaySeconds(attempt));
        }
        // Fifth failure: the next attempt must wait 8 s; an attempt 3 s later is refused without being checked,
        // even with the right password.
        REQUIRE_FALSE(accounts.signIn(QStringLiteral("hoa"), QStringLiteral("đoán-5")).ok());
        time.now = time.now.addSecs(3);
        const auto early = accounts.signIn(QStringLiteral("hoa"), QStringLiteral("mật-khẩu-dài"));
        REQUIRE_FALSE(early.ok());
        CHECK(early.error().message.contains(QStringLiteral("wait 5 second")));
    }
    // A restart does not reset the delay.
    auto db = openDb(path);
    AccountService accounts(*db, time.clock());
    REQUIRE_FALSE(accounts.signIn(QStringLiteral("hoa"), QStringLiteral("mật-khẩu-dài")).ok());
    time.now = time.now.addSecs(5);
    REQUIRE(accounts.signIn(QStringLiteral("hoa"), QStringLiteral("mật-khẩu-dài")).ok());
    // Success clears the count: the next failure waits 1 s again.
    CHECK(accounts.accounts().value().constFirst().failedAttempts == 0);
    const auto again = accounts.signIn(QStringLiteral("hoa"), QStringLiteral("sai"));
    REQUIRE_FALSE(again.ok());
    CHECK(accounts.accounts().value().constFirst().failedAttempts == 1);
}

TEST_CASE("Users change their own password, and an administrator resets one to be changed at next sign-in",
          "[access][accounts]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("a.ntm"));
    auto db = openDb(path);
    const Fixture f = makeFixture(*db);
    FakeClock time;
    AccountService accounts(*db, time.clock());
    REQUIRE(accounts.create(newAccount(QStringLiteral("hoa"), Role::Admin)).ok());
    NewAccount nam = newAccount(QStringLiteral("nam"), Role::Personnel, QStringLiteral("mật-khẩu-nam"));
    nam.districtId = f.districtA;
    const auto namId = accounts.create(nam);
    REQUIRE(namId.ok());

    // The administrator resets nam's password.
    SECTION("reset")
    {
        REQUIRE(accounts.resetPassword(namId.value(), QStringLiteral("tạm-thời-123")).ok());
        const auto signedIn = accounts.signIn(QStringLiteral("nam"), QStringLiteral("tạm-thời-123"));
        REQUIRE(signedIn.ok());
        CHECK(signedIn.value().mustChangePassword);
        // nam, now signed in, cannot reset anyone's password.
        const auto refused = accounts.resetPassword(namId.value(), QStringLiteral("khác-hẳn-456"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Denied);
        REQUIRE(accounts.changePassword(QStringLiteral("tạm-thời-123"), QStringLiteral("của-riêng-nam")).ok());
        const auto later = accounts.signIn(QStringLiteral("nam"), QStringLiteral("của-riêng-nam"));
        REQUIRE(later.ok());
        CHECK_FALSE(later.value().mustChangePassword);
    }
    SECTION("change")
    {
        REQUIRE(accounts.signIn(QStringLiteral("nam"), QStringLiteral("mật-khẩu-nam")).ok());
        const auto wrongOld = accounts.changePassword(QStringLiteral("không-phải"), QStringLiteral("mới-mới-mới"));
        REQUIRE_FALSE(wrongOld.ok());
        CHECK(wrongOld.error().field == QStringLiteral("old_password"));
        // A wrong current password counts as a failed attempt: the next try waits.
        const auto tooSoon = accounts.changePassword(QStringLiteral("mật-khẩu-nam"), QStringLiteral("mới-mới-mới"));
        REQUIRE_FALSE(tooSoon.ok());
        CHECK(tooSoon.error().message.contains(QStringLiteral("wait 1 second")));
        time.now = time.now.addSecs(1);
        const auto tooShort = accounts.changePassword(QStringLiteral("mật-khẩu-nam"), QStringLiteral("ngắn"));
        REQUIRE_FALSE(tooShort.ok());
        CHECK(tooShort.error().field == QStringLiteral("password"));
        const auto sameAsName = accounts.changePassword(QStringLiteral("mật-khẩu-nam"), QStringLiteral("NAM"));
        REQUIRE_FALSE(sameAsName.ok());
    }
}

TEST_CASE("The last active administrator cannot be demoted or disabled", "[access][accounts]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    AccountService accounts(*db);
    REQUIRE(accounts.create(newAccount(QStringLiteral("hoa"), Role::Admin)).ok());
    Account hoa = accounts.accounts().value().constFirst();
    hoa.role = Role::Reviewer;
    const auto refused = accounts.update(hoa);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("only active administrator")));
    hoa.role = Role::Admin;
    hoa.active = false;
    REQUIRE_FALSE(accounts.update(hoa).ok());
    // With a second administrator, the first may step down.
    REQUIRE(accounts.create(newAccount(QStringLiteral("tuan"), Role::Admin)).ok());
    hoa = accounts.accounts().value().constFirst();
    hoa.role = Role::Reviewer;
    REQUIRE(accounts.update(hoa).ok());
    // hoa was the actor: the demotion applies at once.
    CHECK(db->actor().role == Role::Reviewer);
}

TEST_CASE("An account edited from a stale copy is refused as changed by someone else", "[access][accounts]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    AccountService accounts(*db);
    REQUIRE(accounts.create(newAccount(QStringLiteral("hoa"), Role::Admin)).ok());
    REQUIRE(accounts.create(newAccount(QStringLiteral("lan"), Role::Reviewer)).ok());
    const Account stale = accounts.accounts().value().constLast();
    Account fresh = stale;
    fresh.fullName = QStringLiteral("Trần Thị Lan");
    REQUIRE(accounts.update(fresh).ok());
    Account second = stale;
    second.fullName = QStringLiteral("Lê Thị Lan");
    const auto refused = accounts.update(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Conflict);
    CHECK(accounts.accounts().value().constLast().fullName == QStringLiteral("Trần Thị Lan"));
}

TEST_CASE("Hashing one password takes a measurable time (reported, not asserted)", "[access][password][.benchmark]")
{
    QElapsedTimer t;
    t.start();
    const int runs = 5;
    for (int i = 0; i < runs; ++i) {
        (void)PasswordHash::make(QStringLiteral("đo-thời-gian"));
    }
    WARN("PBKDF2-HMAC-SHA256, " << PasswordHash::kIterations << " iterations: " << t.elapsed() / runs
                                << " ms per hash");
}
