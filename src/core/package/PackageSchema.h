// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace ntm::core {

/// The record kinds of an exchange package, in the order they are written to a database (a record's references
/// always point to kinds before it). In the file they appear in alphabetical order of their keys.
enum class PackageKind
{
    Provinces,
    Districts,
    DistrictLineage,
    CriteriaSets,
    Communes,
    CommuneLineage,
    Villages,
    Recognitions,
    SetAssignments,
    CommuneGroups,
    CriterionCrosswalks,
    Officials,
    Rotations,
    Assessments,
    ReviewMeetings,
    CriterionPlans,
    // Format version 2 (issue 20): villages' progress and lineage, working groups, the actions of review meetings,
    // and the provinces' village rules.
    VillageLineage,
    VillageModelAreas,
    VillageModelGardens,
    WorkingGroups,
    WorkingGroupMembers,
    VillageResponsibilities,
    ReviewActions,
    VillageCriterionRules,
};
inline constexpr int kPackageKindCount = 24;

/// What an id refers to: a record of a package kind, or a criterion / indicator inside a criteria set.
enum class RefTarget
{
    None,
    Province,
    District,
    Commune,
    CriteriaSet,
    Criterion,
    Indicator,
    Official,
    Village,
    ReviewMeeting,
    WorkingGroup,
    GroupMember,
};
inline constexpr int kRefTargetCount = 12;

/// How a field is written in the package and checked when it is read.
enum class FieldType
{
    Id,  ///< the record's own UUID
    Ref, ///< the UUID of another record (see FieldSpec::ref)
    Text,
    Date,      ///< yyyy-MM-dd between 1900-01-01 and 2100-12-31
    Timestamp, ///< ISO 8601 date and time, e.g. 2026-11-29T02:37:06.123Z
    Integer,
    Boolean,
    Real,
    Choice, ///< one of FieldSpec::choices
};

/// One field of a record: its JSON key (also its column), its type and whether it must be present.
struct FieldSpec
{
    const char* name = "";
    FieldType type = FieldType::Text;
    bool required = false;
    RefTarget ref = RefTarget::None;
    QStringList choices{};
    int min = 0; ///< Integer range; min == max means none.
    int max = 0;
    QVariant fallback{};      ///< Value when absent (e.g. verified = true); invalid = NULL.
    bool bookkeeping = false; ///< created_at / updated_at: exchanged, but not compared.
};

/// Rows of a child table nested in a record (a commune's periods, an assessment's indicator values, the
/// criteria a review meeting discussed).
struct ChildSpec
{
    const char* key = "";          ///< JSON key inside the record
    const char* table = "";        ///< child table
    const char* parentColumn = ""; ///< column holding the record's id
    QList<FieldSpec> fields{};     ///< for an id list: the one column the ids go to
    bool idList = false;           ///< ["uuid", …] rather than objects
    const char* orderBy = "";      ///< child columns (as c.NAME) that order the rows of one record
};

/// One record kind: the JSON key of its list, its table, its fields and what the importer needs to know.
struct KindSpec
{
    PackageKind kind = PackageKind::Provinces;
    const char* key = "";
    const char* table = "";
    QList<FieldSpec> fields{}; ///< the first is always "id"
    std::optional<ChildSpec> child{};
    RefTarget provides = RefTarget::None; ///< what the ids of this kind satisfy
    bool appendOnly = false;              ///< assessments: an existing id is never changed
    bool rowVersion = false;              ///< the table has row_version (bumped on update)
    bool updatedAt = false;               ///< the table has updated_at (used to tell changed from conflict)
    QList<int> naturalKey{};              ///< fields of a UNIQUE constraint besides the id
    const char* exportOrder = "id";       ///< ORDER BY of the export (assessments: their recording order)
    bool special = false;                 ///< criteria sets: read and written by CriteriaSetCodec
    int sinceVersion = 1;                 ///< the format version that added the kind

    int fieldIndex(const char* name) const;
};

/// The structure of the exchange package (format version 2; version 1 is version 2 without the kinds added since),
/// in one place: the reader, the exporter, the preview and the importer are all driven by it
/// (docs/exchange-format.md describes the same in words, and resources/schema/ntm-package-2.schema.json as a JSON
/// Schema; resources/schema/ntm-package-1.schema.json describes version 1).
class PackageSchema final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageSchema)

public:
    static constexpr const char* kFormat = "ntm-package";
    static constexpr int kFormatVersion = 2;

    static const QList<KindSpec>& kinds();
    static const KindSpec& spec(PackageKind kind);
    /// The kind of a JSON key ("rotations"), or nothing.
    static std::optional<PackageKind> kindOf(const QString& key);
    static QString key(PackageKind kind);
    /// A translated name of the kind for people ("rotations" -> "luân chuyển").
    static QString label(PackageKind kind);
    /// A translated name of a field or nested list for people ("planned_end" -> "Planned end"), for the import
    /// wizard's list of conflicts; the key itself when it has none.
    static QString fieldLabel(const QString& key);
};

} // namespace ntm::core
