// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli user add, user list, user disable: a file's accounts and a server's (where each account is also a login
// role DATABASE.NAME that connects without a second sign-in). The JSON of `user list --json` is a contract:
// {"database", "accounts": [{"name", "full_name", "role", "district", "commune", "active", "login"}]}.
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// ntm-cli with NTM_PASSWORD (the new account's password, or the signed-in user's), NTM_ADMIN_PASSWORD (the
/// administrator signing in to add an account) and, for a server login role, PGPASSWORD.
Run cli(const QStringList& args, const QHash<QString, QString>& vars = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("NTM_PASSWORD"));
    env.remove(QStringLiteral("NTM_ADMIN_PASSWORD"));
    for (auto it = vars.cbegin(); it != vars.cend(); ++it) {
        env.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const QString kAdminPassword = QStringLiteral("Quantri-2026");
const QString kOfficerPassword = QStringLiteral("Canbo-2026");

QHash<QString, QString> password(const QString& p)
{
    return {{QStringLiteral("NTM_PASSWORD"), p}};
}

nlohmann::json listJson(const QString& location, const QHash<QString, QString>& vars = {})
{
    const Run list = cli({QStringLiteral("user"), QStringLiteral("list"), location, QStringLiteral("--json")}, vars);
    INFO(list.err.toStdString());
    REQUIRE(list.code == 0);
    return nlohmann::json::parse(list.out.toStdString());
}

/// A database with the small fixture and two accounts made with the command: quantri (administrator) and canbo
/// (personnel officer of Huyện An Phú).
struct Accounts
{
    TempFolder tmp;
    QString path = dbLocation(tmp.path(QStringLiteral("users.ntm")));
    Fixture f;

    Accounts()
    {
        {
            auto db = openDb(path);
            f = makeFixture(*db);
        }
        const Run admin = cli({QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("quantri"),
                               QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--full-name"),
                               QStringLiteral("Nguyễn Thị Quản")},
                              password(kAdminPassword));
        INFO(admin.err.toStdString());
        REQUIRE(admin.code == 0);
        // From now on the database has accounts: an administrator signs in to add one.
        const Run officer = cli({QStringLiteral("user"), QStringLiteral("add"), path, QStringLiteral("canbo"),
                                 QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--district"),
                                 QStringLiteral("An Phú"), QStringLiteral("--user"), QStringLiteral("quantri")},
                                {{QStringLiteral("NTM_PASSWORD"), kOfficerPassword},
                                 {QStringLiteral("NTM_ADMIN_PASSWORD"), kAdminPassword}});
        INFO(officer.err.toStdString());
        REQUIRE(officer.code == 0);
        CHECK(officer.out.contains(
            QStringLiteral("Created the account canbo (district personnel officer of Huyện An Phú)")));
    }
};
} // namespace

TEST_CASE("cli: user add, list and disable keep a database's accounts", "[cli][users]")
{
    Accounts a;
    const nlohmann::json list = listJson(a.path);
    REQUIRE(list.at("accounts").size() == 2);
    const nlohmann::json& officer = list.at("accounts").at(0);
    CHECK(officer.at("name") == "canbo");
    CHECK(officer.at("role") == "officer");
    CHECK(officer.at("district") == "Huyện An Phú");
    CHECK(officer.at("commune").is_null());
    CHECK(officer.at("active") == true);
    CHECK(officer.at("full_name").is_null());
    const nlohmann::json& admin = list.at("accounts").at(1);
    CHECK(admin.at("name") == "quantri");
    CHECK(admin.at("role") == "admin");
    CHECK(admin.at("full_name") == "Nguyễn Thị Quản");
    // A file's accounts sign in to the program; a server's are login roles DATABASE.NAME as well.
    if (onServer()) {
        CHECK(officer.at("login").get<std::string>().ends_with(".canbo"));
    } else {
        CHECK(officer.at("login").is_null());
    }

    const Run officerTries = cli({QStringLiteral("user"), QStringLiteral("disable"), a.path, QStringLiteral("quantri"),
                                  QStringLiteral("--user"), QStringLiteral("canbo")},
                                 password(kOfficerPassword));
    CHECK(officerTries.code == 1);
    CHECK(officerTries.err.contains(QStringLiteral("Refused")));

    const Run disabled = cli({QStringLiteral("user"), QStringLiteral("disable"), a.path, QStringLiteral("canbo"),
                              QStringLiteral("--user"), QStringLiteral("quantri")},
                             password(kAdminPassword));
    INFO(disabled.err.toStdString());
    CHECK(disabled.code == 0);
    CHECK(listJson(a.path).at("accounts").at(0).at("active") == false);
    const Run text = cli({QStringLiteral("user"), QStringLiteral("list"), a.path});
    CHECK(text.out.contains(QStringLiteral("canbo\tofficer of Huyện An Phú\tdisabled")));

    // The last active administrator stays.
    const Run last = cli({QStringLiteral("user"), QStringLiteral("disable"), a.path, QStringLiteral("quantri"),
                          QStringLiteral("--user"), QStringLiteral("quantri")},
                         password(kAdminPassword));
    CHECK(last.code == 1);
    CHECK(last.err.contains(QStringLiteral("only active administrator")));
    // Signing in with the wrong password changes nothing (last: a failed attempt delays the next one).
    const Run wrong =
        cli({QStringLiteral("user"), QStringLiteral("add"), a.path, QStringLiteral("khach"), QStringLiteral("--role"),
             QStringLiteral("reviewer"), QStringLiteral("--user"), QStringLiteral("quantri")},
            {{QStringLiteral("NTM_PASSWORD"), QStringLiteral("Khach-2026-abc")},
             {QStringLiteral("NTM_ADMIN_PASSWORD"), QStringLiteral("đoán-bừa-1")}});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong password")));
    CHECK(listJson(a.path).at("accounts").size() == 2);
}

