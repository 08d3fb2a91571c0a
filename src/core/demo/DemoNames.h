// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Vocabulary.h"

#include <QString>

namespace ntm::core::demo {

/// A generated (illustrative) Vietnamese personal name.
struct GeneratedName
{
    QString fullName;
    Gender gender = Gender::Male;
};

/// Names for generated officials: common Vietnamese family, middle and given names.
GeneratedName generateName(DemoRandom& rng);

/// Agencies of a district a rotated official may come from, with a position there.
struct HomePost
{
    QString unit;
    QString position;
};
HomePost generateDistrictPost(DemoRandom& rng, DistrictKind kind, const QString& districtName);
HomePost generateProvincialPost(DemoRandom& rng);

} // namespace ntm::core::demo
