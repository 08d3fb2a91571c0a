// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli --user: commands that write sign in on a database with accounts, and core refuses what the role may not do.
#include "TestSupport.h"

#include "access/AccountService.h"
#include "store/OfficialStore.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QString& password = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NTM_PASSWORD"));
    if (!password.isNull()) {
        env.insert(QStringLiteral("NTM_PASSWORD"), password);
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// A database with the small fixture and three accounts: hoa (administrator), nam (personnel officer of district
/// An Phú), lan (provincial reviewer).
struct Accounts
{
    TempFolder tmp;
    QString path = dbLocation(tmp.path(QStringLiteral("users.ntm")));
    Fixture f;

    Accounts()
    {
        auto db = openDb(path);
        f = makeFixture(*db);
        AccountService accounts(*db);
        NewAccount a;
        a.username = QStringLiteral("hoa");
        a.role = Role::Admin;
        a.password = QStringLiteral("mật-khẩu-hoa");
        REQUIRE(accounts.create(a).ok());
        a.username = QStringLiteral("nam");
        a.role = Role::Personnel;
        a.districtId = f.districtA;
        a.password = QStringLiteral("mật-khẩu-nam");
        REQUIRE(accounts.create(a).ok());
        a.username = QStringLiteral("lan");
        a.role = Role::Reviewer;
        a.password = QStringLiteral("mật-khẩu-lan");
        REQUIRE(accounts.create(a).ok());
    }
};

QString criteriaSet()
{
    return QStringLiteral(NTM_TEST_FIXTURES "/criteria-complete-51.json");
}
} // namespace

TEST_CASE("cli: a database with accounts needs --user for commands that write", "[cli][users]")
{
    Accounts accounts;
    const Run none = cli({QStringLiteral("criteria-import"), accounts.path, criteriaSet()});
    CHECK(none.code == 1);
    CHECK(none.err.contains(QStringLiteral("has user accounts: give --user NAME")));

    const Run noPassword = cli({QStringLiteral("criteria-import"), accounts.path, criteriaSet(),
                                QStringLiteral("--user"), QStringLiteral("hoa")});
    CHECK(noPassword.code == 1);
    CHECK(noPassword.err.contains(QStringLiteral("set NTM_PASSWORD")));

    const Run wrong = cli({QStringLiteral("criteria-import"), accounts.path, criteriaSet(), QStringLiteral("--user"),
                           QStringLiteral("lan")},
                          QStringLiteral("đoán-bừa"));
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("Unknown user name or wrong password.")));

    // Reads need no sign-in.
    CHECK(cli({QStringLiteral("stats"), accounts.path, QStringLiteral("--as-of"), QStringLiteral("2020-01-01")}).code ==
          0);
}

TEST_CASE("cli: core refuses what the signed-in role may not change", "[cli][users]")
{
    Accounts accounts;
    const Run refused = cli({QStringLiteral("criteria-import"), accounts.path, criteriaSet(), QStringLiteral("--user"),
                             QStringLiteral("nam")},
                            QStringLiteral("mật-khẩu-nam"));
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Refused: nam is the district personnel officer of Huyện An Phú")));

    const Run admin = cli({QStringLiteral("criteria-import"), accounts.path, criteriaSet(), QStringLiteral("--user"),
                           QStringLiteral("hoa")},
                          QStringLiteral("mật-khẩu-hoa"));
    INFO(admin.err.toStdString());
    CHECK(admin.code == 0);

    // The personnel officer imports officials: they belong to the officer's district.
    const QString sheet = accounts.tmp.path(QStringLiteral("o.csv"));
    {
        QFile f(sheet);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Họ và tên,Ngày sinh\r\nVõ Thị Sáu,01/01/1980\r\n").toUtf8());
    }
    const Run imported = cli({QStringLiteral("import-sheet"), accounts.path, sheet, QStringLiteral("--kind"),
                              QStringLiteral("officials"), QStringLiteral("--user"), QStringLiteral("nam")},
                             QStringLiteral("mật-khẩu-nam"));
    INFO(imported.err.toStdString());
    CHECK(imported.code == 0);
    const Run reviewer =
        cli({QStringLiteral("import-sheet"), accounts.path, sheet, QStringLiteral("--kind"),
             QStringLiteral("officials"), QStringLiteral("--user"), QStringLiteral("lan"), QStringLiteral("--json")},
            QStringLiteral("mật-khẩu-lan"));
    CHECK(reviewer.code == 1);
    CHECK(reviewer.out.contains(QStringLiteral("provincial reviewer")));
    auto db = openDb(accounts.path);
    const auto officials = OfficialStore(*db).all().value();
    REQUIRE(officials.size() == 1);
    CHECK(officials.constFirst().homeDistrictId == accounts.f.districtA);
}

TEST_CASE("cli: --user on a database without accounts is refused", "[cli][users]")
{
    TempFolder tmp;
    const QString path = dbLocation(tmp.path(QStringLiteral("single.ntm")));
    REQUIRE(cli({QStringLiteral("init"), path}).code == 0);
    const Run r =
        cli({QStringLiteral("criteria-import"), path, criteriaSet(), QStringLiteral("--user"), QStringLiteral("hoa")},
            QStringLiteral("x"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("has no user accounts")));
}
