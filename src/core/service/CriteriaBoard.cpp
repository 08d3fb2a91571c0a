// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CriteriaBoard.h"

#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/UnitStore.h"
#include "util/VietnameseOrder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ntm::core {

int CriteriaBoardData::communeCount() const
{
    int n = 0;
    for (const BoardDistrict& d : districts) {
        n += static_cast<int>(d.communes.size());
    }
    return n;
}

Result<CriteriaBoardData> CriteriaBoardService::load(const QDate& asOf, const BoardFilter& filter)
{
    UnitStore units(m_db);
    const auto rows = units.communesOn(asOf, filter.districtId, true, filter.provinceId);
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
    const auto standing = progress.value().progressOf(rows.value(), asOf);
    if (!standing) {
        return standing.error();
    }
    CriteriaBoardData data;
    data.asOf = asOf;
    QHash<QString, BoardDistrict> byDistrict;
    QHash<QString, int> setUse;
    QHash<QString, QList<BoardColumn>> setColumns;
    for (const CommuneRow& r : rows.value()) {
        BoardCommune c{r, standing.value().value(r.id), ledger.value().holds(r.id, RecognitionTier::Ntm, asOf)};
        if ((filter.recognition == BoardFilter::Recognition::Recognised && !c.recognised) ||
            (filter.recognition == BoardFilter::Recognition::NotYet && c.recognised)) {
            continue;
        }
        setUse[c.progress.setCode] += 1;
        if (!setColumns.contains(c.progress.setCode)) {
            QList<BoardColumn> cols;
            for (const CriterionState& s : c.progress.criteria) {
                cols.append({s.number, s.name});
            }
            setColumns.insert(c.progress.setCode, cols);
        }
        // After 1/7/2025 communes belong to their province directly: one group per province.
        byDistrict[r.districtId.isEmpty() ? QStringLiteral("province:") + r.provinceId : r.districtId].communes.append(
            c);
    }
    // Columns: every criterion number any commune has, named as in the most used set.
    QString common;
    for (auto it = setUse.cbegin(); it != setUse.cend(); ++it) {
        if (common.isNull() || it.value() > setUse.value(common)) {
            common = it.key();
        }
    }
    QMap<int, QString> names;
    for (auto it = setColumns.cbegin(); it != setColumns.cend(); ++it) {
        for (const BoardColumn& col : it.value()) {
            if (!names.contains(col.number) || it.key() == common) {
                names.insert(col.number, col.name);
            }
        }
    }
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        data.columns.append({it.key(), it.value()});
    }
    QHash<QString, const District*> districtById;
    for (const District& district : districts.value()) {
        districtById.insert(district.id, &district);
    }
    QHash<QString, QString> provinceNames;
    for (const Province& p : provinces.value()) {
        provinceNames.insert(p.id, p.name);
    }
    for (auto it = byDistrict.begin(); it != byDistrict.end(); ++it) {
        BoardDistrict d = *it;
        d.districtId = d.communes.constFirst().commune.districtId;
        if (const District* district = districtById.value(d.districtId)) {
            d.title = district->title();
            d.name = district->name;
        }
        if (d.districtId.isEmpty()) {
            const QString province = provinceNames.value(d.communes.constFirst().commune.provinceId);
            d.title = province.isEmpty() ? tr("Directly under the province")
                                         : tr("Directly under %1").arg(QStringLiteral("tỉnh ") + province);
        }
        std::sort(d.communes.begin(), d.communes.end(), [](const BoardCommune& a, const BoardCommune& b) {
            return text::lessVietnamese(a.commune.name, b.commune.name);
        });
        data.districts.append(d);
    }
    std::sort(data.districts.begin(), data.districts.end(), [](const BoardDistrict& a, const BoardDistrict& b) {
        const int byName = text::compareVietnamese(a.name, b.name);
        return byName != 0 ? byName < 0 : text::lessVietnamese(a.title, b.title);
    });
    return data;
}

} // namespace ntm::core
