// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli user add, user list, user disable: the accounts of a file or of a server database (on a server each account
// is also a PostgreSQL login role; docs/server.md, "Accounts").
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "access/AccountService.h"
#include "service/UnitLookup.h"
#include "store/UnitStore.h"

#include <algorithm>

namespace ntm::cli {

using namespace ntm::core;

namespace {
/// The command line's words for the roles (a contract, as in the issue): admin, officer, commune, reviewer.
const QList<std::pair<QString, Role>>& roleWords()
{
    static const QList<std::pair<QString, Role>> words{{QStringLiteral("admin"), Role::Admin},
                                                       {QStringLiteral("officer"), Role::Personnel},
                                                       {QStringLiteral("commune"), Role::CommuneLeader},
                                                       {QStringLiteral("reviewer"), Role::Reviewer}};
    return words;
}

QString roleWord(Role role)
{
    for (const auto& [word, r] : roleWords()) {
        if (r == role) {
            return word;
        }
    }
    return {};
}

/// For people: "district personnel officer" (the words of docs/security.md).
QString roleNoun(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("administrator");
    case Role::Personnel:
        return QStringLiteral("district personnel officer");
    case Role::CommuneLeader:
        return QStringLiteral("commune leader");
    case Role::Reviewer:
        break;
    }
    return QStringLiteral("provincial reviewer");
}

int usageError(QTextStream& err, const QString& message)
{
    err << "ntm-cli user: " << message << Qt::endl << usage();
    return kUsageError;
}

QString districtName(Database& db, const QString& id)
{
    const auto d = id.isEmpty() ? Result<std::optional<District>>(std::nullopt) : UnitStore(db).district(id);
    return d && d.value() ? d.value()->title() : id;
}

QString communeName(Database& db, const QString& id)
{
    const auto c = id.isEmpty() ? Result<std::optional<Commune>>(std::nullopt) : UnitStore(db).commune(id);
    if (!c || !c.value() || c.value()->periods.isEmpty()) {
        return id;
    }
    const CommunePeriod& p = c.value()->periods.constLast();
    return Vocabulary::communeTitle(p.kind, p.name);
}

/// The new account's password: NTM_PASSWORD, or asked twice on the terminal.
std::optional<QString> newPassword(const QString& name, QTextStream& err)
{
    if (qEnvironmentVariableIsSet("NTM_PASSWORD")) {
        return qEnvironmentVariable("NTM_PASSWORD");
    }
    const auto first = passwordFrom("NTM_PASSWORD", QStringLiteral("Password for the new account ") + name);
    if (!first) {
        userError(err, QStringLiteral("no password for %1: set NTM_PASSWORD or run on a terminal").arg(name));
        return std::nullopt;
    }
    const auto again = passwordFrom("NTM_PASSWORD", QStringLiteral("The same password again"));
    if (!again || *again != *first) {
        userError(err, QStringLiteral("the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return first;
}

int runAdd(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (a.positional().size() != 3) {
        return usageError(err, QStringLiteral("user add needs URI NAME"));
    }
    const QString roleText = a.value(QStringLiteral("role"));
    const auto role =
        std::find_if(roleWords().cbegin(), roleWords().cend(), [&](const auto& w) { return w.first == roleText; });
    if (role == roleWords().cend()) {
        return usageError(err, QStringLiteral("--role is admin, officer, commune or reviewer"));
    }
    const bool district = a.has(QStringLiteral("district"));
    const bool commune = a.has(QStringLiteral("commune"));
    if (district != (role->second == Role::Personnel) || commune != (role->second == Role::CommuneLeader)) {
        return usageError(err, QStringLiteral("--district NAME goes with --role officer, --commune NAME with --role "
                                              "commune, and neither with another role"));
    }
    auto db = openExisting(a.positional().at(1), err);
    if (!db) {
        return kUserError;
    }
    if (Status s = signIn(a, *db, "NTM_ADMIN_PASSWORD"); !s) {
        return userError(err, s.error().message);
    }
    NewAccount n;
    n.username = a.positional().at(2);
    n.fullName = a.value(QStringLiteral("full-name"));
    n.role = role->second;
    if (district) {
        const auto d = UnitLookup::district(*db, a.value(QStringLiteral("district")));
        if (!d) {
            return userError(err, d.error().message);
        }
        n.districtId = d.value().id;
    }
    if (commune) {
        auto c = UnitLookup::commune(*db, a.value(QStringLiteral("commune")), QDate::currentDate());
        if (!c) {
            c = UnitLookup::commune(*db, a.value(QStringLiteral("commune")));
        }
        if (!c) {
            return userError(err, c.error().message);
        }
        n.communeId = c.value().id;
    }
    const auto password = newPassword(n.username, err);
    if (!password) {
        return kUserError;
    }
    n.password = *password;
    AccountService accounts(*db);
    const auto id = accounts.create(n);
    if (!id) {
        return userError(err, id.error().message);
    }
    QString scope;
    if (district) {
        scope = QStringLiteral(" of ") + districtName(*db, n.districtId);
    } else if (commune) {
        scope = QStringLiteral(" of ") + communeName(*db, n.communeId);
    }
    out << "Created the account " << n.username << " (" << roleNoun(n.role) << scope << ")";
    const auto all = accounts.accounts();
    for (const Account& acc : all ? all.value() : QList<Account>()) {
        if (acc.id == id.value() && !acc.login.isEmpty()) {
            out << "; it connects to the server as the login role " << acc.login;
        }
    }
    out << Qt::endl;
    return kOk;
}

ojson accountJson(Database& db, const Account& acc)
{
    const auto textOrNull = [](const QString& s) { return s.isEmpty() ? ojson(nullptr) : ojson(utf8(s)); };
    return ojson{{"name", utf8(acc.username)},
                 {"full_name", textOrNull(acc.fullName)},
                 {"role", utf8(roleWord(acc.role))},
                 {"district", textOrNull(acc.role == Role::Personnel ? districtName(db, acc.districtId) : QString())},
                 {"commune", textOrNull(acc.role == Role::CommuneLeader ? communeName(db, acc.communeId) : QString())},
                 {"active", acc.active},
                 {"login", textOrNull(acc.login)}};
}

int runList(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (a.positional().size() != 2) {
        return usageError(err, QStringLiteral("user list needs URI"));
    }
    auto db = openExisting(a.positional().at(1), err);
    if (!db) {
        return kUserError;
    }
    const auto all = AccountService(*db).accounts();
    if (!all) {
        return userError(err, all.error().message);
    }
    if (a.has(QStringLiteral("json"))) {
        ojson list = ojson::array();
        for (const Account& acc : all.value()) {
            list.push_back(accountJson(*db, acc));
        }
        out << QString::fromStdString(ojson{{"database", utf8(db->displayName())}, {"accounts", list}}.dump(2))
            << Qt::endl;
        return kOk;
    }
    if (all.value().isEmpty()) {
        out << db->displayName() << " has no user accounts (single-user mode: its owner changes it)." << Qt::endl;
        return kOk;
    }
    for (const Account& acc : all.value()) {
        const ojson j = accountJson(*db, acc);
        out << acc.username << "\t" << roleWord(acc.role);
        for (const char* key : {"district", "commune"}) {
            if (!j[key].is_null()) {
                out << " of " << QString::fromStdString(j[key].get<std::string>());
            }
        }
        out << "\t" << (acc.active ? "active" : "disabled");
        if (!acc.login.isEmpty()) {
            out << "\tlogin role " << acc.login;
        }
        out << Qt::endl;
    }
    return kOk;
}

int runDisable(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (a.positional().size() != 3) {
        return usageError(err, QStringLiteral("user disable needs URI NAME"));
    }
    auto db = openExisting(a.positional().at(1), err);
    if (!db) {
        return kUserError;
    }
    if (Status s = signIn(a, *db); !s) {
        return userError(err, s.error().message);
    }
    AccountService accounts(*db);
    const auto all = accounts.accounts();
    if (!all) {
        return userError(err, all.error().message);
    }
    const QString name = a.positional().at(2);
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(), [&](const Account& acc) {
        return acc.username.compare(name, Qt::CaseInsensitive) == 0;
    });
    if (it == all.value().cend()) {
        return userError(err, QStringLiteral("%1 has no account named %2").arg(db->displayName(), name));
    }
    if (!it->active) {
        out << "The account " << it->username << " was already disabled" << Qt::endl;
        return kOk;
    }
    Account changed = *it;
    changed.active = false;
    if (Status s = accounts.update(changed); !s) {
        return userError(err, s.error().message);
    }
    out << "Disabled the account " << it->username;
    if (!it->login.isEmpty()) {
        out << "; its login role " << it->login << " can no longer connect";
    }
    out << Qt::endl;
    return kOk;
}

int runUser(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString what = a.positional().at(0);
    if (what == QLatin1String("add")) {
        return runAdd(a, out, err);
    }
    if (what == QLatin1String("list")) {
        return runList(a, out, err);
    }
    if (what == QLatin1String("disable")) {
        return runDisable(a, out, err);
    }
    return usageError(err, QStringLiteral("unknown subcommand %1 (add, list or disable)").arg(what));
}
} // namespace

QList<Command> userCommands()
{
    return {{"user",
             {QStringLiteral("role"), QStringLiteral("district"), QStringLiteral("commune"), QStringLiteral("user"),
              QStringLiteral("full-name")},
             {QStringLiteral("json")},
             2,
             runUser,
             3}};
}

} // namespace ntm::cli
