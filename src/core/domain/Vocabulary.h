// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ntm::core {

/// Status of one criterion for one commune. NotAssessed is never stored: it is the absence of an event.
enum class CriterionStatus
{
    NotAssessed,
    NotMet,
    BasicallyMet,
    Met
};
enum class RotationKind
{
    LuanChuyen,
    DieuDong,
    BietPhai
};
enum class Evaluation
{
    XuatSac,
    Tot,
    HoanThanh,
    KhongHoanThanh
};
enum class EndReason
{
    Completed,
    Recalled,
    Promoted,
    Stayed,
    Retired,
    Other
};
enum class Gender
{
    Male,
    Female,
    NotGiven ///< No source said (a register sheet without the column): never guessed.
};
enum class CommuneKind
{
    Xa,
    Phuong,
    ThiTran
};
enum class DistrictKind
{
    Huyen,
    ThiXa,
    ThanhPho
};
enum class RecognitionTier
{
    Ntm,
    NangCao,
    KieuMau,
    HienDai
};
/// What a merger under a reform does to the merged communes' recognitions (reform.recognition_rule).
enum class RecognitionRule
{
    KeptIfAllHeld, ///< Kept when every merged commune held the tier, dated with the most recent (3372/BNN-VPĐP).
    Ends           ///< Every merged commune's recognition ends; the new commune must qualify again.
};
/// What a user account may do (docs/security.md): everything; officials and rotations of one district;
/// assessments, review meetings, villages and criterion plans of one commune; read only.
enum class Role
{
    Admin,
    Personnel,
    CommuneLeader,
    Reviewer
};
/// A person's place in a working group (đoàn công tác): leader (trưởng đoàn), deputy (phó đoàn) or member.
enum class MemberRole
{
    Leader,
    Deputy,
    Member
};
/// How a review meeting's action was closed.
enum class ActionOutcome
{
    Done,
    NotDone
};
/// What a province's village rule measures for a commune criterion (Hà Tĩnh's criterion 20).
enum class VillageMeasure
{
    ModelAreaShare, ///< percent of the commune's villages recognised as model residential areas
    ModelAreaCount, ///< number of villages recognised as model residential areas
    ModelGardens    ///< number of model gardens in the commune's villages
};

/// Storage keys (stable, ASCII, used in the database and in exchange files) and user-facing labels
/// (translated) for every fixed vocabulary of the domain. Each vocabulary is defined here once.
class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::Vocabulary)

public:
    static QString key(CriterionStatus v);
    static QString key(RotationKind v);
    static QString key(Evaluation v);
    static QString key(EndReason v);
    static QString key(Gender v);
    static QString key(CommuneKind v);
    static QString key(DistrictKind v);
    static QString key(RecognitionTier v);
    static QString key(Role v);
    static QString key(RecognitionRule v);
    static QString key(MemberRole v);
    static QString key(ActionOutcome v);
    static QString key(VillageMeasure v);

    static QString label(CriterionStatus v);
    static QString label(RotationKind v);
    static QString label(Evaluation v);
    static QString label(EndReason v);
    static QString label(Gender v);
    static QString label(CommuneKind v);
    static QString label(DistrictKind v);
    static QString label(RecognitionTier v);
    static QString label(Role v);
    static QString label(RecognitionRule v);
    static QString label(MemberRole v);
    static QString label(ActionOutcome v);
    static QString label(VillageMeasure v);

    /// Parses a storage key; nullopt for an unknown key.
    static std::optional<CriterionStatus> criterionStatus(const QString& key);
    static std::optional<RotationKind> rotationKind(const QString& key);
    static std::optional<Evaluation> evaluation(const QString& key);
    static std::optional<EndReason> endReason(const QString& key);
    static std::optional<Gender> gender(const QString& key);
    static std::optional<CommuneKind> communeKind(const QString& key);
    static std::optional<DistrictKind> districtKind(const QString& key);
    static std::optional<RecognitionTier> recognitionTier(const QString& key);
    static std::optional<Role> role(const QString& key);
    static std::optional<RecognitionRule> recognitionRule(const QString& key);

    /// The label people read for a storage key of any choice ("luan_chuyen" -> "Luân chuyển"); the key itself
    /// when no vocabulary has it (the kinds of a merger).
    static QString labelOfKey(const QString& key);
    /// A stored user name as people read it: the account name, or for the names the program records itself, what
    /// they stand for ("owner": the file's owner in single-user mode; "demo": the demo data).
    static QString userLabel(const QString& username);
    static std::optional<MemberRole> memberRole(const QString& key);
    static std::optional<ActionOutcome> actionOutcome(const QString& key);
    static std::optional<VillageMeasure> villageMeasure(const QString& key);

    /// "Xã Đức Yên", "Thị trấn Đức Thọ": the unit with its kind, as Vietnamese documents name it.
    static QString communeTitle(CommuneKind kind, const QString& name);
    static QString districtTitle(DistrictKind kind, const QString& name);
};

} // namespace ntm::core
