// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ntm::core {

/// Splits an SQL script into statements for QSqlQuery, which runs one statement at a time.
/// Understands comments, quoted strings and CREATE TRIGGER ... BEGIN ... END bodies.
QStringList splitSqlScript(const QString& script);

} // namespace ntm::core
