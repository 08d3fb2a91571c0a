// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecognitionHolding.h"
#include "domain/Reform.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

class Database;

/// A merger to record: communes that end and the commune they become (which may be one of them, absorbing the
/// others) on a date, under a reform.
struct MergerInput
{
    QString successorId;
    QList<QString> predecessorIds;
    QDate effectiveOn;
    QString kind = QStringLiteral("merge"); ///< merge, split, rename
    QString act;
    bool verified = true;
    QString note;
    QString reformId;       ///< Empty: the reform whose period covers the date.
    QList<QString> linkIds; ///< Ids of the links to write, one per predecessor; empty: new ids.
};

/// What the reform's rule did to the recognitions of the merged communes.
struct MergerOutcome
{
    std::optional<Reform> reform;     ///< The reform applied; none when no reform covers the date.
    QList<Holding> kept;              ///< Tiers the new commune keeps from the merger, with their dates.
    QList<QString> endedRecognitions; ///< Recognition decisions of the merged communes ended on the merger's date.
};

/// Records commune mergers. The one path by which core writes a merger: it checks the units, writes the lineage
/// under its reform, ends the merged communes' recognition decisions on the merger's date (reason "merger"), and
/// reports what the reform's rule keeps for the new commune (RecognitionLedger applies the same rule whenever
/// figures are computed, so changing a reform's rule later changes every figure at once).
class MergerService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::MergerService)

public:
    explicit MergerService(Database& db) : m_db(db) {}

    /// Checks, writes and audits one merger in one transaction (administrators).
    Result<MergerOutcome> record(const MergerInput& merger);
    /// The same writes without checks of rights or audit entries, in the caller's transaction, and without the
    /// outcome's `kept` and `reform`: for the demo builder, which records one bulk audit entry for everything.
    Result<MergerOutcome> apply(const MergerInput& merger);

private:
    Status check(const MergerInput& merger);
    Result<MergerOutcome> write(const MergerInput& merger, bool audited, bool withOutcome);
    Database& m_db;
};

} // namespace ntm::core
