// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// A criteria set shipped inside the program, as Help → About lists it.
struct ShippedCriteriaSet
{
    QString code;     ///< "QD1980-2016"
    QString name;     ///< As the set's file names it (Vietnamese).
    QString decision; ///< "1980/QĐ-TTg"
    QDate validFrom;
};

/// What this program is and carries, for Help → About and for reports of problems: its version, the database
/// schema version it writes, the criteria sets compiled into it, and the Qt and SQLite it runs on.
struct ProgramInfo
{
    QString version;
    int schemaVersion = 0; ///< The schema version of a database this program has opened (Migrator::latestVersion()).
    QList<ShippedCriteriaSet> criteriaSets; ///< National sets by date in force, then those without a date.
    QString qtVersion;                      ///< Qt at run time.
    QString sqliteVersion;                  ///< The SQLite library at run time.

    static ProgramInfo collect();
};

} // namespace ntm::core
