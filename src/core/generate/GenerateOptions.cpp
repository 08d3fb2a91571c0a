// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/GenerateOptions.h"

#include <algorithm>
#include <cmath>

namespace ntm::core::generate {

namespace {
constexpr double kNationalCommunes = 10035.0;

int scaled(int communes, double nationalValue)
{
    return std::max(1, static_cast<int>(std::lround(communes * nationalValue / kNationalCommunes)));
}
} // namespace

Status GenerateOptions::check() const
{
    if (districts < 1 || districts > 5000) {
        return Error{QStringLiteral("districts"), tr("--districts must be between 1 and 5,000.")};
    }
    if (communes < districts || communes > 100000) {
        return Error{
            QStringLiteral("communes"),
            tr("--communes must be at least the number of districts (%1) and at most 100,000.").arg(districts)};
    }
    if (fromYear < 2010 || fromYear > 2030) {
        return Error{QStringLiteral("from"), tr("--from must be a year between 2010 and 2030.")};
    }
    if (toYear < fromYear || toYear > 2030) {
        return Error{QStringLiteral("to"), tr("--to must be a year from --from (%1) to 2030.").arg(fromYear)};
    }
    return {};
}

int GenerateOptions::provinces() const
{
    return std::clamp(static_cast<int>(std::lround(districts * 63.0 / 700.0)), 1, 63);
}

int GenerateOptions::mergedCommunes() const
{
    return std::min(communes, scaled(communes, 3321.0));
}

int GenerateOptions::officials() const
{
    return scaled(communes, 50000.0);
}

int GenerateOptions::rotations() const
{
    return scaled(communes, 80000.0);
}

QString GenerateOptions::stamp() const
{
    return horizon().toString(Qt::ISODate) + QStringLiteral("T00:00:00.000Z");
}

} // namespace ntm::core::generate
