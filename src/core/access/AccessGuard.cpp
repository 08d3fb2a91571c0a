// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessGuard.h"

#include "db/Database.h"
#include "store/OfficialStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
using json = nlohmann::json;

QString text(const json& row, const char* column)
{
    const auto it = row.find(column);
    return it != row.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

json parse(const QString& rowJson)
{
    if (rowJson.isEmpty()) {
        return json::object();
    }
    json row = json::parse(rowJson.toStdString(), nullptr, false);
    return row.is_object() ? row : json::object();
}

/// A user changing their own password (or a failed sign-in being counted) changes neither who they are nor
/// what they may do: allowed without being an administrator.
bool selfService(const Actor& actor, const json& before, const json& after)
{
    if (actor.userId.isEmpty() || (before.empty() && after.empty())) {
        return false;
    }
    for (const json* row : {&before, &after}) {
        if (!row->empty() && text(*row, "id") != actor.userId) {
            return false;
        }
    }
    if (before.empty() || after.empty()) {
        return !before.empty(); // checking ahead of an update of one's own row; the change is checked when recorded
    }
    for (const char* column : {"username", "role", "scope_district_id", "scope_commune_id", "active"}) {
        if (before.value(column, json()) != after.value(column, json())) {
            return false;
        }
    }
    return true;
}
} // namespace

Status AccessGuard::requireKind(RecordKind kind)
{
    if (AccessPolicy::mayWriteKind(m_db.actor(), kind)) {
        return {};
    }
    return denied(kind, std::nullopt);
}

Status AccessGuard::require(RecordKind kind, const RecordPlace& place)
{
    if (AccessPolicy::mayWrite(m_db.actor(), kind, place)) {
        return {};
    }
    return denied(kind,
                  AccessPolicy::mayWriteKind(m_db.actor(), kind) ? std::optional<RecordPlace>(place) : std::nullopt);
}

Status AccessGuard::requireAdmin(RecordKind kind)
{
    return m_db.actor().isAdmin() ? Status() : Status(denied(kind, std::nullopt));
}

Result<RecordPlace> AccessGuard::rotationPlace(const QString& communeId, const QDate& start, const QString& officialId)
{
    RecordPlace place;
    place.communeId = communeId;
    if (!communeId.isEmpty()) {
        const auto commune = UnitStore(m_db).commune(communeId);
        if (!commune) {
            return commune.error();
        }
        if (commune.value()) {
            const CommunePeriod* p = commune.value()->periodOn(start.isValid() ? start : QDate::currentDate());
            if (p && (!start.isValid() || coversDate(p->validFrom, p->validTo, start))) {
                place.districtId = p->districtId;
            }
        }
    }
    if (place.districtId.isEmpty() && !officialId.isEmpty()) {
        const auto official = OfficialStore(m_db).get(officialId);
        if (!official) {
            return official.error();
        }
        if (official.value()) {
            place.districtId = official.value()->homeDistrictId;
        }
    }
    return place;
}

Result<RecordPlace> AccessGuard::placeOfRow(const QString& table, const QString& rowJson)
{
    const json row = parse(rowJson);
    if (table == QLatin1String("official")) {
        return RecordPlace{text(row, "home_district_id"), QString()};
    }
    if (table == QLatin1String("rotation")) {
        return rotationPlace(text(row, "commune_id"), dates::fromIso(text(row, "start_date")),
                             text(row, "official_id"));
    }
    if (table == QLatin1String("commune")) {
        return RecordPlace{QString(), text(row, "id")};
    }
    return RecordPlace{QString(), text(row, "commune_id")};
}

