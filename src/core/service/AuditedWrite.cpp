// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AuditedWrite.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "store/AuditLog.h"

namespace ntm::core {

namespace {
enum class Change
{
    Insert,
    Update,
    Remove
};

Status audited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write,
               Change change)
{
    Transaction tx(db);
    if (!tx.started()) {
        return tx.started();
    }
    AuditLog audit(db);
    QString before;
    if (change != Change::Insert) {
        const auto snap = audit.snapshot(table, id);
        if (!snap) {
            return snap.error();
        }
        before = snap.value();
        // Refused before anything is written when the record is not the actor's (AuditLog checks again after).
        if (Status s = AccessGuard(db).checkRow(table, before, QString()); !s) {
            return s;
        }
    }
    if (Status s = write(); !s) {
        return s;
    }
    Status recorded;
    switch (change) {
    case Change::Insert:
        recorded = audit.recordInsert(table, id);
        break;
    case Change::Update:
        recorded = audit.recordUpdate(table, id, before);
        break;
    case Change::Remove:
        recorded = audit.recordDelete(table, id, before);
        break;
    }
    if (!recorded) {
        return recorded;
    }
    return tx.commit();
}
} // namespace

Status insertAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write)
{
    return audited(db, table, id, write, Change::Insert);
}

Status updateAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write)
{
    return audited(db, table, id, write, Change::Update);
}

Status removeAudited(Database& db, const QString& table, const QString& id, const std::function<Status()>& write)
{
    return audited(db, table, id, write, Change::Remove);
}

} // namespace ntm::core
