// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli init, demo.
#include "CliSupport.h"
#include "commands/Commands.h"

#include "criteria/CriteriaImporter.h"
#include "demo/DemoBuilder.h"

#include <QFile>
#include <QFileInfo>

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runInit(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    const bool existed = QFileInfo(path).exists() && QFileInfo(path).size() > 0;
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    if (Status s = signIn(a, *db.value()); !s) {
        return userError(err, s.error().message);
    }
    if (Status s = CriteriaImporter(*db.value()).importShipped(); !s) {
        return userError(err, s.error().message);
    }
    out << (existed ? "Checked and upgraded " : "Created ") << QFileInfo(path).absoluteFilePath() << " (schema "
        << db.value()->schemaVersion() << ")" << Qt::endl;
    if (!db.value()->backupPath().isEmpty()) {
        out << "Backup of the earlier version: " << db.value()->backupPath() << Qt::endl;
    }
    return kOk;
}

int runDemo(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const QString path = a.positional().at(0);
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return userError(err, QStringLiteral("%1 already exists; the demo is built only into a new file").arg(path));
    }
    auto db = Database::open(path);
    if (!db) {
        return userError(err, db.error().message);
    }
    if (Status s = DemoBuilder(*db.value()).build(); !s) {
        db = Error{};
        QFile::remove(path);
        return userError(err, s.error().message);
    }
    out << "Created the Hà Tĩnh demo database " << QFileInfo(path).absoluteFilePath() << Qt::endl;
    return kOk;
}

} // namespace

QList<Command> initCommands()
{
    return {{"init", {QStringLiteral("user")}, {}, 1, runInit}, {"demo", {}, {}, 1, runDemo}};
}

} // namespace ntm::cli
