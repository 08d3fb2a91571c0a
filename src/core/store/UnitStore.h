// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace ntm::core {

class Database;

/// Provinces, districts, communes with their dated periods, and the lineage between them.
/// Inserts do not open transactions: the calling service owns the transaction.
class UnitStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::UnitStore)

public:
    explicit UnitStore(Database& db) : m_db(db) {}

    Status insertProvince(const Province& p);
    Status insertDistrict(const District& d);
    /// Inserts the commune and its periods.
    Status insertCommune(const Commune& c);
    Status insertCommuneLineage(const LineageLink& link);
    Status insertDistrictLineage(const LineageLink& link);
    /// Refused (a Conflict) when `expectedVersion` >= 0 and the commune's row version is another.
    Status setTargetYear(const QString& communeId, int year, int expectedVersion = -1);

    Result<QList<Province>> provinces();
    Result<QList<District>> districts();
    Result<std::optional<District>> district(const QString& id);
    /// Communes existing on `date` (optionally in one district or one province, optionally only kind xã, the units
    /// the NTM programme judges), with the period that applies on that date.
    Result<QList<CommuneRow>> communesOn(const QDate& date, const QString& districtId = {}, bool programmeOnly = false,
                                         const QString& provinceId = {});
    /// Every commune identity with its periods.
    Result<QList<Commune>> allCommunes();
    Result<std::optional<Commune>> commune(const QString& id);
    /// Links where the commune is predecessor or successor, by date.
    Result<QList<LineageLink>> communeLineage(const QString& communeId);
    /// Every commune lineage link, by date.
    Result<QList<LineageLink>> allCommuneLineage();

private:
    Database& m_db;
};

} // namespace ntm::core
