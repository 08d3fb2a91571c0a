// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/WorkingGroupStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/VersionedRow.h"
#include "util/Dates.h"

namespace ntm::core {

namespace {
WorkingGroup groupOf(const QSqlQuery& q)
{
    WorkingGroup g;
    g.id = q.value(0).toString();
    g.communeId = q.value(1).toString();
    g.name = q.value(2).toString();
    g.decisionNo = q.value(3).toString();
    g.decidedOn = dates::fromSql(q.value(4));
    g.issuingBody = q.value(5).toString();
    g.validFrom = dates::fromSql(q.value(6));
    g.validTo = dates::fromSql(q.value(7));
    g.note = q.value(8).toString();
    g.illustrative = q.value(9).toInt() != 0;
    g.rowVersion = q.value(10).toInt();
    return g;
}

GroupMember memberOf(const QSqlQuery& q)
{
    GroupMember m;
    m.id = q.value(0).toString();
    m.groupId = q.value(1).toString();
    m.communeId = q.value(2).toString();
    m.officialId = q.value(3).toString();
    m.fullName = q.value(4).toString();
    m.role = Vocabulary::memberRole(q.value(5).toString()).value_or(MemberRole::Member);
    m.position = q.value(6).toString();
    m.validFrom = dates::fromSql(q.value(7));
    m.validTo = dates::fromSql(q.value(8));
    m.note = q.value(9).toString();
    m.illustrative = q.value(10).toInt() != 0;
    m.rowVersion = q.value(11).toInt();
    return m;
}

VillageResponsibility responsibilityOf(const QSqlQuery& q)
{
    VillageResponsibility r;
    r.id = q.value(0).toString();
    r.communeId = q.value(1).toString();
    r.villageId = q.value(2).toString();
    r.groupId = q.value(3).toString();
    r.memberId = q.value(4).toString();
    r.validFrom = dates::fromSql(q.value(5));
    r.validTo = dates::fromSql(q.value(6));
    r.note = q.value(7).toString();
    r.illustrative = q.value(8).toInt() != 0;
    r.rowVersion = q.value(9).toInt();
    return r;
}

} // namespace

Status WorkingGroupStore::insertGroup(const WorkingGroup& g)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO working_group (id, commune_id, name, decision_no, decided_on, "
                                   "issuing_body, valid_from, valid_to, note, illustrative, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {g.id, g.communeId, g.name, sql::textOrNull(g.decisionNo), dates::toSql(g.decidedOn),
                     sql::textOrNull(g.issuingBody), dates::toSql(g.validFrom), dates::toSql(g.validTo),
                     sql::textOrNull(g.note), g.illustrative ? 1 : 0, now, now},
                    tr("Saving the working group"));
}

Status WorkingGroupStore::updateGroup(const WorkingGroup& g)
{
    return versioned::update(
        m_db,
        QStringLiteral("UPDATE working_group SET name = ?, decision_no = ?, decided_on = ?, issuing_body = ?, "
                       "valid_from = ?, valid_to = ?, note = ?, row_version = row_version + 1, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"),
        {g.name, sql::textOrNull(g.decisionNo), dates::toSql(g.decidedOn), sql::textOrNull(g.issuingBody),
         dates::toSql(g.validFrom), dates::toSql(g.validTo), sql::textOrNull(g.note), dates::nowTimestamp(), g.id,
         g.rowVersion},
        tr("Saving the working group"),
        tr("This working group was changed or deleted by someone else since you opened it; reload it and make your "
           "change again."));
}

Status WorkingGroupStore::removeGroup(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM working_group WHERE id = ?"), {id},
                    tr("Deleting the working group"));
}

Result<QList<WorkingGroup>> WorkingGroupStore::groups(const QString& communeId)
{
    return versioned::readAll<WorkingGroup>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, name, decision_no, decided_on, issuing_body, valid_from, valid_to, "
                       "note, illustrative, row_version FROM working_group WHERE commune_id = ? "
                       "ORDER BY valid_from, name, id"),
        {communeId}, tr("Reading working groups"), groupOf);
}

Result<std::optional<WorkingGroup>> WorkingGroupStore::group(const QString& id)
{
    return versioned::first(versioned::readAll<WorkingGroup>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, name, decision_no, decided_on, issuing_body, valid_from, valid_to, "
                       "note, illustrative, row_version FROM working_group WHERE id = ?"),
        {id}, tr("Reading working groups"), groupOf));
}

Status WorkingGroupStore::insertMember(const GroupMember& m)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO working_group_member (id, group_id, commune_id, official_id, "
                                   "full_name, role, position, valid_from, valid_to, note, illustrative, created_at, "
                                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {m.id, m.groupId, m.communeId, sql::textOrNull(m.officialId), m.fullName.simplified(),
                     Vocabulary::key(m.role), sql::textOrNull(m.position), dates::toSql(m.validFrom),
                     dates::toSql(m.validTo), sql::textOrNull(m.note), m.illustrative ? 1 : 0, now, now},
                    tr("Saving the member of the working group"));
}

