// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include <algorithm>

#include "commands/Commands.h"
#include "util/ProgramVersion.h"

namespace ntm::cli {

namespace {
/// Every command, from the command groups (one file each under commands/).
QList<Command> commands()
{
    QList<Command> all;
    all += initCommands();
    all += statsCommands();
    all += criteriaCommands();
    all += packageCommands();
    all += sheetCommands();
    all += communeCommands();
    all += reportCommands();
    all += reviewCommands();
    all += generateCommands();
    all += serverCommands();
    all += userCommands();
    return all;
}
} // namespace

bool needsGuiApplication(const QStringList& words)
{
    if (words.isEmpty()) {
        return false;
    }
    for (const Command& c : commands()) {
        if (words.constFirst() == QLatin1String(c.name)) {
            return c.needsGuiApplication;
        }
    }
    return false;
}

QString usage()
{
    // help2man makes ntm-cli(1) from this text while building: "Usage:" gives the synopsis, a line with a
    // command's synopsis followed by more deeply indented lines a tagged paragraph. Keep each synopsis on one line.
    return QStringLiteral(
        "Usage: ntm-cli COMMAND FILE [options]\n"
        "The command-line companion of NTM Tracker: databases, demo data, statistics, exchange packages,\n"
        "spreadsheet imports and printed reports, for scripts. FILE is an NTM Tracker database (.ntm) or a\n"
        "PostgreSQL server database, postgresql://USER@HOST:PORT/DATABASE?sslmode=... (the password from\n"
        "PGPASSWORD or ~/.pgpass; see docs/server.md).\n"
        "\n"
        "Commands:\n"
        "  init FILE [--user NAME]\n"
        "                                     create (or upgrade) a database with the criteria sets\n"
        "  demo FILE\n"
        "                                     build the Hà Tĩnh demo database into a new file\n"
        "  stats FILE --as-of YYYY-MM-DD [--district NAME] [--province NAME] [--json]\n"
        "                                     communes, recognised, average criteria met, communes per count\n"
        "  rotation-impact FILE [--as-of YYYY-MM-DD] [--json]\n"
        "                                     one row per rotation: criteria met at start and end, gain,\n"
        "                                     months to recognition\n"
        "  criteria-import FILE SET.json [--user NAME]\n"
        "                                     check and store a criteria set (a new version if in use)\n"
        "  export FILE OUT.json [--district NAME | --commune NAME] [--readable-by-all]\n"
        "                                     write an exchange package of the database, a district or a commune\n"
        "                                     (readable by its owner only, unless --readable-by-all)\n"
        "  import FILE IN.json [--dry-run] [--on-conflict keep|take] [--json] [--user NAME]\n"
        "                                     merge an exchange package: new, changed, unchanged, conflicts\n"
        "  import-sheet FILE SHEET.xlsx|.csv --kind officials|rotations [--dry-run] [--json] [--skip-errors] "
        "[--create-officials] [--sheet NAME] [--user NAME]\n"
        "                                     check and import officials or rotations from a spreadsheet\n"
        "  commune FILE NAME --as-of YYYY-MM-DD [--json]\n"
        "                                     one commune as of the date: criteria met and which, the count\n"
        "                                     over time, rotated officials, NTM recognition, working groups,\n"
        "                                     villages' progress, actions of review meetings\n"
        "  report FILE --out REPORT.pdf [--commune NAME [--member NAME] | --district NAME]\n"
        "         [--as-of YYYY-MM-DD] [--language vi|en]\n"
        "                                     a printable report as PDF: one commune, a district summary, or\n"
        "                                     without --commune/--district the province summary; with --member\n"
        "                                     the one-page summary of a member of the commune's working groups\n"
        "  export-review FILE --as-of YYYY-MM-DD --out REVIEW.xlsx [--district NAME] [--language vi|en]\n"
        "                                     the provincial review's tables, one sheet each (Vietnamese by\n"
        "                                     default)\n"
        "  generate FILE [--communes N] [--districts N] [--from YEAR] [--to YEAR] [--seed N]\n"
        "                                     build a synthetic national database (defaults: 10035 communes,\n"
        "                                     700 districts, 2010 to 2026, seed 42); the same seed gives the\n"
        "                                     same file\n"
        "  server-init URI\n"
        "                                     create NTM Tracker's tables in an empty server database\n"
        "  server-upgrade URI\n"
        "                                     upgrade a server database made by an older version\n"
        "  copy SOURCE TARGET\n"
        "                                     copy a whole database, audit trail included: a file into an empty\n"
        "                                     server database (after server-init), or a server into a new file\n"
        "  user add FILE NAME --role admin|officer|commune|reviewer [--district NAME | --commune NAME] "
        "[--full-name TEXT] [--user NAME]\n"
        "                                     create an account (the password from NTM_PASSWORD, or asked); on a\n"
        "                                     server also its login role DATABASE.NAME (an administrator signing\n"
        "                                     in with --user gives the password in NTM_ADMIN_PASSWORD, or asked)\n"
        "  user list FILE [--json]\n"
        "                                     the accounts: role, scope, active, login role\n"
        "  user disable FILE NAME [--user NAME]\n"
        "                                     disable an account (on a server its login role can no longer connect)\n"
        "\n"
        "Options:\n"
        "  -h, --help                         show this help and exit\n"
        "      --version                      show the version and exit\n"
        "\n"
        "Commands that write need --user NAME on a database with user accounts; the password is read from the\n"
        "NTM_PASSWORD environment variable, or asked on the terminal. On a server, connecting with an account's\n"
        "own login role (DATABASE.NAME) is signing in: no --user is needed.\n"
        "\n"
        "Databases, their backups and copies, and exchange packages are created readable by their owner only\n"
        "(docs/security.md). A server on another computer is reached over TLS (sslmode=require) unless the\n"
        "address gives another sslmode.\n"
        "\n"
        "Exit codes: 0 success, 1 user error (missing file, bad date, unknown district, refused), 2 wrong usage.\n");
}

QString versionText()
{
    return QStringLiteral("ntm-cli %1\n"
                          "License GPL-3.0-or-later: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n"
                          "This is free software: you are free to change and redistribute it.\n"
                          "There is NO WARRANTY, to the extent permitted by law.\n")
        .arg(core::ProgramVersion::text());
}

int runCommand(const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.isEmpty() || words.constFirst() == QLatin1String("--help") || words.constFirst() == QLatin1String("-h")) {
        (words.isEmpty() ? err : out) << usage();
        return words.isEmpty() ? kUsageError : kOk;
    }
    if (words.constFirst() == QLatin1String("--version")) {
        out << versionText();
        return kOk;
    }
    for (const Command& c : commands()) {
        if (words.constFirst() != QLatin1String(c.name)) {
            continue;
        }
        const CliArgs args = CliArgs::parse(words.mid(1), c.valued, c.flags);
        if (!args.ok()) {
            err << "ntm-cli " << c.name << ": " << args.error() << Qt::endl << usage();
            return kUsageError;
        }
        const int most = std::max(c.positional, c.maxPositional);
        if (args.positional().size() < c.positional || args.positional().size() > most) {
            err << "ntm-cli " << c.name << ": expects " << c.positional << " file argument(s)" << Qt::endl << usage();
            return kUsageError;
        }
        return c.run(args, out, err);
    }
    err << "ntm-cli: unknown command \"" << words.constFirst() << "\"" << Qt::endl << usage();
    return kUsageError;
}

} // namespace ntm::cli
