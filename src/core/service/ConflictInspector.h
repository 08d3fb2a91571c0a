// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace ntm::core {

class Database;

/// What a save that was refused as a conflict ran into: who changed the record since the user read it, when, and
/// the record as it is now beside the record as the user's save would leave it (both as audit snapshots, so the
/// audit trail's field names and labels apply).
struct RecordConflict
{
    bool deleted = false;   ///< the record no longer exists
    QString changedBy;      ///< who made the last change (the audit trail's actor: user name or login role)
    QString changedAt;      ///< when (UTC timestamp, as in the audit trail); empty when the trail does not say
    QString action;         ///< the audit action of that change: update or delete
    QString theirsJson;     ///< the record now (empty when deleted)
    QString mineJson;       ///< the record as the user's save would leave it (empty when it cannot be applied)
    QString mineRefusal;    ///< why the user's save cannot be applied over theirs, when it cannot
    int currentVersion = 0; ///< the row version now: what "save mine again" must be based on
};

/// Explains an edit conflict (a save whose row version was stale) so the user can see both versions and choose:
/// keep what the other person saved, or save their own over it (a new, audited change based on the current
/// version). Nothing is written: the user's change is tried inside a transaction that is always rolled back.
class ConflictInspector final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ConflictInspector)

public:
    /// Saves the user's version of the record based on `currentVersion`; the service call the edit used.
    using Apply = std::function<Status(Database& db, int currentVersion)>;

    explicit ConflictInspector(Database& db) : m_db(db) {}

    /// `table` is one of the program's own table names; `id` the record's id.
    Result<RecordConflict> inspect(const QString& table, const QString& id, const Apply& applyMine);

private:
    Database& m_db;
};

} // namespace ntm::core
