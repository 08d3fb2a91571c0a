// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QList>

namespace ntm::cli {

// Each group of commands lives in its own file under commands/ and lists itself here.
QList<Command> initCommands();
QList<Command> statsCommands();
QList<Command> criteriaCommands();
QList<Command> packageCommands();
QList<Command> sheetCommands();
QList<Command> communeCommands();
QList<Command> generateCommands();

} // namespace ntm::cli
