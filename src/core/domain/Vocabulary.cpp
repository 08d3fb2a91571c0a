// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Vocabulary.h"

#include <array>
#include <utility>

namespace ntm::core {

namespace {
template <typename E, std::size_t N> QString keyOf(const std::array<std::pair<E, const char*>, N>& table, E v)
{
    for (const auto& [e, k] : table) {
        if (e == v) {
            return QString::fromLatin1(k);
        }
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> parse(const std::array<std::pair<E, const char*>, N>& table, const QString& key)
{
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k)) {
            return e;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CriterionStatus, const char*>, 4> kStatus{
    {{CriterionStatus::NotAssessed, "not_assessed"},
     {CriterionStatus::NotMet, "not_met"},
     {CriterionStatus::BasicallyMet, "basically_met"},
     {CriterionStatus::Met, "met"}}};
constexpr std::array<std::pair<RotationKind, const char*>, 3> kKind{{{RotationKind::LuanChuyen, "luan_chuyen"},
                                                                     {RotationKind::DieuDong, "dieu_dong"},
                                                                     {RotationKind::BietPhai, "biet_phai"}}};
constexpr std::array<std::pair<Evaluation, const char*>, 4> kEval{{{Evaluation::XuatSac, "xuat_sac"},
                                                                   {Evaluation::Tot, "tot"},
                                                                   {Evaluation::HoanThanh, "hoan_thanh"},
                                                                   {Evaluation::KhongHoanThanh, "khong_hoan_thanh"}}};
constexpr std::array<std::pair<EndReason, const char*>, 6> kEnd{{{EndReason::Completed, "completed"},
                                                                 {EndReason::Recalled, "recalled"},
                                                                 {EndReason::Promoted, "promoted"},
                                                                 {EndReason::Stayed, "stayed"},
                                                                 {EndReason::Retired, "retired"},
                                                                 {EndReason::Other, "other"}}};
constexpr std::array<std::pair<Gender, const char*>, 3> kGender{
    {{Gender::Male, "male"}, {Gender::Female, "female"}, {Gender::NotGiven, "not_given"}}};
constexpr std::array<std::pair<CommuneKind, const char*>, 3> kCommune{
    {{CommuneKind::Xa, "xa"}, {CommuneKind::Phuong, "phuong"}, {CommuneKind::ThiTran, "thi_tran"}}};
constexpr std::array<std::pair<DistrictKind, const char*>, 3> kDistrict{
    {{DistrictKind::Huyen, "huyen"}, {DistrictKind::ThiXa, "thi_xa"}, {DistrictKind::ThanhPho, "thanh_pho"}}};
constexpr std::array<std::pair<RecognitionTier, const char*>, 4> kTier{{{RecognitionTier::Ntm, "ntm"},
                                                                        {RecognitionTier::NangCao, "nang_cao"},
                                                                        {RecognitionTier::KieuMau, "kieu_mau"},
                                                                        {RecognitionTier::HienDai, "hien_dai"}}};
constexpr std::array<std::pair<Role, const char*>, 4> kRole{{{Role::Admin, "admin"},
                                                             {Role::Personnel, "personnel"},
                                                             {Role::CommuneLeader, "commune_leader"},
                                                             {Role::Reviewer, "reviewer"}}};
constexpr std::array<std::pair<RecognitionRule, const char*>, 2> kRule{
    {{RecognitionRule::KeptIfAllHeld, "kept_if_all_held"}, {RecognitionRule::Ends, "ends"}}};
constexpr std::array<std::pair<MemberRole, const char*>, 3> kMemberRole{
    {{MemberRole::Leader, "leader"}, {MemberRole::Deputy, "deputy"}, {MemberRole::Member, "member"}}};
constexpr std::array<std::pair<ActionOutcome, const char*>, 2> kOutcome{
    {{ActionOutcome::Done, "done"}, {ActionOutcome::NotDone, "not_done"}}};
constexpr std::array<std::pair<VillageMeasure, const char*>, 3> kMeasure{
    {{VillageMeasure::ModelAreaShare, "model_area_share"},
     {VillageMeasure::ModelAreaCount, "model_area_count"},
     {VillageMeasure::ModelGardens, "model_gardens"}}};
} // namespace

QString Vocabulary::key(CriterionStatus v)
{
    return keyOf(kStatus, v);
}
QString Vocabulary::key(RotationKind v)
{
    return keyOf(kKind, v);
}
QString Vocabulary::key(Evaluation v)
{
    return keyOf(kEval, v);
}
QString Vocabulary::key(EndReason v)
{
    return keyOf(kEnd, v);
}
QString Vocabulary::key(Gender v)
{
    return keyOf(kGender, v);
}
QString Vocabulary::key(CommuneKind v)
{
    return keyOf(kCommune, v);
}
QString Vocabulary::key(DistrictKind v)
{
    return keyOf(kDistrict, v);
}
QString Vocabulary::key(RecognitionTier v)
{
    return keyOf(kTier, v);
}
QString Vocabulary::key(Role v)
{
    return keyOf(kRole, v);
}
QString Vocabulary::key(RecognitionRule v)
{
    return keyOf(kRule, v);
}
QString Vocabulary::key(MemberRole v)
{
    return keyOf(kMemberRole, v);
}
QString Vocabulary::key(ActionOutcome v)
{
    return keyOf(kOutcome, v);
}
QString Vocabulary::key(VillageMeasure v)
{
    return keyOf(kMeasure, v);
}

std::optional<CriterionStatus> Vocabulary::criterionStatus(const QString& k)
{
    return parse(kStatus, k);
}
std::optional<RotationKind> Vocabulary::rotationKind(const QString& k)
{
    return parse(kKind, k);
}
std::optional<Evaluation> Vocabulary::evaluation(const QString& k)
{
    return parse(kEval, k);
}
std::optional<EndReason> Vocabulary::endReason(const QString& k)
{
    return parse(kEnd, k);
}
std::optional<Gender> Vocabulary::gender(const QString& k)
{
    return parse(kGender, k);
}
std::optional<CommuneKind> Vocabulary::communeKind(const QString& k)
{
    return parse(kCommune, k);
}
std::optional<DistrictKind> Vocabulary::districtKind(const QString& k)
{
    return parse(kDistrict, k);
}
std::optional<RecognitionTier> Vocabulary::recognitionTier(const QString& k)
{
    return parse(kTier, k);
}
std::optional<Role> Vocabulary::role(const QString& k)
{
    return parse(kRole, k);
}
std::optional<RecognitionRule> Vocabulary::recognitionRule(const QString& k)
{
    return parse(kRule, k);
}
std::optional<MemberRole> Vocabulary::memberRole(const QString& k)
{
    return parse(kMemberRole, k);
}
std::optional<ActionOutcome> Vocabulary::actionOutcome(const QString& k)
{
    return parse(kOutcome, k);
}
std::optional<VillageMeasure> Vocabulary::villageMeasure(const QString& k)
{
    return parse(kMeasure, k);
}

QString Vocabulary::label(CriterionStatus v)
{
    switch (v) {
    case CriterionStatus::Met:
        return tr("Met");
    case CriterionStatus::BasicallyMet:
        return tr("Basically met");
    case CriterionStatus::NotMet:
        return tr("Not met");
    case CriterionStatus::NotAssessed:
        break;
    }
    return tr("Not assessed");
}

QString Vocabulary::label(RotationKind v)
{
    switch (v) {
    case RotationKind::LuanChuyen:
        return tr("Rotation (luân chuyển)");
    case RotationKind::DieuDong:
        return tr("Transfer (điều động)");
    case RotationKind::BietPhai:
        break;
    }
    return tr("Secondment (biệt phái)");
}

QString Vocabulary::label(Evaluation v)
{
    switch (v) {
    case Evaluation::XuatSac:
        return tr("Excellent completion of duties");
    case Evaluation::Tot:
        return tr("Good completion of duties");
    case Evaluation::HoanThanh:
        return tr("Completed duties");
    case Evaluation::KhongHoanThanh:
        break;
    }
    return tr("Did not complete duties");
}

QString Vocabulary::label(EndReason v)
{
    switch (v) {
    case EndReason::Completed:
        return tr("Term completed");
    case EndReason::Recalled:
        return tr("Recalled early");
    case EndReason::Promoted:
        return tr("Promoted");
    case EndReason::Stayed:
        return tr("Stayed at the commune");
    case EndReason::Retired:
        return tr("Retired");
    case EndReason::Other:
        break;
    }
    return tr("Other");
}

QString Vocabulary::label(Gender v)
{
    switch (v) {
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    case Gender::NotGiven:
        break;
    }
    return tr("Not given");
}

QString Vocabulary::label(CommuneKind v)
{
    switch (v) {
    case CommuneKind::Xa:
        return tr("Commune");
    case CommuneKind::Phuong:
        return tr("Ward");
    case CommuneKind::ThiTran:
        break;
    }
    return tr("Township");
}

QString Vocabulary::label(DistrictKind v)
{
    switch (v) {
    case DistrictKind::Huyen:
        return tr("District");
    case DistrictKind::ThiXa:
        return tr("District-level town");
    case DistrictKind::ThanhPho:
        break;
    }
    return tr("Provincial city");
}

QString Vocabulary::label(RecognitionTier v)
{
    switch (v) {
    case RecognitionTier::Ntm:
        return tr("New rural (NTM)");
    case RecognitionTier::NangCao:
        return tr("Advanced NTM (nâng cao)");
    case RecognitionTier::KieuMau:
        return tr("Model NTM (kiểu mẫu)");
    case RecognitionTier::HienDai:
        break;
    }
    return tr("Modern NTM (hiện đại)");
}

QString Vocabulary::label(RecognitionRule v)
{
    if (v == RecognitionRule::KeptIfAllHeld) {
        return tr("Kept when every merged commune held it, dated with the most recent");
    }
    return tr("Ends: the new commune must qualify again");
}

QString Vocabulary::label(Role v)
{
    switch (v) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Personnel:
        return tr("District personnel officer");
    case Role::CommuneLeader:
        return tr("Commune leader");
    case Role::Reviewer:
        break;
    }
    return tr("Provincial reviewer");
}

QString Vocabulary::label(MemberRole v)
{
    switch (v) {
    case MemberRole::Leader:
        return tr("Leader");
    case MemberRole::Deputy:
        return tr("Deputy leader");
    case MemberRole::Member:
        break;
    }
    return tr("Member");
}

QString Vocabulary::label(ActionOutcome v)
{
    switch (v) {
    case ActionOutcome::Done:
        return tr("Done");
    case ActionOutcome::NotDone:
        break;
    }
    return tr("Not done");
}

QString Vocabulary::label(VillageMeasure v)
{
    switch (v) {
    case VillageMeasure::ModelAreaShare:
        return tr("Share of villages recognised as model residential areas (%)");
    case VillageMeasure::ModelAreaCount:
        return tr("Villages recognised as model residential areas");
    case VillageMeasure::ModelGardens:
        break;
    }
    return tr("Model gardens in the villages");
}

QString Vocabulary::communeTitle(CommuneKind kind, const QString& name)
{
    // Proper Vietnamese unit titles; these are names, not UI text, so they are not translated.
    switch (kind) {
    case CommuneKind::Xa:
        return QStringLiteral("Xã ") + name;
    case CommuneKind::Phuong:
        return QStringLiteral("Phường ") + name;
    case CommuneKind::ThiTran:
        break;
    }
    return QStringLiteral("Thị trấn ") + name;
}

QString Vocabulary::districtTitle(DistrictKind kind, const QString& name)
{
    switch (kind) {
    case DistrictKind::Huyen:
        return QStringLiteral("Huyện ") + name;
    case DistrictKind::ThiXa:
        return QStringLiteral("Thị xã ") + name;
    case DistrictKind::ThanhPho:
        break;
    }
    return QStringLiteral("Thành phố ") + name;
}

QString Vocabulary::labelOfKey(const QString& key)
{
    if (const auto v = rotationKind(key)) {
        return label(*v);
    }
    if (const auto v = criterionStatus(key)) {
        return label(*v);
    }
    if (const auto v = evaluation(key)) {
        return label(*v);
    }
    if (const auto v = endReason(key)) {
        return label(*v);
    }
    if (const auto v = gender(key)) {
        return label(*v);
    }
    if (const auto v = communeKind(key)) {
        return label(*v);
    }
    if (const auto v = districtKind(key)) {
        return label(*v);
    }
    if (const auto v = recognitionTier(key)) {
        return label(*v);
    }
    if (const auto v = role(key)) {
        return label(*v);
    }
    return key;
}

QString Vocabulary::userLabel(const QString& username)
{
    // The names Actor::owner() and the demo builder record (see db/Database.cpp and demo/DemoWriter.cpp).
    if (username == QLatin1String("owner")) {
        return tr("file owner");
    }
    if (username == QLatin1String("demo")) {
        return tr("demo data");
    }
    return username;
}

} // namespace ntm::core
