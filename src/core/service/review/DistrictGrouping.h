// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QHash>
#include <QList>

namespace ntm::core {

class Database;

/// Which district a commune counts under in district figures on a date. Before 1/7/2025 it is the district the
/// commune belonged to on that date. From 1/7/2025 communes belong to the province directly, so a commune counts
/// under its *former district*: the district of its own last period with one (communes that were not merged,
/// like Sơn Kim 1), else the district most of its predecessors in the merger belonged to (commune_lineage);
/// on a tie, the predecessor whose code the commune took, then the district with the lowest code.
class DistrictGrouping final
{
public:
    static Result<DistrictGrouping> load(Database& db);

    /// The district `communeId` counts under on `date`; empty when none can be found.
    QString districtOf(const QString& communeId, const QDate& date) const;
    /// The district of the commune's own last period with one, else through its predecessors.
    QString formerDistrictOf(const QString& communeId) const;
    /// The commune identity with its periods; nullptr for an unknown id.
    const Commune* commune(const QString& communeId) const;
    const District* district(const QString& districtId) const;
    /// Every district, in code order.
    const QList<District>& districts() const { return m_districts; }
    /// The districts one can group or filter by on `date`: those existing then; when none exists (from
    /// 1/7/2025), those of the last day any district existed. In code order.
    QList<District> districtsFor(const QDate& date) const;

private:
    QString resolveFormer(const QString& communeId, int depth) const;

    QList<Commune> m_communes;
    QHash<QString, qsizetype> m_communeIndex;
    QList<District> m_districts;
    QMultiHash<QString, QString> m_predecessors; ///< successor -> predecessors (merges)
    mutable QHash<QString, QString> m_former;    ///< memo: commune -> former district
};

} // namespace ntm::core
