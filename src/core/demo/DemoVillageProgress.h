// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "demo/DemoUnits.h"
#include "domain/Review.h"
#include "util/Result.h"

namespace ntm::core {
class Database;
}

namespace ntm::core::demo {

/// The villages' side of Thạch Khê's way in the demo (all illustrative): model residential areas recognised
/// 2016–2019 and model gardens counted twice a year, then yearly; on 1/7/2025, when Thạch Khê, Đỉnh Bàn and
/// Thạch Hải became the new xã Thạch Khê, its eight thôn merged into five new ones (lineage links, as the reform
/// merged many thôn); and Hà Tĩnh's village rules of criterion 20 (model areas, model gardens), recorded with no
/// threshold and marked unverified, because the rule is not in our sources.
class DemoVillageProgress final
{
public:
    DemoVillageProgress(Database& db, const DemoUnits& units, DemoRandom& rng) : m_db(db), m_units(units), m_rng(rng) {}

    /// `villages`: the old Thạch Khê's.
    Status write(const QList<Village>& villages);

private:
    Status writeModelAreas(const QList<Village>& villages);
    Status writeGardens(const QList<Village>& villages);
    Status writeLineage(const QList<Village>& villages);
    Status writeRules();

    Database& m_db;
    const DemoUnits& m_units;
    DemoRandom& m_rng;
};

} // namespace ntm::core::demo
