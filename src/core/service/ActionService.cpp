// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ActionService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "service/AuditedWrite.h"
#include "service/IssueStatus.h"
#include "store/ActionStore.h"
#include "store/ReviewStore.h"
#include "store/WorkingGroupStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
const QString kTable = QStringLiteral("review_action");

Status require(Database& db, const QString& communeId)
{
    return AccessGuard(db).require(RecordKind::ReviewAction, RecordPlace{QString(), communeId});
}

/// The name shown for an action answered for by a member is the member's.
Result<ReviewAction> named(Database& db, ReviewAction a)
{
    if (a.memberId.isEmpty()) {
        return a;
    }
    const auto member = WorkingGroupStore(db).member(a.memberId);
    if (!member) {
        return member.error();
    }
    if (member.value()) {
        a.responsible = member.value()->fullName;
    }
    return a;
}
} // namespace

Result<Issues> ActionService::checkAction(const ReviewAction& a)
{
    Issues out;
    const auto meeting = ReviewStore(m_db).meeting(a.meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (!meeting.value() || meeting.value()->communeId != a.communeId) {
        out.append(errorIssue(QStringLiteral("meeting"), tr("Choose the review meeting that decided the action.")));
        return out;
    }
    const QDate held = meeting.value()->heldOn;
    if (a.what.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("what"), tr("Enter what is to be done.")));
    }
    if (!a.memberId.isEmpty()) {
        const auto member = WorkingGroupStore(m_db).member(a.memberId);
        if (!member) {
            return member.error();
        }
        if (!member.value() || member.value()->communeId != a.communeId) {
            out.append(
                errorIssue(QStringLiteral("responsible"), tr("Choose a member of the commune's working groups.")));
        } else if (!member.value()->activeOn(held)) {
            out.append(warningIssue(QStringLiteral("responsible"),
                                    tr("%1 was not in the working group on %2, the day of the meeting.")
                                        .arg(member.value()->fullName, dates::toDisplay(held))));
        }
    } else if (a.responsible.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("responsible"), tr("Enter who answers for the action.")));
    }
    if (!a.villageId.isEmpty()) {
        const auto village = ReviewStore(m_db).village(a.villageId);
        if (!village) {
            return village.error();
        }
        if (!village.value() || village.value()->communeId != a.communeId) {
            out.append(errorIssue(QStringLiteral("village"), tr("Choose a village of the commune.")));
        }
    }
    if (!a.criterionId.isEmpty()) {
        const auto found =
            sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM criterion WHERE id = ?"), {a.criterionId});
        if (!found) {
            return found.error();
        }
        if (found.value().toInt() == 0) {
            out.append(errorIssue(QStringLiteral("criterion"), tr("This criterion is not in the database.")));
        }
    }
    if (!a.dueOn.isValid()) {
        out.append(errorIssue(QStringLiteral("due_on"), tr("Enter the date the action is due.")));
    } else if (a.dueOn < held) {
        out.append(errorIssue(QStringLiteral("due_on"), tr("The action is due on %1, before the meeting of %2 that "
                                                           "decided it.")
                                                            .arg(dates::toDisplay(a.dueOn), dates::toDisplay(held))));
    }
    if (a.outcome.has_value() != a.closedOn.isValid()) {
        out.append(errorIssue(QStringLiteral("closed_on"),
                              a.outcome ? tr("Enter the date the action was done (or found not done).")
                                        : tr("Choose whether the action was done or not done.")));
    } else if (a.closedOn.isValid() && a.closedOn < held) {
        out.append(
            errorIssue(QStringLiteral("closed_on"), tr("The action cannot be closed on %1, before the meeting "
                                                       "of %2 that decided it.")
                                                        .arg(dates::toDisplay(a.closedOn), dates::toDisplay(held))));
    } else if (a.closedOn.isValid() && a.closedOn > QDate::currentDate()) {
        out.append(errorIssue(QStringLiteral("closed_on"), tr("The date %1 is in the future; close an action once it "
                                                              "is done or found not done.")
                                                               .arg(dates::toDisplay(a.closedOn))));
    }
    return out;
}

Result<QString> ActionService::addAction(ReviewAction action)
{
    if (Status s = require(m_db, action.communeId); !s) {
        return s.error();
    }
    if (Status s = firstErrorOf(checkAction(action)); !s) {
        return s.error();
    }
    auto withName = named(m_db, action);
    if (!withName) {
        return withName.error();
    }
    ReviewAction a = withName.value();
    if (a.id.isEmpty()) {
        a.id = ids::newId();
    }
    ActionStore store(m_db);
    if (Status s = insertAudited(m_db, kTable, a.id, [&] { return store.insertAction(a); }); !s) {
        return s.error();
    }
    return a.id;
}

Status ActionService::updateAction(const ReviewAction& action)
{
    if (Status s = require(m_db, action.communeId); !s) {
        return s;
    }
    if (Status s = firstErrorOf(checkAction(action)); !s) {
        return s;
    }
    const auto a = named(m_db, action);
    if (!a) {
        return a.error();
    }
    ActionStore store(m_db);
    return updateAudited(m_db, kTable, action.id, [&] { return store.updateAction(a.value()); });
}

Status ActionService::removeAction(const QString& id)
{
    ActionStore store(m_db);
    const auto a = store.action(id);
    if (!a) {
        return a.error();
    }
    if (!a.value()) {
        return Error{QString(), tr("This action no longer exists; someone deleted it meanwhile."), ErrorKind::Conflict};
    }
    if (Status s = require(m_db, a.value()->communeId); !s) {
        return s;
    }
    return removeAudited(m_db, kTable, id, [&] { return store.removeAction(id); });
}

} // namespace ntm::core
