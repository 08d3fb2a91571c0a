// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "CliCommands.h"
#include "CliWarnings.h"

#include "access/AccountService.h"
#include "db/DatabaseWarnings.h"
#include "util/Dates.h"
#include "util/Platform.h"

#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

namespace ntm::cli {

using namespace ntm::core;

namespace {
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

InterruptGuard::InterruptGuard() : m_previous(std::signal(SIGINT, onInterrupt))
{
    g_interrupted = false;
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}

bool interrupted()
{
    return g_interrupted;
}

int userError(QTextStream& err, const QString& message)
{
    err << "ntm-cli: " << message << Qt::endl;
    return kUserError;
}

std::unique_ptr<Database> openExisting(const QString& path, QTextStream& err)
{
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, options);
    if (!db) {
        err << "ntm-cli: " << db.error().message << Qt::endl;
        return nullptr;
    }
    if (!db.value()->notice().isEmpty()) {
        err << "ntm-cli: " << db.value()->notice() << Qt::endl;
    }
    printWarnings(*db.value(), err);
    return std::move(db).value();
}

void printWarnings(Database& db, QTextStream& err)
{
    for (const QString& warning : DatabaseWarnings::check(db)) {
        err << "ntm-cli: warning: " << warning << Qt::endl;
    }
}

namespace {
/// Reads a password from the terminal with echo off; empty when stdin is not a terminal.
std::optional<QString> askPassword(const QString& prompt)
{
    if (!Platform::stdinIsTerminal()) {
        return std::nullopt;
    }
    std::cerr << prompt.toStdString() << ": " << std::flush;
    const bool hidden = Platform::setStdinEcho(false);
    std::string line;
    std::getline(std::cin, line);
    if (hidden) {
        Platform::setStdinEcho(true);
    }
    std::cerr << std::endl;
    return QString::fromStdString(line);
}
} // namespace

std::optional<QString> passwordFrom(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable)) {
        return qEnvironmentVariable(variable);
    }
    return askPassword(prompt);
}

Status signIn(const CliArgs& a, Database& db, const char* passwordVariable)
{
    const QString file = db.isServer() ? db.displayName() : QFileInfo(db.path()).fileName();
    const Actor& actor = db.actor();
    if (!actor.userId.isEmpty() && !db.backend().sessionLogin().isEmpty()) {
        // Connected with an account's own login role: the server knows who this is; no second sign-in.
        if (a.has(QStringLiteral("user")) && a.value(QStringLiteral("user")) != actor.username) {
            return Error{QString(), QStringLiteral("connected to %1 as the login role of %2; leave out --user %3, or "
                                                   "connect as that user")
                                        .arg(file, actor.username, a.value(QStringLiteral("user")))};
        }
        return {};
    }
    if (!a.has(QStringLiteral("user"))) {
        if (db.hasAccounts()) {
            return Error{QString(), QStringLiteral("%1 has user accounts: give --user NAME (the password is read from "
                                                   "NTM_PASSWORD, or asked on the terminal)")
                                        .arg(file)};
        }
        return {};
    }
    const QString user = a.value(QStringLiteral("user"));
    if (!db.hasAccounts()) {
        return Error{QString(), QStringLiteral("%1 has no user accounts (single-user mode: its owner changes it); "
                                               "leave out --user %2")
                                    .arg(file, user)};
    }
    const std::optional<QString> password = passwordFrom(passwordVariable, QStringLiteral("Password for ") + user);
    if (!password) {
        return Error{QString(), QStringLiteral("no password for --user %1: set %2 or run on a terminal")
                                    .arg(user, QString::fromLatin1(passwordVariable))};
    }
    const auto account = AccountService(db).signIn(user, *password);
    if (!account) {
        return account.error();
    }
    return {};
}

std::optional<QString> languageOf(const CliArgs& args, QTextStream& err)
{
    const QString language =
        args.has(QStringLiteral("language")) ? args.value(QStringLiteral("language")) : QStringLiteral("vi");
    if (language != QLatin1String("vi") && language != QLatin1String("en")) {
        err << "ntm-cli: --language is vi or en" << Qt::endl << usage();
        return std::nullopt;
    }
    return language;
}

bool parseDate(const CliArgs& a, const QString& option, QDate* out, QTextStream& err)
{
    const QString text = a.value(option);
    *out = dates::fromIso(text);
    if (!out->isValid()) {
        err << "ntm-cli: --" << option << " \"" << text << "\" is not a date (use YYYY-MM-DD)" << Qt::endl;
        return false;
    }
    return true;
}

std::string utf8(const QString& s)
{
    return s.toStdString();
}

ojson dateOrNull(const QDate& d)
{
    return d.isValid() ? ojson(utf8(dates::toIso(d))) : ojson(nullptr);
}

ojson textOrNull(const QString& s)
{
    return s.isEmpty() ? ojson(nullptr) : ojson(utf8(s));
}

} // namespace ntm::cli
