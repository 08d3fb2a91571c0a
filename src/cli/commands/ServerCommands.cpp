// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli server-init, server-upgrade, copy: a database on a PostgreSQL server (docs/server.md).
#include "CliSupport.h"
#include "CliWarnings.h"
#include "commands/Commands.h"

#include "db/DatabaseCopier.h"
#include "db/DatabaseLocation.h"
#include "db/Migrator.h"
#include "util/Platform.h"

#include <cstdio>

namespace ntm::cli {

using namespace ntm::core;

namespace {
bool requireServer(const QString& location, QTextStream& err)
{
    if (!DatabaseLocation::isServerUri(location)) {
        userError(err, QStringLiteral("%1 is not a server address (postgresql://USER@HOST:PORT/DATABASE); a file "
                                      "needs no set-up: ntm-cli init FILE")
                           .arg(location));
        return false;
    }
    return true;
}

int runServerInit(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString uri = a.positional().at(0);
    if (!requireServer(uri, err)) {
        return kUserError;
    }
    Database::Options options;
    options.initialiseServer = true;
    auto db = Database::open(uri, options);
    if (!db) {
        return userError(err, db.error().message);
    }
    printWarnings(*db.value(), err);
    const Database& d = *db.value();
    if (d.isReadOnly()) {
        return userError(err, QStringLiteral("%1 already holds NTM Tracker's tables of an older version (schema %2); "
                                             "upgrade it with: ntm-cli server-upgrade %3")
                                  .arg(d.displayName())
                                  .arg(d.schemaVersion())
                                  .arg(d.path()));
    }
    if (d.versionFound() == d.schemaVersion()) {
        out << d.displayName() << " already holds NTM Tracker's tables (schema " << d.schemaVersion()
            << "); nothing was changed" << Qt::endl;
        return kOk;
    }
    out << "Created NTM Tracker's tables (schema " << d.schemaVersion() << ") in " << d.displayName() << Qt::endl;
    return kOk;
}

int runServerUpgrade(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString uri = a.positional().at(0);
    if (!requireServer(uri, err)) {
        return kUserError;
    }
    Database::Options options;
    options.upgradeServer = true;
    auto db = Database::open(uri, options);
    if (!db) {
        return userError(err, db.error().message);
    }
    printWarnings(*db.value(), err);
    if (db.value()->versionFound() == db.value()->schemaVersion()) {
        out << db.value()->displayName() << " is up to date (schema " << db.value()->schemaVersion()
            << "); nothing was changed" << Qt::endl;
        return kOk;
    }
    out << "Upgraded " << db.value()->displayName() << " from schema " << db.value()->versionFound() << " to schema "
        << db.value()->schemaVersion() << Qt::endl;
    return kOk;
}

int runCopy(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString source = a.positional().at(0);
    const QString target = a.positional().at(1);
    auto db = openExisting(source, err);
    if (!db) {
        return kUserError;
    }
    const bool terminal = Platform::stderrIsTerminal();
    int shown = -1;
    const InterruptGuard guard;
    const auto outcome = DatabaseCopier::copy(*db, target, [&](qint64 done, qint64 total, const QString& table) {
        const int percent = static_cast<int>(std::min<qint64>(99, done * 100 / std::max<qint64>(1, total)));
        if (terminal ? percent != shown : percent >= shown + 10 || shown < 0) {
            shown = terminal ? percent : percent - percent % 10;
            err << (terminal ? "\r" : "") << "copy: " << percent << "% " << table << " (" << done << " rows)"
                << (terminal ? "\x1b[K" : "\n") << Qt::flush;
        }
        return !interrupted();
    });
    if (terminal) {
        err << "\r\x1b[K" << Qt::flush;
    }
    if (!outcome) {
        return userError(err, outcome.error().message);
    }
    const CopyOutcome& o = outcome.value();
    const double seconds = std::max<qint64>(1, o.milliseconds) / 1000.0;
    out << "Copied " << db->displayName() << " to " << o.target << ": " << o.tables << " tables, " << o.rows
        << " rows in " << QString::number(seconds, 'f', 1) << " s (" << qint64(o.rows / seconds) << " rows per second)"
        << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> serverCommands()
{
    return {{"server-init", {}, {}, 1, runServerInit},
            {"server-upgrade", {}, {}, 1, runServerUpgrade},
            {"copy", {}, {}, 2, runCopy}};
}

} // namespace ntm::cli
