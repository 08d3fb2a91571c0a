// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "domain/VillageProgress.h"
#include "domain/WorkingGroups.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// A merge or a rename of villages, worked out before anything is written (so the GUI can undo it exactly): the
/// old villages end the day before `on`, the new one starts on `on`, a lineage link joins each old village to it,
/// and what the old villages were in someone's charge for ends with them.
struct VillageChange
{
    QDate on;
    QString kind; ///< merge or rename
    QList<Village> before;
    QList<Village> ended;
    Village created;
    QList<VillageLink> links;
    QList<VillageResponsibility> responsibilitiesBefore;
    QList<VillageResponsibility> responsibilitiesAfter;
};

/// Merges villages into a new one, or renames one (a new village identity with a lineage link, as for communes),
/// in one transaction with an audit entry per row; reverts it for undo. Applying and reverting check that the rows
/// are still as the plan left them.
class VillageChangeService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::VillageChangeService)

public:
    explicit VillageChangeService(Database& db) : m_db(db) {}

    /// `kind` is "merge" (two villages or more) or "rename" (one).
    Result<VillageChange> plan(const QString& communeId, const QStringList& villageIds, const QString& newName,
                               const QDate& on, const QString& kind, const QString& act, const QString& note);
    Status apply(const VillageChange& c);
    Status revert(const VillageChange& c);

private:
    Database& m_db;
};

} // namespace ntm::core
