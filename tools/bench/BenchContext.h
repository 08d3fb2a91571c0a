// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace ntm::core {
class Database;
}

namespace ntm::bench {

/// What every measure works on: the database, the dates, and the province and commune chosen in it.
struct BenchContext
{
    QString database;
    int runs = 7;
    QDate asOf{2024, 12, 31};     ///< Before the reform: every commune of the country, 19 criteria.
    QDate otherDate{2023, 6, 30}; ///< The date changed to.
    QString provinceId;           ///< The province with the most communes on asOf.
    QString provinceName;
    QString communeId; ///< The commune with the longest history.
    QString only;      ///< Measure one group only: core, rotations, board or others (for profiling).

    bool wants(const QString& group) const { return only.isEmpty() || only == group; }

    /// Fills the province and the commune from the database.
    bool choose(core::Database& db, QString* error);
};

} // namespace ntm::bench
