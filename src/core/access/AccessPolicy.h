// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ntm::core {

/// The kinds of records a write can touch, as the roles see them.
enum class RecordKind
{
    Official,
    Rotation,
    Assessment,
    ReviewMeeting,
    Village,
    CriterionPlan,
    CommuneSettings, ///< a commune's criteria set, group, target year and recognitions (provincial decisions)
    CriteriaSet,     ///< criteria sets and crosswalks (reference data)
    Unit,            ///< provinces, districts, communes and their history (reference data)
    User,            ///< accounts
    Backup,          ///< restoring a backup, which replaces the whole database
    WorkingGroup,    ///< a commune's working groups, their members and the villages they answer for
    ReviewAction,    ///< the actions review meetings decide, and their follow-up
};

/// Where a record lies, for the scope check: its district (officials, rotations) or its commune.
struct RecordPlace
{
    QString districtId;
    QString communeId;
};

/// The rules of who may change what (docs/security.md), pure so they are tested without a database:
/// - administrator (and the local owner of a database without accounts): everything;
/// - district personnel officer: officials whose home district is theirs, and rotations into communes of their
///   district (after 1/7/2025, when communes have no district, rotations of officials of their district);
/// - commune leader: assessments, review meetings and their actions, working groups, villages (with their progress
///   and lineage) and criterion plans of their commune;
/// - provincial reviewer: nothing (reads, exports and prints);
/// - nobody signed in (the database has accounts): nothing.
/// A commune's settings (criteria set, group, target year, recognitions), criteria sets (with the provinces' village
/// rules), units and accounts are provincial decisions: administrators only.
class AccessPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AccessPolicy)

public:
    /// Whether the actor may write records of this kind at all (somewhere): used to enable actions.
    static bool mayWriteKind(const Actor& actor, RecordKind kind);
    /// Whether the actor may write this record where it lies.
    static bool mayWrite(const Actor& actor, RecordKind kind, const RecordPlace& place);

    /// The kind of record a table of the schema holds; nullopt for the program's own bookkeeping.
    static std::optional<RecordKind> kindOfTable(const QString& table);
    /// "officials", "rotations"… (plural, lower case, for messages).
    static QString kindLabel(RecordKind kind);
    /// "Officials", "Rotations"… (for lists and filters).
    static QString kindTitle(RecordKind kind);
    /// What a role may change: "officials and rotations of one district".
    static QString roleAllows(Role role);
};

} // namespace ntm::core
