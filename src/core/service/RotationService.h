// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Whether the user has seen and accepted the warnings of a change.
enum class Warnings
{
    Refuse,
    Accept
};

/// Closing a rotation: what the "End rotation" form records.
struct RotationEnd
{
    QDate actualEnd;
    std::optional<EndReason> reason;
    std::optional<Evaluation> evaluation;
    QString returnPosition;
};

/// Creates, edits, ends and deletes rotations: checks RotationRules, writes in one transaction and records
/// the change in the audit log. Every write path (dialogs, undo, imports, the CLI) goes through here.
class RotationService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationService)

public:
    explicit RotationService(Database& db) : m_db(db) {}

    /// Errors and warnings for saving `r` as it is (new when its id is not yet stored).
    Result<Issues> check(const Rotation& r);
    /// Stores a new rotation (an id is made when empty); returns its id. Errors refuse; warnings refuse too
    /// unless accepted.
    Result<QString> create(Rotation r, Warnings warnings);
    Status update(const Rotation& r, Warnings warnings);
    /// Records the end of a term (actual end, reason, evaluation, position on return).
    Status end(const QString& id, const RotationEnd& end, int rowVersion, Warnings warnings);
    Status remove(const QString& id);

private:
    /// The signed-in user may write this rotation where it lies (AccessGuard).
    Status allowed(const Rotation& r);
    Status guarded(const Rotation& r, Warnings warnings);
    Database& m_db;
};

} // namespace ntm::core
