// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoUnits.h"
#include "domain/Review.h"
#include "domain/ReviewActions.h"
#include "domain/WorkingGroups.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace ntm::core {
class Database;
}

namespace ntm::core::demo {

/// Thạch Khê's way (issue 20), added to the demo after the article's stories are written: the 8 working groups the
/// standing board of the commune party committee formed in 2016, led by committee members (Lưu Xuân Đồng, deputy
/// party secretary, leads the first), each group and its leader answering for a village, a leader replaced
/// mid-2017; the weekly meetings' decisions as actions (most done on time, some late, some not done, a few left
/// open); the commune's criterion plans; and, with DemoVillageProgress, the villages' model areas, model gardens
/// and lineage into the new xã Thạch Khê of 2025, and Hà Tĩnh's unverified village rules of criterion 20.
/// The article gives the groups' number, who formed them, who led them and Lưu Xuân Đồng's post; everything else
/// (decision, dates, names, villages, actions) is illustrative and marked so. Deterministic: a fixed seed of its own.
class DemoWorkingGroups final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::demo::DemoWorkingGroups)

public:
    static const QDate kFormed;
    static const QDate kStart;
    static const QDate kEnd;
    static const QDate kReplaced;

    DemoWorkingGroups(Database& db, const DemoUnits& units) : m_db(db), m_units(units), m_rng(0x5448414348ULL) {}

    /// Writes everything (one call from DemoBuilder, inside its transaction).
    Status write();

private:
    QString freshName();
    void planGroups();
    void planLeaders(int k, const WorkingGroup& g);
    Status writeGroups(const QList<Village>& villages);
    Status writeResponsibilities(const QList<Village>& villages);
    Status writeActions(const QList<Village>& villages);
    /// Closes the action (on time, late or not done) or leaves it open, at random with the demo's seed.
    void settle(ReviewAction& a, const QDate& heldOn);
    Status writePlans();
    /// The leader of group `number` (1..8) on a date.
    const GroupMember* leaderOf(int number, const QDate& on) const;

    Database& m_db;
    const DemoUnits& m_units;
    DemoRandom m_rng;
    QList<WorkingGroup> m_groups;
    QList<GroupMember> m_members;
    QSet<QString> m_names; ///< generated names given out, so no two members share one
    int m_lateActions = 0; ///< actions decided from June 2017 on: every twelfth is never followed up
};

} // namespace ntm::core::demo
