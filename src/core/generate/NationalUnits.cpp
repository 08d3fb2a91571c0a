// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/NationalUnits.h"

#include "generate/PlaceNames.h"

#include <algorithm>
#include <cmath>

namespace ntm::core::generate {

namespace {
/// Splits `total` into `parts` counts of at least one each, of random sizes around the mean.
QList<int> randomSizes(int total, int parts, demo::DemoRandom& rng)
{
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        weights.append(0.6 + 0.8 * rng.uniform());
        sum += weights.constLast();
    }
    QList<int> out;
    double cumulative = 0;
    qint64 previous = 0;
    for (int i = 0; i < parts; ++i) {
        cumulative += (total - parts) * weights.at(i) / sum;
        const qint64 rounded = i == parts - 1 ? total - parts : std::llround(cumulative);
        out.append(1 + static_cast<int>(rounded - previous));
        previous = rounded;
    }
    return out;
}

QString code(int number, int width)
{
    return QString::number(number).rightJustified(width, QLatin1Char('0'));
}
} // namespace

NationalUnits NationalUnits::plan(const GenerateOptions& options, demo::DemoRandom& rng)
{
    NationalUnits u;
    u.m_seed = options.seed;
    u.m_communeIds = GeneratedIds(options.seed, 0x0003);
    GeneratedIds provinceIds(options.seed, 0x0001);
    for (int p = 0; p < options.provinces(); ++p) {
        u.m_provinces.append({provinceIds.next(), code(p + 1, 2), provinceNames().at(p)});
    }
    u.planDistricts(options, rng);
    u.planCommunes(options, rng);
    u.m_oldCount = static_cast<int>(u.m_communes.size());
    u.planReform(options, rng);
    return u;
}

void NationalUnits::planDistricts(const GenerateOptions& options, demo::DemoRandom& rng)
{
    GeneratedIds ids(m_seed, 0x0002);
    const int provinces = static_cast<int>(m_provinces.size());
    for (int p = 0; p < provinces; ++p) {
        const int first = static_cast<int>(qint64(p) * options.districts / provinces);
        const int last = static_cast<int>(qint64(p + 1) * options.districts / provinces);
        NamePool names(rng);
        for (int d = first; d < last; ++d) {
            GenDistrict district;
            district.id = ids.next();
            district.province = p;
            district.code = code(d + 1, 3);
            district.name = names.next();
            district.kind = d == first         ? DistrictKind::ThanhPho
                            : rng.chance(0.08) ? DistrictKind::ThiXa
                                               : DistrictKind::Huyen;
            m_districts.append(district);
        }
    }
}

void NationalUnits::planCommunes(const GenerateOptions& options, demo::DemoRandom& rng)
{
    const QList<int> sizes = randomSizes(options.communes, static_cast<int>(m_districts.size()), rng);
    QList<double> provinceBase;
    for (qsizetype p = 0; p < m_provinces.size(); ++p) {
        provinceBase.append(0.3 + 0.4 * rng.uniform());
    }
    for (int d = 0; d < m_districts.size(); ++d) {
        const GenDistrict& district = m_districts.at(d);
        const double districtBase = provinceBase.at(district.province) + 0.2 * (rng.uniform() - 0.5);
        NamePool names(rng);
        m_byDistrict.append(QList<int>());
        for (int k = 0; k < sizes.at(d); ++k) {
            GenCommune c;
            c.id = m_communeIds.next();
            c.province = district.province;
            c.district = d;
            c.code = code(static_cast<int>(m_communes.size()) + 1, 5);
            c.name = names.next();
            if (district.kind == DistrictKind::ThanhPho) {
                c.kind = rng.chance(0.7) ? CommuneKind::Phuong : CommuneKind::Xa;
            } else if (district.kind == DistrictKind::ThiXa) {
                c.kind = rng.chance(0.4) ? CommuneKind::Phuong : CommuneKind::Xa;
            } else {
                c.kind = k == 0 ? CommuneKind::ThiTran : CommuneKind::Xa;
            }
            c.strength = std::clamp(districtBase + 0.5 * (rng.uniform() - 0.5), 0.02, 0.98);
            m_byDistrict[d].append(static_cast<int>(m_communes.size()));
            m_communes.append(c);
        }
    }
}

void NationalUnits::planReform(const GenerateOptions& options, demo::DemoRandom& rng)
{
    m_reformByProvince = QList<QList<int>>(m_provinces.size());
    if (!options.includesReform()) {
        return;
    }
    QList<QList<int>> oldByProvince(m_provinces.size());
    for (int i = 0; i < m_oldCount; ++i) {
        oldByProvince[m_communes.at(i).province].append(i);
    }
    const double ratio = double(options.mergedCommunes()) / options.communes;
    qint64 cumulativeOld = 0;
    qint64 previousTarget = 0;
    for (int p = 0; p < m_provinces.size(); ++p) {
        const QList<int>& old = oldByProvince.at(p);
        cumulativeOld += old.size();
        const qint64 target = std::llround(cumulativeOld * ratio);
        const int groups = std::clamp(static_cast<int>(target - previousTarget), 1, static_cast<int>(old.size()));
        previousTarget = target;
        // Groups are runs of neighbouring communes: k-1 cut points among the n-1 gaps.
        QList<int> gaps;
        for (int g = 1; g < old.size(); ++g) {
            gaps.append(g);
        }
        rng.shuffle(gaps);
        QList<int> cuts = gaps.mid(0, groups - 1);
        std::sort(cuts.begin(), cuts.end());
        cuts.append(static_cast<int>(old.size()));
        NamePool names(rng);
        int start = 0;
        for (int cut : std::as_const(cuts)) {
            mergeGroup(old.mid(start, cut - start), names.next(), code(static_cast<int>(m_communes.size()) + 1, 5), p);
            start = cut;
        }
    }
}

void NationalUnits::mergeGroup(const QList<int>& group, const QString& name, const QString& code, int province)
{
    if (group.size() == 1) {
        m_communes[group.constFirst()].keptWhole = true;
        m_reformByProvince[province].append(group.constFirst());
        return;
    }
    GenCommune merged;
    merged.id = m_communeIds.next();
    merged.province = province;
    merged.name = name;
    merged.code = code;
    merged.kind = CommuneKind::Phuong;
    double strength = 0;
    for (int i : group) {
        GenCommune& part = m_communes[i];
        part.validTo = GenerateOptions::reformDate().addDays(-1);
        part.successor = static_cast<int>(m_communes.size());
        if (part.kind == CommuneKind::Xa) {
            merged.kind = CommuneKind::Xa;
        }
        strength += part.strength;
    }
    merged.strength = strength / group.size();
    merged.parts = group;
    m_reformByProvince[province].append(static_cast<int>(m_communes.size()));
    m_communes.append(merged);
}

} // namespace ntm::core::generate
