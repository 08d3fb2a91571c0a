// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/MetBands.h"

namespace ntm::core {

namespace {
/// The smallest count of `total` criteria that reaches `quarters` quarters of them (integer arithmetic).
int threshold(int quarters, int total)
{
    return (quarters * total + 3) / 4;
}
} // namespace

MetBand MetBands::bandOf(int met, int total)
{
    if (total <= 0) {
        return MetBand::UnderFive;
    }
    if (met >= total) {
        return MetBand::AllMet;
    }
    if (4 * met >= 3 * total) {
        return MetBand::FifteenOrMore;
    }
    if (4 * met >= 2 * total) {
        return MetBand::TenToFourteen;
    }
    if (4 * met >= total) {
        return MetBand::FiveToNine;
    }
    return MetBand::UnderFive;
}

QList<MetBand> MetBands::all()
{
    return {MetBand::AllMet, MetBand::FifteenOrMore, MetBand::TenToFourteen, MetBand::FiveToNine, MetBand::UnderFive};
}

QString MetBands::label(MetBand band)
{
    switch (band) {
    case MetBand::AllMet:
        return tr("All criteria met");
    case MetBand::FifteenOrMore:
        return tr("15 or more (¾ or more)");
    case MetBand::TenToFourteen:
        return tr("10–14 (½ to ¾)");
    case MetBand::FiveToNine:
        return tr("5–9 (¼ to ½)");
    case MetBand::UnderFive:
        return tr("Under 5 (under ¼)");
    }
    return {};
}

QString MetBands::labelFor(MetBand band, int total)
{
    if (total <= 0 || total == 19 || total == 20) {
        return label(band);
    }
    switch (band) {
    case MetBand::AllMet:
        return tr("All %1 criteria met").arg(total);
    case MetBand::FifteenOrMore:
        return tr("%1 of %2 criteria (¾ or more)").arg(rangeFor(band, total)).arg(total);
    case MetBand::TenToFourteen:
        return tr("%1 of %2 criteria (½ to ¾)").arg(rangeFor(band, total)).arg(total);
    case MetBand::FiveToNine:
        return tr("%1 of %2 criteria (¼ to ½)").arg(rangeFor(band, total)).arg(total);
    case MetBand::UnderFive:
        return tr("%1 of %2 criteria (under ¼)").arg(rangeFor(band, total)).arg(total);
    }
    return {};
}

QString MetBands::rangeFor(MetBand band, int total)
{
    const auto range = [](int from, int to) {
        if (from > to) {
            return QString(); // a band no count falls in (sets of very few criteria)
        }
        return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
    };
    switch (band) {
    case MetBand::AllMet:
        return QString::number(total);
    case MetBand::FifteenOrMore:
        return range(threshold(3, total), total - 1);
    case MetBand::TenToFourteen:
        return range(threshold(2, total), threshold(3, total) - 1);
    case MetBand::FiveToNine:
        return range(threshold(1, total), threshold(2, total) - 1);
    case MetBand::UnderFive:
        return range(0, threshold(1, total) - 1);
    }
    return {};
}

} // namespace ntm::core
