// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OfficialService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "store/AuditLog.h"
#include "store/OfficialStore.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core {

namespace {
Status firstError(const Issues& issues)
{
    for (const Issue& i : issues) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    return {};
}
} // namespace

Issues OfficialService::check(const Official& o, const QDate& today)
{
    Issues out;
    if (o.fullName.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("full_name"), tr("Enter the official's full name.")));
    }
    if (o.birthDate.isValid()) {
        if (o.birthDate >= today) {
            out.append(errorIssue(QStringLiteral("birth_date"),
                                  tr("The birth date %1 is not in the past.").arg(dates::toDisplay(o.birthDate))));
        } else if (o.birthDate.addYears(18) > today) {
            out.append(errorIssue(
                QStringLiteral("birth_date"),
                tr("With the birth date %1 the official would be under 18.").arg(dates::toDisplay(o.birthDate))));
        } else if (o.birthDate.addYears(70) < today) {
            out.append(
                warningIssue(QStringLiteral("birth_date"),
                             tr("With the birth date %1 the official is over 70.").arg(dates::toDisplay(o.birthDate))));
        }
    }
    return out;
}

Status OfficialService::allowed(const Official& o)
{
    return AccessGuard(m_db).require(RecordKind::Official, RecordPlace{o.homeDistrictId, QString()});
}

Result<QString> OfficialService::create(Official o)
{
    if (Status s = allowed(o); !s) {
        return s.error();
    }
    if (Status s = firstError(check(o, QDate::currentDate())); !s) {
        return s.error();
    }
    if (o.id.isEmpty()) {
        o.id = ids::newId();
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    if (Status s = OfficialStore(m_db).insert(o); !s) {
        return s.error();
    }
    if (Status s = AuditLog(m_db).recordInsert(QStringLiteral("official"), o.id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return o.id;
}

Status OfficialService::update(const Official& o)
{
    if (Status s = allowed(o); !s) {
        return s;
    }
    if (Status s = firstError(check(o, QDate::currentDate())); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    AuditLog audit(m_db);
    const auto before = audit.snapshot(QStringLiteral("official"), o.id);
    if (!before) {
        return before.error();
    }
    if (Status s = AccessGuard(m_db).checkRow(QStringLiteral("official"), before.value(), QString()); !s) {
        return s;
    }
    if (Status s = OfficialStore(m_db).update(o); !s) {
        return s;
    }
    if (Status s = audit.recordUpdate(QStringLiteral("official"), o.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status OfficialService::canRemove(const QString& id)
{
    OfficialStore store(m_db);
    const auto official = store.get(id);
    if (!official) {
        return official.error();
    }
    if (!official.value()) {
        return Error{QString(), tr("This official no longer exists; someone may have deleted them."),
                     ErrorKind::Conflict};
    }
    // A refusal comes first: the GUI asks this before it offers to delete.
    if (Status s = AccessGuard(m_db).require(RecordKind::Official, RecordPlace{official.value()->homeDistrictId, {}});
        !s) {
        return s;
    }
    const auto count = store.rotationCount(id);
    if (!count) {
        return count.error();
    }
    if (count.value() > 0) {
        return Error{QString(), tr("%1 cannot be deleted: %n rotation(s) refer to this official. Delete those "
                                   "rotations first.",
                                   nullptr, count.value())
                                    .arg(official.value()->fullName)};
    }
    const auto places = store.groupMemberCount(id);
    if (!places) {
        return places.error();
    }
    if (places.value() > 0) {
        return Error{QString(), tr("%1 cannot be deleted: the official is linked to %n place(s) in the commune's "
                                   "working groups. Remove them from the groups first.",
                                   nullptr, places.value())
                                    .arg(official.value()->fullName)};
    }
    return {};
}

Status OfficialService::remove(const QString& id)
{
    OfficialStore store(m_db);
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    AuditLog audit(m_db);
    const auto before = audit.snapshot(QStringLiteral("official"), id);
    if (!before) {
        return before.error();
    }
    if (Status s = AccessGuard(m_db).checkRow(QStringLiteral("official"), before.value(), QString()); !s) {
        return s;
    }
    if (Status s = canRemove(id); !s) {
        return s;
    }
    if (Status s = store.remove(id); !s) {
        return s;
    }
    if (Status s = audit.recordDelete(QStringLiteral("official"), id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace ntm::core
