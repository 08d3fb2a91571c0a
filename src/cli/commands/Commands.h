// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QList>

#include <optional>

namespace ntm::core {
struct CommuneRow;
}

namespace ntm::cli {

// Each group of commands lives in its own file under commands/ and lists itself here.
QList<Command> initCommands();
QList<Command> statsCommands();
QList<Command> criteriaCommands();
QList<Command> packageCommands();
QList<Command> sheetCommands();
QList<Command> communeCommands();
QList<Command> reportCommands();
QList<Command> reviewCommands();
QList<Command> generateCommands();
QList<Command> serverCommands();
QList<Command> userCommands();

/// The commune named on the command line among those existing on `asOf` (UnitLookup); prints why not (unknown,
/// ambiguous with the candidates, or a name used at another date) and returns nothing.
std::optional<core::CommuneRow> resolveCommune(core::Database& db, const QString& name, const QDate& asOf,
                                               QTextStream& err);

} // namespace ntm::cli
