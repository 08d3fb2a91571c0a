// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageScope.h"
#include "package/FieldText.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/UnitStore.h"

#include <QFileInfo>
#include <QSqlQuery>

namespace ntm::core {

namespace {
/// Pairs of ids from a small query ("SELECT a, b FROM …").
Result<QList<std::pair<QString, QString>>> pairs(Database& db, const QString& statement)
{
    QSqlQuery q = sql::prepare(db.sql(), statement);
    if (Status s = sql::exec(q, PackageScope::tr("Reading the units to export")); !s) {
        return s.error();
    }
    QList<std::pair<QString, QString>> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

} // namespace

Result<PackageScope> PackageScope::database(Database& db)
{
    PackageScope scope;
    const auto provinces = UnitStore(db).provinces();
    if (!provinces) {
        return provinces.error();
    }
    QStringList names;
    for (const Province& p : provinces.value()) {
        names.append(p.name);
    }
    scope.m_name = names.isEmpty() ? QFileInfo(db.path()).completeBaseName() : names.join(QStringLiteral(", "));
    return scope;
}

Result<PackageScope> PackageScope::unit(Database& db, Kind kind, const QString& id)
{
    if (kind == Kind::Database) {
        return database(db);
    }
    PackageScope scope;
    scope.m_kind = kind;
    scope.m_id = id;
    UnitStore units(db);
    if (kind == Kind::District) {
        const auto d = units.district(id);
        if (!d) {
            return d.error();
        }
        if (!d.value()) {
            return Error{QString(), tr("There is no district with the id %1 in the database.").arg(id)};
        }
        scope.m_name = d.value()->title();
    } else {
        const auto c = units.commune(id);
        if (!c) {
            return c.error();
        }
        if (!c.value() || c.value()->periods.isEmpty()) {
            return Error{QString(), tr("There is no commune with the id %1 in the database.").arg(id)};
        }
        const CommunePeriod& last = c.value()->periods.constLast();
        scope.m_name = Vocabulary::communeTitle(last.kind, last.name);
    }
    if (Status s = scope.collect(db); !s) {
        return s.error();
    }
    return scope;
}

Status PackageScope::collect(Database& db)
{
    const auto periods = pairs(db, QStringLiteral("SELECT commune_id, district_id FROM commune_period"));
    const auto lineage = pairs(db, QStringLiteral("SELECT predecessor_id, successor_id FROM commune_lineage"));
    const auto districtLineage = pairs(db, QStringLiteral("SELECT predecessor_id, successor_id FROM district_lineage"));
    const auto rotations = pairs(db, QStringLiteral("SELECT official_id, commune_id FROM rotation"));
    const auto officials = pairs(db, QStringLiteral("SELECT id, home_district_id FROM official"));
    const auto communes = pairs(db, QStringLiteral("SELECT id, province_id FROM commune"));
    const auto districts = pairs(db, QStringLiteral("SELECT id, province_id FROM district"));
    const auto villages = pairs(db, QStringLiteral("SELECT id, commune_id FROM village"));
    const auto villageLineage = pairs(db, QStringLiteral("SELECT predecessor_id, successor_id FROM village_lineage"));
    const auto members = pairs(
        db, QStringLiteral("SELECT official_id, commune_id FROM working_group_member WHERE official_id IS NOT NULL"));
    for (const auto* r : {&periods, &lineage, &districtLineage, &rotations, &officials, &communes, &districts,
                          &villages, &villageLineage, &members}) {
        if (!*r) {
            return r->error();
        }
    }
    if (m_kind == Kind::Commune) {
        m_communes.insert(m_id);
    } else {
        m_districts.insert(m_id);
        for (const auto& [commune, district] : periods.value()) {
            if (district == m_id) {
                m_communes.insert(commune);
            }
        }
        for (const auto& [pred, succ] : districtLineage.value()) {
            if (pred == m_id || succ == m_id) {
                m_districts.insert(pred == m_id ? succ : pred);
            }
        }
        for (const auto& [official, home] : officials.value()) {
            if (home == m_id) {
                m_officials.insert(official);
            }
        }
    }
    m_unitCommunes = m_communes;
    for (const auto& [pred, succ] : lineage.value()) {
        if (m_communes.contains(pred) || m_communes.contains(succ)) {
            m_unitCommunes.insert(m_communes.contains(pred) ? succ : pred);
        }
    }
    for (const auto& [official, commune] : rotations.value()) {
        if (m_communes.contains(commune)) {
            m_officials.insert(official);
        }
    }
    // Working-group members linked to the register travel with their commune, like rotated officials.
    for (const auto& [official, commune] : members.value()) {
        if (m_communes.contains(commune)) {
            m_officials.insert(official);
        }
    }
    collectVillages(villages.value(), villageLineage.value());
    for (const auto& [official, home] : officials.value()) {
        if (m_officials.contains(official) && !home.isEmpty()) {
            m_districts.insert(home);
        }
    }
    for (const auto& [commune, district] : periods.value()) {
        if (m_unitCommunes.contains(commune) && !district.isEmpty()) {
            m_districts.insert(district);
        }
    }
    for (const auto& [commune, province] : communes.value()) {
        if (m_unitCommunes.contains(commune)) {
            m_provinces.insert(province);
        }
    }
    for (const auto& [district, province] : districts.value()) {
        if (m_districts.contains(district)) {
            m_provinces.insert(province);
        }
    }
    return {};
}

void PackageScope::collectVillages(const QList<std::pair<QString, QString>>& villages,
                                   const QList<std::pair<QString, QString>>& lineage)
{
    QHash<QString, QString> communeOf;
    for (const auto& [village, commune] : villages) {
        communeOf.insert(village, commune);
        if (m_communes.contains(commune)) {
            m_villages.insert(village);
        }
    }
    // The villages at the other end of their mergers and renames (another commune's, in the 2025 reform) travel as
    // villages, with their commune as a unit, so the links can be written on the other side.
    QSet<QString> partners;
    for (const auto& [pred, succ] : lineage) {
        if (m_villages.contains(pred) || m_villages.contains(succ)) {
            partners.insert(m_villages.contains(pred) ? succ : pred);
        }
    }
    for (const QString& v : std::as_const(partners)) {
        m_villages.insert(v);
        m_unitCommunes.insert(communeOf.value(v));
    }
}

QString PackageScope::kindKey() const
{
    switch (m_kind) {
    case Kind::District:
        return QStringLiteral("district");
    case Kind::Commune:
        return QStringLiteral("commune");
    case Kind::Database:
        break;
    }
    return QStringLiteral("database");
}

bool PackageScope::includes(PackageKind kind, const QVariantList& v) const
{
    if (m_kind == Kind::Database) {
        return true;
    }
    switch (kind) {
    case PackageKind::Provinces:
        return m_provinces.contains(fieldText(v, 0));
    case PackageKind::Districts:
        return m_districts.contains(fieldText(v, 0));
    case PackageKind::DistrictLineage:
        return m_districts.contains(fieldText(v, 1)) && m_districts.contains(fieldText(v, 2));
    case PackageKind::CriteriaSets:
        return true;
    case PackageKind::Communes:
        return m_unitCommunes.contains(fieldText(v, 0));
    case PackageKind::CommuneLineage:
        return m_communes.contains(fieldText(v, 1)) || m_communes.contains(fieldText(v, 2));
    case PackageKind::SetAssignments:
        return m_provinces.contains(fieldText(v, 2)) || m_communes.contains(fieldText(v, 3));
    case PackageKind::CriterionCrosswalks:
        return v.at(1).isNull() || m_provinces.contains(fieldText(v, 1));
    case PackageKind::VillageCriterionRules:
        return m_provinces.contains(fieldText(v, 1));
    case PackageKind::Villages:
        return m_villages.contains(fieldText(v, 0));
    case PackageKind::VillageLineage:
        return m_villages.contains(fieldText(v, 2)) && m_villages.contains(fieldText(v, 3));
    case PackageKind::Officials:
        return m_officials.contains(fieldText(v, 0));
    case PackageKind::Recognitions:
    case PackageKind::CommuneGroups:
    case PackageKind::Rotations:
    case PackageKind::Assessments:
    case PackageKind::ReviewMeetings:
    case PackageKind::CriterionPlans:
    case PackageKind::VillageModelAreas:
    case PackageKind::VillageModelGardens:
    case PackageKind::WorkingGroups:
    case PackageKind::WorkingGroupMembers:
    case PackageKind::VillageResponsibilities:
    case PackageKind::ReviewActions:
        break;
    }
    const int commune = PackageSchema::spec(kind).fieldIndex("commune_id");
    return commune >= 0 && m_communes.contains(fieldText(v, commune));
}

} // namespace ntm::core
