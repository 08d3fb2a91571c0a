// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommands.h"

#include <algorithm>

#include "commands/Commands.h"

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
    return QStringLiteral(
        "Usage: ntm-cli COMMAND FILE [options]\n"
        "\n"
        "FILE is a database file or a PostgreSQL server database: postgresql://USER@HOST:PORT/DATABASE?sslmode=...\n"
        "(the password from PGPASSWORD or ~/.pgpass; see docs/server.md).\n"
        "\n"
        "  init FILE [--user NAME]            create (or upgrade) a database with the criteria sets\n"
        "  demo FILE                          build the Hà Tĩnh demo database into a new file\n"
        "  stats FILE --as-of YYYY-MM-DD [--district NAME] [--province NAME] [--json]\n"
        "                                     communes, recognised, average criteria met, communes per count\n"
        "  rotation-impact FILE [--as-of YYYY-MM-DD] [--json]\n"
        "                                     one row per rotation: criteria met at start and end, gain,\n"
        "                                     months to recognition\n"
        "  criteria-import FILE SET.json [--user NAME]\n"
        "                                     check and store a criteria set (a new version if in use)\n"
        "  export FILE OUT.json [--district NAME | --commune NAME]\n"
        "                                     write an exchange package of the database, a district or a commune\n"
        "  import FILE IN.json [--dry-run] [--on-conflict keep|take] [--json] [--user NAME]\n"
        "                                     merge an exchange package: new, changed, unchanged, conflicts\n"
        "  import-sheet FILE SHEET.xlsx|.csv --kind officials|rotations [--dry-run] [--json]\n"
        "               [--skip-errors] [--create-officials] [--sheet NAME] [--user NAME]\n"
        "                                     check and import officials or rotations from a spreadsheet\n"
        "  commune FILE NAME --as-of YYYY-MM-DD [--json]\n"
        "                                     one commune as of the date: criteria met and which, the count\n"
        "                                     over time, rotated officials, NTM recognition\n"
        "  report FILE --out REPORT.pdf [--commune NAME | --district NAME] [--as-of YYYY-MM-DD]\n"
        "         [--language vi|en]\n"
        "                                     a printable report as PDF: one commune, a district summary, or\n"
        "                                     without --commune/--district the province summary\n"
        "  export-review FILE --as-of YYYY-MM-DD --out REVIEW.xlsx [--district NAME]\n"
        "                                     the provincial review's tables, one sheet each\n"
        "  generate FILE [--communes N] [--districts N] [--from YEAR] [--to YEAR] [--seed N]\n"
        "                                     build a synthetic national database (defaults: 10035 communes,\n"
        "                                     700 districts, 2010 to 2026, seed 42); the same seed gives the\n"
        "                                     same file\n"
        "  server-init URI                    create NTM Tracker's tables in an empty server database\n"
        "  server-upgrade URI                 upgrade a server database made by an older version\n"
        "  copy SOURCE TARGET                 copy a whole database, audit trail included: a file into an empty\n"
        "                                     server database (after server-init), or a server into a new file\n"
        "\n"
        "Commands that write need --user NAME on a database with user accounts; the password is read from the\n"
        "NTM_PASSWORD environment variable, or asked on the terminal.\n"
        "\n"
        "Exit codes: 0 success, 1 user error (missing file, bad date, unknown district, refused), 2 wrong usage.\n");
}

int runCommand(const QStringList& words, QTextStream& out, QTextStream& err)
{
    if (words.isEmpty() || words.constFirst() == QLatin1String("--help") || words.constFirst() == QLatin1String("-h")) {
        (words.isEmpty() ? err : out) << usage();
        return words.isEmpty() ? kUsageError : kOk;
    }
    if (words.constFirst() == QLatin1String("--version")) {
        out << "ntm-cli " << NTM_VERSION << Qt::endl;
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
