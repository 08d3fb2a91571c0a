// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli criteria-import.
#include "CliSupport.h"
#include "commands/Commands.h"

#include "criteria/CriteriaImporter.h"

#include <QFileInfo>

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runCriteriaImport(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    if (Status s = signIn(a, *db); !s) {
        return userError(err, s.error().message);
    }
    const QString file = a.positional().at(1);
    if (!QFileInfo::exists(file)) {
        return userError(err, QStringLiteral("%1 does not exist").arg(file));
    }
    const auto outcome = CriteriaImporter(*db).importFile(file);
    if (!outcome) {
        return userError(err, outcome.error().message);
    }
    out << outcome.value().describe() << Qt::endl;
    return kOk;
}

} // namespace

QList<Command> criteriaCommands()
{
    return {{"criteria-import", {QStringLiteral("user")}, {}, 2, runCriteriaImport}};
}

} // namespace ntm::cli
