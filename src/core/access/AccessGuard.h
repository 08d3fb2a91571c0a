// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessPolicy.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace ntm::core {

class Database;

/// Applies AccessPolicy to the database's current actor (Database::actor()) and words the refusal: who is
/// signed in, their role and scope, and where the record lies. Services call it before they write (so a refusal
/// comes before any other finding), and AuditLog calls checkRow() for every change it records, so no change can
/// be committed — whatever path it took — unless the actor may make it.
class AccessGuard final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AccessGuard)

public:
    explicit AccessGuard(Database& db) : m_db(db) {}

    /// The actor may write records of this kind somewhere (else a Denied error naming role and scope).
    Status requireKind(RecordKind kind);
    /// The actor may write this record where it lies.
    Status require(RecordKind kind, const RecordPlace& place);
    /// Administrators only (accounts, restoring a backup, commune settings…).
    Status requireAdmin(RecordKind kind);
    /// Why the actor may not write records of this kind (there, when `place` is given), in a sentence for the tooltip
    /// of a disabled button; empty when it may.
    QString whyNot(RecordKind kind, const std::optional<RecordPlace>& place = std::nullopt);

    /// Where a rotation lies: the district of its commune on its start date; for a commune without a district
    /// then (from 1/7/2025), the home district of its official.
    Result<RecordPlace> rotationPlace(const QString& communeId, const QDate& start, const QString& officialId);
    /// Where a row lies, from its audit snapshot (a JSON object of its columns).
    Result<RecordPlace> placeOfRow(const QString& table, const QString& rowJson);

    /// Checks one change of one row given its audit snapshots before and after (either empty for an insert or a
    /// delete): the actor must be allowed both where the row was and where it is now.
    Status checkRow(const QString& table, const QString& beforeJson, const QString& afterJson);

private:
    Error denied(RecordKind kind, const std::optional<RecordPlace>& place);
    /// "canbo is the district personnel officer of Huyện Đức Thọ, who may change … of that district only".
    QString roleScope(const Actor& actor);
    QString placeName(const RecordPlace& place, bool district);
    Database& m_db;
};

} // namespace ntm::core
