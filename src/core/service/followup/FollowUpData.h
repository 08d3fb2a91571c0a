// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "domain/ReviewActions.h"
#include "domain/Units.h"
#include "domain/VillageProgress.h"
#include "domain/WorkingGroups.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

/// A criterion as actions, plans and village rules name it, with the set it belongs to.
struct CriterionRef
{
    QString id;
    QString setId;
    QString setCode;
    QString family;
    int number = 0;
    QString name;
    QHash<QString, QString> indicators; ///< id -> "20.1 Số thôn đạt chuẩn…"

    /// Criteria of one family with one number are the same criterion across sets (491 → 1980 → 318).
    QString key() const { return family + QLatin1Char(':') + QString::number(number); }
    QString label() const { return QStringLiteral("%1. %2").arg(number).arg(name); }
};

/// Everything about a commune's working groups, the actions of its review meetings and its villages, for every
/// date: FollowUpService reads it once, FollowUpFigures answers the questions of a date from it.
struct FollowUpData
{
    QString communeId;
    QString provinceId;
    std::optional<Commune> commune;
    QList<WorkingGroup> groups;
    QList<GroupMember> members;
    QList<VillageResponsibility> responsibilities;
    QList<Village> villages;       ///< The commune's, of every date.
    QList<Village> linkedVillages; ///< Villages of other communes at the other end of the lineage links.
    QList<VillageModelArea> modelAreas;
    QList<VillageGardenCount> gardenCounts; ///< By date.
    QList<VillageLink> links;
    QList<ReviewMeeting> meetings; ///< By date.
    QList<ReviewAction> actions;   ///< By meeting date, then due date.
    QList<CriterionPlan> plans;
    QList<VillageCriterionRule> rules;     ///< The commune's province's.
    QHash<QString, CriterionRef> criteria; ///< Every criterion of every set, by id.

    const WorkingGroup* group(const QString& id) const;
    const GroupMember* member(const QString& id) const;
    /// The commune's village or a linked one.
    const Village* village(const QString& id) const;
    QString villageName(const QString& id) const;
    const CriterionRef* criterion(const QString& id) const;
};

} // namespace ntm::core
