// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "package/ExchangeState.h"
#include "package/Package.h"
#include "package/PackagePlan.h"
#include "package/RecordLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>

namespace ntm::core {

/// Checks that the database will satisfy every rule of the data once the planned records are written, and
/// adds a problem naming the record for each one that would not: references that are neither in the package
/// nor in the database, dates in the wrong order and the other CHECK constraints, overlapping commune periods,
/// the rules of officials (OfficialService) and of rotations (RotationRules, including a decision number
/// recorded twice), and those of assessments (the commune existed on the date, the date is not in the future,
/// the indicator values belong to the criterion). Only records that will be written are checked: what stays
/// in the database as it is was checked when it was written.
class PackageChecks final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageChecks)

public:
    PackageChecks(const Package& package, const ExchangeState& state, PackagePlan& plan, const RecordLabels& labels);

    void run();

    /// The criteria sets the database will hold: its own, replaced by the package's where those are written.
    static QHash<QString, const CriteriaSet*> setsAfter(const Package& package, const ExchangeState& state,
                                                        const PackagePlan& plan);

private:
    struct Span
    {
        QString from; ///< ISO dates; empty = open
        QString to;
    };

    void collectIds();
    void collectCriteria();
    void checkReferences(const KindSpec& spec);
    void checkRecord(const KindSpec& spec, const PackageRecord& r);
    void checkPeriods(const PackageRecord& r);
    void checkAssessments();
    void checkRotations();
    void checkDecisions(const QList<std::pair<Rotation, int>>& written,
                        const QHash<QString, QList<Rotation>>& byDecision);
    bool written(PackageKind kind, int position) const;
    void fail(PackageKind kind, const PackageRecord& r, const QString& message);

    const Package& m_package;
    const ExchangeState& m_state;
    PackagePlan& m_plan;
    const RecordLabels& m_labels;
    std::array<QSet<QString>, kRefTargetCount> m_ids; ///< by RefTarget
    QHash<QString, CriterionInfo> m_criteria;
    QHash<QString, Span> m_communes;
    QDate m_today;
};

} // namespace ntm::core
