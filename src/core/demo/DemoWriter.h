// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoStories.h"
#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace ntm::core {
class Database;
}

namespace ntm::core::demo {

/// Writes the demo's planned data through the stores, inside the builder's transaction.
class DemoWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::demo::DemoWriter)

public:
    explicit DemoWriter(Database& db) : m_db(db) {}

    Status writePeople(const QList<Official>& officials, const QList<Rotation>& rotations);
    /// Assessments (criteria resolved by number under the set in force on each date) and recognitions.
    /// Returns false when cancelled through `progress` or on an error (see lastError()).
    bool writeHistories(const PlanMap& plans, const std::function<bool(int percent)>& progress);
    Status writeStories(const DemoStories& stories, const CommunePlan& thachKhe);
    const Error& lastError() const { return m_error; }

private:
    Database& m_db;
    Error m_error;
};

} // namespace ntm::core::demo
