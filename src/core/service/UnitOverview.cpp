// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/UnitOverview.h"

#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/UnitStore.h"
#include "util/VietnameseOrder.h"

#include <QHash>

#include <algorithm>

namespace ntm::core {

int DistrictOverview::met() const
{
    int sum = 0;
    for (const CommuneOverview& c : communes) {
        sum += c.inProgramme ? c.met : 0;
    }
    return sum;
}

int DistrictOverview::recognised() const
{
    // Only communes the programme judges count: a recognised xã that became a thị trấn is listed, not counted.
    return static_cast<int>(std::count_if(communes.cbegin(), communes.cend(),
                                          [](const CommuneOverview& c) { return c.inProgramme && c.recognised; }));
}

int DistrictOverview::programmeCommunes() const
{
    return static_cast<int>(
        std::count_if(communes.cbegin(), communes.cend(), [](const CommuneOverview& c) { return c.inProgramme; }));
}

Result<QList<DistrictOverview>> UnitOverviewService::overview(const QDate& asOf)
{
    UnitStore units(m_db);
    const auto rows = units.communesOn(asOf);
    const auto districts = units.districts();
    const auto provinces = units.provinces();
    const auto ledger = RecognitionLedger::load(m_db);
    if (!rows || !districts || !provinces || !ledger) {
        return !rows ? rows.error() : !districts ? districts.error() : !provinces ? provinces.error() : ledger.error();
    }
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    QList<CommuneRow> programme;
    for (const CommuneRow& r : rows.value()) {
        if (r.kind == CommuneKind::Xa) {
            programme.append(r);
        }
    }
    QHash<QString, int> met;
    if (!programme.isEmpty()) {
        const auto counts = progress.value().metCounts(programme, asOf);
        if (!counts) {
            return counts.error();
        }
        met = counts.value();
    }
    QHash<QString, DistrictOverview> byDistrict;
    for (const CommuneRow& r : rows.value()) {
        // After 1/7/2025 communes belong to their province directly: one group per province.
        DistrictOverview& d =
            byDistrict[r.districtId.isEmpty() ? QStringLiteral("province:") + r.provinceId : r.districtId];
        CommuneOverview c;
        c.commune = r;
        c.inProgramme = r.kind == CommuneKind::Xa;
        c.met = met.value(r.id);
        if (const CriteriaSet* set = progress.value().resolver().setFor(r.id, r.provinceId, asOf)) {
            c.total = static_cast<int>(set->criteria.size());
            c.setCode = set->displayCode();
        }
        c.recognised = ledger.value().holds(r.id, RecognitionTier::Ntm, asOf);
        d.communes.append(c);
    }
    QHash<QString, const District*> districtById;
    for (const District& district : districts.value()) {
        districtById.insert(district.id, &district);
    }
    QHash<QString, QString> provinceNames;
    for (const Province& p : provinces.value()) {
        provinceNames.insert(p.id, p.name);
    }
    QList<DistrictOverview> out;
    for (auto it = byDistrict.begin(); it != byDistrict.end(); ++it) {
        DistrictOverview d = *it;
        d.districtId = d.communes.constFirst().commune.districtId;
        if (const District* district = districtById.value(d.districtId)) {
            d.title = district->title();
            d.name = district->name;
            d.code = district->code;
        }
        if (d.districtId.isEmpty()) {
            const QString province = provinceNames.value(d.communes.constFirst().commune.provinceId);
            d.title = province.isEmpty() ? tr("Directly under the province")
                                         : tr("Directly under %1").arg(QStringLiteral("tỉnh ") + province);
        }
        std::sort(d.communes.begin(), d.communes.end(), [](const CommuneOverview& a, const CommuneOverview& b) {
            return text::lessVietnamese(a.commune.name, b.commune.name);
        });
        out.append(d);
    }
    std::sort(out.begin(), out.end(), [](const DistrictOverview& a, const DistrictOverview& b) {
        const int byName = text::compareVietnamese(a.name, b.name);
        return byName != 0 ? byName < 0 : text::lessVietnamese(a.title, b.title);
    });
    return out;
}

} // namespace ntm::core
