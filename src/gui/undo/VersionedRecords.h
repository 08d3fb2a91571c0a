// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/ActionStore.h"
#include "store/OfficialStore.h"
#include "store/ReviewStore.h"
#include "store/RotationStore.h"
#include "store/VillageProgressStore.h"
#include "store/WorkingGroupStore.h"

#include <QCoreApplication>

#include <optional>

namespace ntm::gui {

/// For each kind of record edited through recordCommands::change(): its table, how to read it again, and how the
/// conflict dialog names it. Specialised once per kind, here.
template <typename T> struct VersionedRecord;

/// The translated names of the records (one context for them all).
class VersionedRecordNames final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::VersionedRecordNames)

public:
    static QString action() { return tr("this action"); }
    static QString plan() { return tr("this criterion plan"); }
    static QString group() { return tr("this working group"); }
    static QString member() { return tr("this member of a working group"); }
    static QString responsibility() { return tr("this village responsibility"); }
    static QString villageRule() { return tr("this village rule"); }
    static QString meeting() { return tr("this review meeting"); }
    static QString village() { return tr("this village"); }
};

template <> struct VersionedRecord<core::ReviewAction>
{
    static QString table() { return QStringLiteral("review_action"); }
    static QString what() { return VersionedRecordNames::action(); }
    static core::Result<std::optional<core::ReviewAction>> load(core::Database& db, const QString& id)
    {
        return core::ActionStore(db).action(id);
    }
};

template <> struct VersionedRecord<core::CriterionPlan>
{
    static QString table() { return QStringLiteral("criterion_plan"); }
    static QString what() { return VersionedRecordNames::plan(); }
    static core::Result<std::optional<core::CriterionPlan>> load(core::Database& db, const QString& id)
    {
        return core::ActionStore(db).plan(id);
    }
};

template <> struct VersionedRecord<core::WorkingGroup>
{
    static QString table() { return QStringLiteral("working_group"); }
    static QString what() { return VersionedRecordNames::group(); }
    static core::Result<std::optional<core::WorkingGroup>> load(core::Database& db, const QString& id)
    {
        return core::WorkingGroupStore(db).group(id);
    }
};

template <> struct VersionedRecord<core::GroupMember>
{
    static QString table() { return QStringLiteral("working_group_member"); }
    static QString what() { return VersionedRecordNames::member(); }
    static core::Result<std::optional<core::GroupMember>> load(core::Database& db, const QString& id)
    {
        return core::WorkingGroupStore(db).member(id);
    }
};

template <> struct VersionedRecord<core::VillageResponsibility>
{
    static QString table() { return QStringLiteral("village_responsibility"); }
    static QString what() { return VersionedRecordNames::responsibility(); }
    static core::Result<std::optional<core::VillageResponsibility>> load(core::Database& db, const QString& id)
    {
        return core::WorkingGroupStore(db).responsibility(id);
    }
};

template <> struct VersionedRecord<core::VillageCriterionRule>
{
    static QString table() { return QStringLiteral("village_criterion_rule"); }
    static QString what() { return VersionedRecordNames::villageRule(); }
    static core::Result<std::optional<core::VillageCriterionRule>> load(core::Database& db, const QString& id)
    {
        return core::VillageProgressStore(db).rule(id);
    }
};

template <> struct VersionedRecord<core::ReviewMeeting>
{
    static QString table() { return QStringLiteral("review_meeting"); }
    static QString what() { return VersionedRecordNames::meeting(); }
    static core::Result<std::optional<core::ReviewMeeting>> load(core::Database& db, const QString& id)
    {
        return core::ReviewStore(db).meeting(id);
    }
};

template <> struct VersionedRecord<core::Village>
{
    static QString table() { return QStringLiteral("village"); }
    static QString what() { return VersionedRecordNames::village(); }
    static core::Result<std::optional<core::Village>> load(core::Database& db, const QString& id)
    {
        return core::ReviewStore(db).village(id);
    }
};

/// Rotations and officials have commands of their own (RotationCommands, OfficialCommands) and their views name the
/// record in the conflict dialog themselves: only recordCommands::overwriteTheirs() asks these two.
template <> struct VersionedRecord<core::Rotation>
{
    static QString table() { return QStringLiteral("rotation"); }
    static core::Result<std::optional<core::Rotation>> load(core::Database& db, const QString& id)
    {
        return core::RotationStore(db).get(id);
    }
};

template <> struct VersionedRecord<core::Official>
{
    static QString table() { return QStringLiteral("official"); }
    static core::Result<std::optional<core::Official>> load(core::Database& db, const QString& id)
    {
        return core::OfficialStore(db).get(id);
    }
};

} // namespace ntm::gui
