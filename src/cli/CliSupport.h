// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliArgs.h"

#include "db/Database.h"

#include <QDate>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ntm::cli {

/// Exit codes of ntm-cli: a contract for scripts.
enum ExitCode
{
    kOk = 0,
    kUserError = 1,
    kUsageError = 2
};

using ojson = nlohmann::ordered_json;

/// One ntm-cli command: its name, the options it takes, how many file arguments, and what it runs.
struct Command
{
    const char* name;
    QSet<QString> valued;
    QSet<QString> flags;
    int positional;
    std::function<int(const CliArgs&, QTextStream& out, QTextStream& err)> run;
    int maxPositional = -1;           ///< When larger than `positional`, the extra file arguments are optional.
    bool needsGuiApplication = false; ///< Draws (fonts, PDF): main() makes a QApplication instead of a core one.
};

/// Ctrl+C cancels long work (generate, copy), which then rolls back and removes its part file, instead of killing
/// the process mid-write. interrupted() says whether it was pressed since the guard was made.
class InterruptGuard final
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int);
};
bool interrupted();

/// Prints "ntm-cli: message" and returns kUserError.
int userError(QTextStream& err, const QString& message);
/// Opens an existing database, a file or a server URI (never creates one); prints the reason and returns nullptr on
/// failure. A read-only notice (a server's older schema) is printed to `err` and the database opened all the same.
std::unique_ptr<core::Database> openExisting(const QString& path, QTextStream& err);
/// Signs in for a command that writes: with --user NAME, checks the password (from the NTM_PASSWORD environment
/// variable, else asked on the terminal without echo) and makes the account the database's actor. A file with
/// user accounts needs --user (even for --dry-run: what may be imported depends on who imports it); a file without
/// accounts (single-user mode) is changed by its local owner and refuses --user.
/// On a server, a session whose login role is an account's acts as that account already: --user is not needed (and
/// must name that account when given). `passwordVariable` is the environment variable read for the password.
core::Status signIn(const CliArgs& args, core::Database& db, const char* passwordVariable = "NTM_PASSWORD");
/// A password from the environment variable when it is set, else asked on the terminal without echo (`prompt`);
/// nullopt when neither is possible.
std::optional<QString> passwordFrom(const char* variable, const QString& prompt);
/// Reads --language (vi, the default, or en) for the commands that write for people (report, export-review);
/// nullopt after printing the usage error for any other value.
std::optional<QString> languageOf(const CliArgs& args, QTextStream& err);
/// Reads --option as YYYY-MM-DD; prints a one-line message when it is not a date.
bool parseDate(const CliArgs& args, const QString& option, QDate* out, QTextStream& err);
std::string utf8(const QString& s);
/// A date as "YYYY-MM-DD", or JSON null.
ojson dateOrNull(const QDate& d);
/// A text, or null when it is empty.
ojson textOrNull(const QString& s);

} // namespace ntm::cli
