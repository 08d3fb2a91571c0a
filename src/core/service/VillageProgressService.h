// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/VillageProgress.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// The villages' progress: recognitions as model residential areas and counts of model gardens (a commune leader
/// records their own commune's), and the provinces' rules for how villages feed a commune criterion (provincial
/// reference data: administrators only). One transaction and one audit entry per change.
/// Rules: the village is the commune's and existed on the date; dates are not in the future; a village holds one
/// model-area recognition at a time and one garden count per day; a rule names an existing criterion (and one of
/// its indicators), a threshold of 0 or more (a share at most 100), once per province, criterion and measure.
class VillageProgressService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::VillageProgressService)

public:
    explicit VillageProgressService(Database& db) : m_db(db) {}

    Result<Issues> checkModelArea(const VillageModelArea& a);
    Result<QString> addModelArea(VillageModelArea a);
    Status updateModelArea(const VillageModelArea& a);
    Status removeModelArea(const QString& id);

    Result<Issues> checkGardenCount(const VillageGardenCount& g);
    Result<QString> addGardenCount(VillageGardenCount g);
    Status updateGardenCount(const VillageGardenCount& g);
    Status removeGardenCount(const QString& id);

    Result<Issues> checkRule(const VillageCriterionRule& r);
    Result<QString> addRule(VillageCriterionRule r);
    Status updateRule(const VillageCriterionRule& r);
    Status removeRule(const QString& id);

private:
    /// Adds an error when the village is not the commune's or did not exist on `on`.
    Status checkVillageOn(const QString& villageId, const QString& communeId, const QDate& on, Issues& out);
    Database& m_db;
};

} // namespace ntm::core
