// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ActionStore.h"

#include "db/Database.h"
#include "store/VersionedRow.h"
#include "util/Dates.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
ReviewAction actionOf(const QSqlQuery& q)
{
    ReviewAction a;
    a.id = q.value(0).toString();
    a.communeId = q.value(1).toString();
    a.meetingId = q.value(2).toString();
    a.decidedOn = dates::fromSql(q.value(3));
    a.what = q.value(4).toString();
    a.criterionId = q.value(5).toString();
    a.villageId = q.value(6).toString();
    a.memberId = q.value(7).toString();
    a.responsible = q.value(8).toString();
    a.dueOn = dates::fromSql(q.value(9));
    a.outcome = Vocabulary::actionOutcome(q.value(10).toString());
    a.closedOn = dates::fromSql(q.value(11));
    a.outcomeNote = q.value(12).toString();
    a.illustrative = q.value(13).toInt() != 0;
    a.rowVersion = q.value(14).toInt();
    const QString official = q.value(15).toString();
    const QString memberName = q.value(16).toString();
    if (!official.isEmpty()) {
        a.personKey = QStringLiteral("o:") + official;
    } else {
        a.personKey =
            QStringLiteral("n:") + text::fold((memberName.isEmpty() ? a.responsible : memberName).simplified());
    }
    return a;
}

CriterionPlan planOf(const QSqlQuery& q)
{
    return {q.value(0).toString(),      q.value(1).toString(), q.value(2).toString(),
            dates::fromSql(q.value(3)), q.value(4).toString(), q.value(5).toInt()};
}

QVariant outcomeValue(const std::optional<ActionOutcome>& o)
{
    return o ? QVariant(Vocabulary::key(*o)) : sql::nullText();
}
} // namespace

Status ActionStore::insertAction(const ReviewAction& a)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO review_action (id, commune_id, meeting_id, what, criterion_id, "
                                   "village_id, member_id, responsible, due_on, outcome, closed_on, outcome_note, "
                                   "illustrative, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {a.id, a.communeId, a.meetingId, a.what.trimmed(), sql::textOrNull(a.criterionId),
                     sql::textOrNull(a.villageId), sql::textOrNull(a.memberId), a.responsible.simplified(),
                     dates::toSql(a.dueOn), outcomeValue(a.outcome), dates::toSql(a.closedOn),
                     sql::textOrNull(a.outcomeNote), a.illustrative ? 1 : 0, now, now},
                    tr("Saving the action"));
}

Status ActionStore::updateAction(const ReviewAction& a)
{
    return versioned::update(
        m_db,
        QStringLiteral("UPDATE review_action SET meeting_id = ?, what = ?, criterion_id = ?, village_id = ?, "
                       "member_id = ?, responsible = ?, due_on = ?, outcome = ?, closed_on = ?, outcome_note = ?, "
                       "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"),
        {a.meetingId, a.what.trimmed(), sql::textOrNull(a.criterionId), sql::textOrNull(a.villageId),
         sql::textOrNull(a.memberId), a.responsible.simplified(), dates::toSql(a.dueOn), outcomeValue(a.outcome),
         dates::toSql(a.closedOn), sql::textOrNull(a.outcomeNote), dates::nowTimestamp(), a.id, a.rowVersion},
        tr("Saving the action"),
        tr("This action was changed or deleted by someone else since you opened it; reload it and make your change "
           "again."));
}

Status ActionStore::removeAction(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM review_action WHERE id = ?"), {id},
                    tr("Deleting the action"));
}

Result<QList<ReviewAction>> ActionStore::actions(const QString& communeId)
{
    return versioned::readAll<ReviewAction>(
        m_db.sql(),
        QStringLiteral("SELECT a.id, a.commune_id, a.meeting_id, m.held_on, a.what, a.criterion_id, a.village_id, "
                       "a.member_id, a.responsible, a.due_on, a.outcome, a.closed_on, a.outcome_note, "
                       "a.illustrative, a.row_version, w.official_id, w.full_name FROM review_action a "
                       "JOIN review_meeting m ON m.id = a.meeting_id "
                       "LEFT JOIN working_group_member w ON w.id = a.member_id "
                       "WHERE a.commune_id = ? ORDER BY m.held_on, a.due_on, a.id"),
        {communeId}, tr("Reading actions"), actionOf);
}

Result<std::optional<ReviewAction>> ActionStore::action(const QString& id)
{
    return versioned::first(versioned::readAll<ReviewAction>(
        m_db.sql(),
        QStringLiteral("SELECT a.id, a.commune_id, a.meeting_id, m.held_on, a.what, a.criterion_id, a.village_id, "
                       "a.member_id, a.responsible, a.due_on, a.outcome, a.closed_on, a.outcome_note, "
                       "a.illustrative, a.row_version, w.official_id, w.full_name FROM review_action a "
                       "JOIN review_meeting m ON m.id = a.meeting_id "
                       "LEFT JOIN working_group_member w ON w.id = a.member_id WHERE a.id = ?"),
        {id}, tr("Reading actions"), actionOf));
}

Result<int> ActionStore::actionsOfMeeting(const QString& meetingId)
{
    const auto v =
        sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM review_action WHERE meeting_id = ?"), {meetingId});
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

Status ActionStore::insertPlan(const CriterionPlan& p)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO criterion_plan (id, commune_id, criterion_id, target_date, note) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                    {p.id, p.communeId, p.criterionId, dates::toSql(p.targetDate), sql::textOrNull(p.note)},
                    tr("Saving the criterion plan"));
}

Status ActionStore::updatePlan(const CriterionPlan& p)
{
    return versioned::update(m_db,
                             QStringLiteral("UPDATE criterion_plan SET target_date = ?, note = ?, "
                                            "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
                             {dates::toSql(p.targetDate), sql::textOrNull(p.note), p.id, p.rowVersion},
                             tr("Saving the criterion plan"),
                             tr("This criterion plan was changed or deleted by someone else since you opened it; "
                                "reload it and make your change again."));
}

Status ActionStore::removePlan(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM criterion_plan WHERE id = ?"), {id},
                    tr("Deleting the criterion plan"));
}

Result<QList<CriterionPlan>> ActionStore::plans(const QString& communeId)
{
    return versioned::readAll<CriterionPlan>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, criterion_id, target_date, note, row_version FROM criterion_plan "
                       "WHERE commune_id = ? ORDER BY target_date, id"),
        {communeId}, tr("Reading criterion plans"), planOf);
}

Result<std::optional<CriterionPlan>> ActionStore::plan(const QString& id)
{
    return versioned::first(versioned::readAll<CriterionPlan>(
        m_db.sql(),
        QStringLiteral("SELECT id, commune_id, criterion_id, target_date, note, row_version FROM criterion_plan "
                       "WHERE id = ?"),
        {id}, tr("Reading criterion plans"), planOf));
}

} // namespace ntm::core