TEST_CASE("cli: user add says what is wrong with its words", "[cli][users]")
{
    Accounts a;
    const QHash<QString, QString> vars{{QStringLiteral("NTM_PASSWORD"), QStringLiteral("Moi-2026-abc")},
                                       {QStringLiteral("NTM_ADMIN_PASSWORD"), kAdminPassword}};
    const auto add = [&](const QStringList& more) {
        return cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), a.path, QStringLiteral("moi")} + more +
                       QStringList{QStringLiteral("--user"), QStringLiteral("quantri")},
                   vars);
    };
    CHECK(add({QStringLiteral("--role"), QStringLiteral("boss")}).code == 2);
    CHECK(add({QStringLiteral("--role"), QStringLiteral("officer")}).code == 2);
    CHECK(
        add({QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--commune"), QStringLiteral("An Hòa")})
            .code == 2);
    const Run unknown = add(
        {QStringLiteral("--role"), QStringLiteral("commune"), QStringLiteral("--commune"), QStringLiteral("Không Có")});
    CHECK(unknown.code == 1);
    const Run taken =
        cli({QStringLiteral("user"), QStringLiteral("add"), a.path, QStringLiteral("canbo"), QStringLiteral("--role"),
             QStringLiteral("reviewer"), QStringLiteral("--user"), QStringLiteral("quantri")},
            vars);
    CHECK(taken.code == 1);
    CHECK(taken.err.contains(QStringLiteral("already an account named canbo")));
    const Run noPassword =
        cli({QStringLiteral("user"), QStringLiteral("add"), a.path, QStringLiteral("moi"), QStringLiteral("--role"),
             QStringLiteral("reviewer"), QStringLiteral("--user"), QStringLiteral("quantri")},
            {{QStringLiteral("NTM_ADMIN_PASSWORD"), kAdminPassword}});
    CHECK(noPassword.code == 1);
    CHECK(noPassword.err.contains(QStringLiteral("NTM_PASSWORD")));
    const Run leader = add(
        {QStringLiteral("--role"), QStringLiteral("commune"), QStringLiteral("--commune"), QStringLiteral("An Hòa")});
    INFO(leader.err.toStdString());
    CHECK(leader.code == 0);
    CHECK(listJson(a.path).at("accounts").at(1).at("commune") == "Xã An Hòa");
}

TEST_CASE("cli: on a server an account's own login role is its sign-in", "[cli][users][pg]")
{
    REQUIRE(onServer());
    Accounts a;
    const nlohmann::json list = listJson(a.path);
    const QString adminLogin = QString::fromStdString(list.at("accounts").at(1).at("login").get<std::string>());
    const QString officerLogin = QString::fromStdString(list.at("accounts").at(0).at("login").get<std::string>());
    const auto as = [&](const QString& login) {
        QString uri = a.path;
        uri.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://)[^@/]*@")),
                    QStringLiteral("\\1") + login + QLatin1Char('@'));
        return uri;
    };
    // The administrator's login adds an account without --user; the officer's login may not.
    const Run added = cli({QStringLiteral("user"), QStringLiteral("add"), as(adminLogin), QStringLiteral("xem"),
                           QStringLiteral("--role"), QStringLiteral("reviewer")},
                          {{QStringLiteral("PGPASSWORD"), kAdminPassword},
                           {QStringLiteral("NTM_PASSWORD"), QStringLiteral("Xem-2026-abc")}});
    INFO(added.err.toStdString());
    CHECK(added.code == 0);
    CHECK(added.out.contains(QStringLiteral("login role ")));
    const Run refused = cli({QStringLiteral("user"), QStringLiteral("add"), as(officerLogin), QStringLiteral("khac"),
                             QStringLiteral("--role"), QStringLiteral("reviewer")},
                            {{QStringLiteral("PGPASSWORD"), kOfficerPassword},
                             {QStringLiteral("NTM_PASSWORD"), QStringLiteral("Khac-2026-abc")}});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("Refused: canbo is the district personnel officer")));
    // Another account's name with --user is refused: the login already says who this is.
    const Run other =
        cli({QStringLiteral("user"), QStringLiteral("disable"), as(officerLogin), QStringLiteral("xem"),
             QStringLiteral("--user"), QStringLiteral("quantri")},
            {{QStringLiteral("PGPASSWORD"), kOfficerPassword}, {QStringLiteral("NTM_PASSWORD"), kAdminPassword}});
    CHECK(other.code == 1);
    CHECK(other.err.contains(QStringLiteral("leave out --user quantri")));

    // Disabled by the administrator's login, the officer's login can no longer connect.
    const Run disabled =
        cli({QStringLiteral("user"), QStringLiteral("disable"), as(adminLogin), QStringLiteral("canbo")},
            {{QStringLiteral("PGPASSWORD"), kAdminPassword}});
    INFO(disabled.err.toStdString());
    CHECK(disabled.code == 0);
    const Run gone = cli({QStringLiteral("user"), QStringLiteral("list"), as(officerLogin)},
                         {{QStringLiteral("PGPASSWORD"), kOfficerPassword}});
    CHECK(gone.code == 1);
    CHECK(listJson(as(adminLogin), {{QStringLiteral("PGPASSWORD"), kAdminPassword}}).at("accounts").size() == 3);
}
