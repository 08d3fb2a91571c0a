// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ConflictInspector.h"

#include "db/Database.h"
#include "store/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ntm::core {

Result<RecordConflict> ConflictInspector::inspect(const QString& table, const QString& id, const Apply& applyMine)
{
    RecordConflict out;
    AuditLog audit(m_db);
    const auto theirs = audit.snapshot(table, id);
    if (!theirs) {
        return theirs.error();
    }
    out.theirsJson = theirs.value();
    out.deleted = out.theirsJson.isEmpty();
    const auto history = audit.historyOf(table, id);
    if (!history) {
        return history.error();
    }
    if (!history.value().isEmpty()) {
        const AuditEntry& last = history.value().constLast();
        out.changedBy = last.actor;
        out.changedAt = last.at;
        out.action = last.action;
    }
    if (out.deleted) {
        out.action = QStringLiteral("delete");
        out.mineRefusal = tr("The record was deleted, so there is nothing to save your version on.");
        return out;
    }
    out.currentVersion =
        QJsonDocument::fromJson(out.theirsJson.toUtf8()).object().value(QLatin1String("row_version")).toInt();
    // The user's version as a snapshot: apply it on the current version and roll back, so the same rules, scopes
    // and triggers decide as when the user saves it for real.
    if (Status s = m_db.begin(); !s) {
        out.mineRefusal = s.error().message;
        return out;
    }
    if (Status s = applyMine(m_db, out.currentVersion); !s) {
        out.mineRefusal = s.error().message;
    } else if (const auto mine = audit.snapshot(table, id); mine) {
        out.mineJson = mine.value();
    } else {
        out.mineRefusal = mine.error().message;
    }
    m_db.rollback();
    return out;
}

} // namespace ntm::core
