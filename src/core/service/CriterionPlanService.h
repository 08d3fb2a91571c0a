// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewActions.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// A commune's plan for its criteria: the date by which it means to meet each (one plan per criterion).
/// A commune leader changes their own commune's plans; one transaction and one audit entry per change.
class CriterionPlanService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriterionPlanService)

public:
    explicit CriterionPlanService(Database& db) : m_db(db) {}

    Result<Issues> checkPlan(const CriterionPlan& p);
    Result<QString> addPlan(CriterionPlan p);
    Status updatePlan(const CriterionPlan& p);
    Status removePlan(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
