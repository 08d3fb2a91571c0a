// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QString>

namespace ntm::core {

class Database;

/// National, one province's or one district's figures as of a date, as NTM reports give them.
struct ProgressStats
{
    QDate asOf;
    QString districtId;
    QString districtName;
    QString provinceId;
    QString provinceName;
    int communes = 0;          ///< Communes (xã) existing on the date in the scope.
    int recognised = 0;        ///< Of those, holding the NTM recognition on the date (RecognitionLedger).
    QMap<QString, int> byTier; ///< Tier key (ntm, nang_cao, kieu_mau, hien_dai) -> communes holding it.
    double averageMet = 0.0;   ///< Average criteria met.
    QMap<int, int> byMetCount; ///< Criteria met -> number of communes.
};

/// Computes ProgressStats; the `ntm-cli stats` command and the review views use it.
class StatsService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::StatsService)

public:
    explicit StatsService(Database& db) : m_db(db) {}

    /// Without a district or a province: every commune of the database.
    Result<ProgressStats> stats(const QDate& asOf, const QString& districtId = {}, const QString& provinceId = {});

private:
    Database& m_db;
};

} // namespace ntm::core