Status AccessGuard::checkRow(const QString& table, const QString& beforeJson, const QString& afterJson)
{
    const Actor& actor = m_db.actor();
    if (actor.isAdmin()) {
        return {};
    }
    const auto kind = AccessPolicy::kindOfTable(table);
    if (!kind) {
        return denied(RecordKind::Unit, std::nullopt);
    }
    if (*kind == RecordKind::User && selfService(actor, parse(beforeJson), parse(afterJson))) {
        return {};
    }
    if (Status s = requireKind(*kind); !s) {
        return s;
    }
    for (const QString* row : {&beforeJson, &afterJson}) {
        if (row->isEmpty()) {
            continue;
        }
        const auto place = placeOfRow(table, *row);
        if (!place) {
            return place.error();
        }
        if (Status s = require(*kind, place.value()); !s) {
            return s;
        }
    }
    return {};
}

QString AccessGuard::placeName(const RecordPlace& place, bool district)
{
    if (district) {
        if (place.districtId.isEmpty()) {
            return tr("no district");
        }
        const auto d = UnitStore(m_db).district(place.districtId);
        return d && d.value() ? d.value()->title() : place.districtId;
    }
    if (place.communeId.isEmpty()) {
        return tr("no commune");
    }
    const auto c = UnitStore(m_db).commune(place.communeId);
    if (!c || !c.value() || c.value()->periods.isEmpty()) {
        return place.communeId;
    }
    const CommunePeriod& p = c.value()->periods.constLast();
    return Vocabulary::communeTitle(p.kind, p.name);
}

QString AccessGuard::roleScope(const Actor& actor)
{
    const bool personnel = actor.role == Role::Personnel;
    const QString scope = personnel ? placeName(RecordPlace{actor.districtId, QString()}, true)
                                    : placeName(RecordPlace{QString(), actor.communeId}, false);
    return personnel ? tr("%1 is the district personnel officer of %2, who may change officials and rotations of "
                          "that district only")
                           .arg(actor.username, scope)
                     : tr("%1 is the commune leader of %2, who may change assessments, review meetings and their "
                          "actions, working groups, villages and criterion plans of that commune only")
                           .arg(actor.username, scope);
}

QString AccessGuard::whyNot(RecordKind kind, const std::optional<RecordPlace>& place)
{
    const Actor& actor = m_db.actor();
    const bool kindAllowed = AccessPolicy::mayWriteKind(actor, kind);
    if (place ? AccessPolicy::mayWrite(actor, kind, *place) : kindAllowed) {
        return {};
    }
    const QString what = AccessPolicy::kindLabel(kind);
    if (!actor.role) {
        return tr("Sign in to change %1.").arg(what);
    }
    if (*actor.role == Role::Reviewer) {
        return tr("%1 is a provincial reviewer, who may read, export and print but change nothing.")
            .arg(actor.username);
    }
    if (*actor.role == Role::Admin) {
        return tr("Changing %1 is not possible here.").arg(what);
    }
    if (kindAllowed && place) {
        return tr("%1; this concerns %2 of %3.")
            .arg(roleScope(actor), what, placeName(*place, *actor.role == Role::Personnel));
    }
    return tr("%1, not %2.").arg(roleScope(actor), what);
}

Error AccessGuard::denied(RecordKind kind, const std::optional<RecordPlace>& place)
{
    const Actor& actor = m_db.actor();
    const QString what = AccessPolicy::kindLabel(kind);
    QString message;
    if (!actor.role) {
        message = tr("Refused: nobody is signed in to this database, and it has user accounts. Sign in to change %1.")
                      .arg(what);
    } else if (*actor.role == Role::Reviewer) {
        message = tr("Refused: %1 is a provincial reviewer, who may read, export and print but change nothing.")
                      .arg(actor.username);
    } else if (*actor.role == Role::Admin) {
        message = tr("Refused: changing %1 is not possible here.").arg(what);
    } else {
        const bool personnel = *actor.role == Role::Personnel;
        const QString who = roleScope(actor);
        if (place) {
            message = tr("Refused: %1. The change concerns %2 of %3.").arg(who, what, placeName(*place, personnel));
        } else {
            message = tr("Refused: %1, not %2.").arg(who, what);
        }
    }
    return Error{QString(), message, ErrorKind::Denied};
}

} // namespace ntm::core
