// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoHistories.h"

namespace ntm::core::demo {

/// Plans the higher tiers over time (nâng cao, kiểu mẫu) on the published figures: Tượng Sơn nâng cao in 2019
/// and round 2/2019's nine (two of them, Tùng Ảnh and Hương Trà, the first kiểu mẫu in December 2020), the
/// communes named in round 3/2020, 2021 and round 1/2022, and generated ones so that on 17/1/2024 60 xã hold
/// nâng cao and 15 kiểu mẫu (every kiểu mẫu also holds nâng cao). No tier before 2019, no kiểu mẫu before
/// December 2020; the pilot tier hiện đại has no criteria yet and is never given.
class DemoTiers final
{
public:
    DemoTiers(const DemoUnits& units, DemoRandom& rng, DemoHistories& histories)
        : m_units(units), m_rng(rng), m_histories(histories)
    {
    }

    void plan();

private:
    void planNamed();
    /// Gives `tier` on `date` to up to `count` more communes (strongest first) among those that hold `needs` on
    /// the date and go on, unchanged, to 17/1/2024.
    void planGeneric(RecognitionTier tier, RecognitionTier needs, const QDate& date, int count, const QDate& heldSince);
    int holdersOn(RecognitionTier tier, const QDate& date) const;

    const DemoUnits& m_units;
    DemoRandom& m_rng;
    DemoHistories& m_histories;
};

} // namespace ntm::core::demo
