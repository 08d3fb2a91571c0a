// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ConflictPolicy.h"
#include "package/ExchangeState.h"
#include "package/Package.h"
#include "package/PackagePlan.h"
#include "package/RecordLabels.h"

#include <QCoreApplication>

#include <functional>

namespace ntm::core {

class Database;

/// Decides for every package record whether it is new, changed, unchanged, in conflict or outdated (the rules
/// are in docs/exchange-format.md), applies the conflict policies, and then has PackageChecks check the
/// outcome. Reads only what ExchangeState loaded, plus one query per conflicting criteria set.
class PackagePlanner final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackagePlanner)

public:
    /// Called every 1000 records compared with the count so far (of Package::recordCount()); false cancels.
    using Step = std::function<bool(qint64 done)>;

    PackagePlanner(Database& db, const Package& package, const ExchangeState& state);

    /// The plan; an Error only when reading the database fails or `step` cancels.
    Result<PackagePlan> plan(const ConflictPolicies& policies, const Step& step = {});

private:
    void classifyKind(const KindSpec& spec, const ConflictPolicies& policies, PackagePlan& plan, const Step& step);
    bool tick(const Step& step);
    Status classifySets(const ConflictPolicies& policies, PackagePlan& plan);
    /// Same, Change, Outdated, or Keep for a conflict.
    Decision compare(const KindSpec& spec, const PackageRecord& r, const StoredRecord& stored,
                     const QString& dbId) const;
    PackageConflict conflictOf(const KindSpec& spec, const PackageRecord& r, const StoredRecord& stored,
                               const QString& dbId) const;
    /// A value as the list of conflicts shows it: dates dd/MM/yyyy, choices and references by name.
    QString display(const FieldSpec& field, const QVariant& value) const;
    PackageConflict setConflict(const CriteriaSet& package, const CriteriaSet& stored) const;

    Database& m_db;
    const Package& m_package;
    const ExchangeState& m_state;
    RecordLabels m_labels;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

} // namespace ntm::core
