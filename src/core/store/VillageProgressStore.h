// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/VillageProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// Villages' progress and history (migration 9): model residential area recognitions, model garden counts, village
/// lineage, and the provinces' rules for how villages feed a commune criterion.
class VillageProgressStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::VillageProgressStore)

public:
    explicit VillageProgressStore(Database& db) : m_db(db) {}

    Status insertModelArea(const VillageModelArea& a);
    Status updateModelArea(const VillageModelArea& a);
    Status removeModelArea(const QString& id);
    Result<QList<VillageModelArea>> modelAreas(const QString& communeId);
    Result<std::optional<VillageModelArea>> modelArea(const QString& id);

    Status insertGardenCount(const VillageGardenCount& g);
    Status updateGardenCount(const VillageGardenCount& g);
    Status removeGardenCount(const QString& id);
    Result<QList<VillageGardenCount>> gardenCounts(const QString& communeId);
    Result<std::optional<VillageGardenCount>> gardenCount(const QString& id);

    Status insertLink(const VillageLink& l);
    Status updateLink(const VillageLink& l);
    Status removeLink(const QString& id);
    /// Links whose successor, or whose predecessor, is a village of the commune.
    Result<QList<VillageLink>> links(const QString& communeId);
    Result<std::optional<VillageLink>> link(const QString& id);

    Status insertRule(const VillageCriterionRule& r);
    Status updateRule(const VillageCriterionRule& r);
    Status removeRule(const QString& id);
    /// The province's rules (all provinces' when `provinceId` is empty).
    Result<QList<VillageCriterionRule>> rules(const QString& provinceId = {});
    Result<std::optional<VillageCriterionRule>> rule(const QString& id);

    /// How many responsibilities, actions, recognitions, garden counts and lineage links name the village (a
    /// village is deleted only when none does).
    Result<int> usesOfVillage(const QString& villageId);

private:
    Database& m_db;
};

} // namespace ntm::core