Status WorkingGroupStore::updateMember(const GroupMember& m)
{
    return versioned::update(
        m_db,
        QStringLiteral("UPDATE working_group_member SET official_id = ?, full_name = ?, role = ?, position = ?, "
                       "valid_from = ?, valid_to = ?, note = ?, row_version = row_version + 1, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"),
        {sql::textOrNull(m.officialId), m.fullName.simplified(), Vocabulary::key(m.role), sql::textOrNull(m.position),
         dates::toSql(m.validFrom), dates::toSql(m.validTo), sql::textOrNull(m.note), dates::nowTimestamp(), m.id,
         m.rowVersion},
        tr("Saving the member of the working group"),
        tr("This member was changed or deleted by someone else since you opened it; reload it and make your change "
           "again."));
}

Status WorkingGroupStore::removeMember(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM working_group_member WHERE id = ?"), {id},
                    tr("Deleting the member of the working group"));
}

Result<QList<GroupMember>> WorkingGroupStore::members(const QString& communeId)
{
    return versioned::readAll<GroupMember>(
        m_db.sql(),
        QStringLiteral("SELECT id, group_id, commune_id, official_id, full_name, role, position, valid_from, "
                       "valid_to, note, illustrative, row_version FROM working_group_member WHERE commune_id = ? "
                       "ORDER BY group_id, valid_from, role, full_name, id"),
        {communeId}, tr("Reading the members of working groups"), memberOf);
}

Result<std::optional<GroupMember>> WorkingGroupStore::member(const QString& id)
{
    return versioned::first(versioned::readAll<GroupMember>(
        m_db.sql(),
        QStringLiteral("SELECT id, group_id, commune_id, official_id, full_name, role, position, valid_from, "
                       "valid_to, note, illustrative, row_version FROM working_group_member WHERE id = ?"),
        {id}, tr("Reading the members of working groups"), memberOf));
}

Status WorkingGroupStore::insertResponsibility(const VillageResponsibility& r)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO village_responsibility (id, commune_id, village_id, group_id, "
                                   "member_id, valid_from, valid_to, note, illustrative, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.id, r.communeId, r.villageId, r.groupId, sql::textOrNull(r.memberId), dates::toSql(r.validFrom),
                     dates::toSql(r.validTo), sql::textOrNull(r.note), r.illustrative ? 1 : 0, now, now},
                    tr("Saving the village responsibility"));
}

Status WorkingGroupStore::updateResponsibility(const VillageResponsibility& r)
{
    return versioned::update(
        m_db,
        QStringLiteral("UPDATE village_responsibility SET village_id = ?, group_id = ?, member_id = ?, "
                       "valid_from = ?, valid_to = ?, note = ?, row_version = row_version + 1, updated_at = ? "
                       "WHERE id = ? AND row_version = ?"),
        {r.villageId, r.groupId, sql::textOrNull(r.memberId), dates::toSql(r.validFrom), dates::toSql(r.validTo),
         sql::textOrNull(r.note), dates::nowTimestamp(), r.id, r.rowVersion},
        tr("Saving the village responsibility"),
        tr("This village responsibility was changed or deleted by someone else since you opened it; reload it and "
           "make your change again."));
}

Status WorkingGroupStore::removeResponsibility(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM village_responsibility WHERE id = ?"), {id},
                    tr("Deleting the village responsibility"));
}

Result<QList<VillageResponsibility>> WorkingGroupStore::responsibilities(const QString& communeId)
{
    return versioned::readAll<VillageResponsibility>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, group_id, member_id, valid_from, valid_to, note, "
                       "illustrative, row_version FROM village_responsibility WHERE commune_id = ? "
                       "ORDER BY village_id, valid_from, id"),
        {communeId}, tr("Reading village responsibilities"), responsibilityOf);
}

Result<std::optional<VillageResponsibility>> WorkingGroupStore::responsibility(const QString& id)
{
    return versioned::first(versioned::readAll<VillageResponsibility>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, village_id, group_id, member_id, valid_from, valid_to, note, "
                       "illustrative, row_version FROM village_responsibility WHERE id = ?"),
        {id}, tr("Reading village responsibilities"), responsibilityOf));
}

Result<int> WorkingGroupStore::usesOfMember(const QString& memberId)
{
    const auto v =
        sql::scalar(m_db.sql(),
                    QStringLiteral("SELECT (SELECT count(*) FROM village_responsibility WHERE member_id = ?) "
                                   "+ (SELECT count(*) FROM review_action WHERE member_id = ?)"),
                    {memberId, memberId});
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

} // namespace ntm::core
