// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli init, demo.
#include "CliSupport.h"
#include "CliWarnings.h"
#include "commands/Commands.h"

#include "criteria/CriteriaImporter.h"
#include "db/DatabaseLocation.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"

#include <QFile>
#include <QFileInfo>

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runInit(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    const bool server = DatabaseLocation::isServerUri(path);
    const bool existed = server || (QFileInfo(path).exists() && QFileInfo(path).size() > 0);
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    if (!db.value()->notice().isEmpty()) {
        return userError(err, db.value()->notice());
    }
    printWarnings(*db.value(), err);
    if (Status s = signIn(a, *db.value()); !s) {
        return userError(err, s.error().message);
    }
    if (Status s = CriteriaImporter(*db.value()).importShipped(); !s) {
        return userError(err, s.error().message);
    }
    out << (existed ? "Checked and upgraded " : "Created ")
        << (server ? db.value()->displayName() : QFileInfo(path).absoluteFilePath()) << " (schema "
        << db.value()->schemaVersion() << ")" << Qt::endl;
    if (!db.value()->backupPath().isEmpty()) {
        out << "Backup of the earlier version: " << db.value()->backupPath() << Qt::endl;
    }
    return kOk;
}

/// True when the database holds no units and no criteria sets (a new file, or a server database just made by
/// server-init).
bool isEmpty(Database& db)
{
    const auto n = sql::scalar(db.sql(), QStringLiteral("SELECT (SELECT count(*) FROM province) + (SELECT count(*) "
                                                        "FROM criteria_set)"));
    return n && n.value().toLongLong() == 0;
}

int runDemo(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    const bool server = DatabaseLocation::isServerUri(path);
    if (!server && QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return userError(err, QStringLiteral("%1 already exists; the demo is built only into a new file").arg(path));
    }
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    printWarnings(*db.value(), err);
    if (server && !isEmpty(*db.value())) {
        return userError(err, QStringLiteral("%1 already holds data; the demo is built only into an empty database")
                                  .arg(db.value()->displayName()));
    }
    if (Status s = DemoBuilder(*db.value()).build(); !s) {
        db = Error{};
        if (!server) {
            QFile::remove(path);
        }
        return userError(err, s.error().message);
    }
    out << "Created the Hà Tĩnh demo database "
        << (server ? db.value()->displayName() : QFileInfo(path).absoluteFilePath()) << Qt::endl;
    return kOk;
}

} // namespace

QList<Command> initCommands()
{
    return {{"init", {QStringLiteral("user")}, {}, 1, runInit}, {"demo", {}, {}, 1, runDemo}};
}

} // namespace ntm::cli
