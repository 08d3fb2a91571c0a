// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSchema.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariantList>

namespace ntm::core {

class Database;

/// What an export holds: the whole database, one district or one commune.
///
/// For a district or a commune: its communes (a district's are those with any period in it) with all their
/// records, plus the units those records need — the communes at the other end of their mergers (as units
/// only: with periods, without their own records), the districts and provinces of every unit, the officials
/// rotated into the communes (and, for a district, those whose home district it is), and every criteria set.
class PackageScope final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageScope)

public:
    enum class Kind
    {
        Database,
        District,
        Commune
    };

    /// The whole database.
    static Result<PackageScope> database(Database& db);
    /// One district or one commune, by id (UnitLookup finds the id from what a user types).
    static Result<PackageScope> unit(Database& db, Kind kind, const QString& id);

    Kind kind() const { return m_kind; }
    QString kindKey() const;
    QString id() const { return m_id; }
    QString name() const { return m_name; }
    /// Whether the record (values in its KindSpec's field order) belongs in the package.
    bool includes(PackageKind kind, const QVariantList& values) const;

private:
    Status collect(Database& db);
    void collectVillages(const QList<std::pair<QString, QString>>& villages,
                         const QList<std::pair<QString, QString>>& lineage);

    Kind m_kind = Kind::Database;
    QString m_id;
    QString m_name;
    QSet<QString> m_communes;     ///< communes whose records are exported
    QSet<QString> m_unitCommunes; ///< communes exported as units (the above and their merger partners)
    QSet<QString> m_districts;
    QSet<QString> m_provinces;
    QSet<QString> m_officials;
    QSet<QString> m_villages; ///< villages exported: the communes' and their lineage partners
};

} // namespace ntm::core
