// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/StatsService.h"

#include "service/ProgressService.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/UnitStore.h"

#include <array>

namespace ntm::core {

Result<ProgressStats> StatsService::stats(const QDate& asOf, const QString& districtId, const QString& provinceId)
{
    ProgressStats out;
    out.asOf = asOf;
    out.districtId = districtId;
    out.provinceId = provinceId;
    UnitStore units(m_db);
    if (!districtId.isEmpty()) {
        const auto d = units.district(districtId);
        if (!d) {
            return d.error();
        }
        if (!d.value()) {
            return Error{QStringLiteral("district"), tr("There is no such district in this database.")};
        }
        out.districtName = d.value()->name;
    }
    if (!provinceId.isEmpty()) {
        const auto provinces = units.provinces();
        if (!provinces) {
            return provinces.error();
        }
        for (const Province& p : provinces.value()) {
            out.provinceName = p.id == provinceId ? p.name : out.provinceName;
        }
        if (out.provinceName.isEmpty()) {
            return Error{QStringLiteral("province"), tr("There is no such province in this database.")};
        }
    }
    const auto communes = units.communesOn(asOf, districtId, true, provinceId);
    if (!communes) {
        return communes.error();
    }
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    const auto counts = progress.value().metCounts(communes.value(), asOf);
    if (!counts) {
        return counts.error();
    }
    const auto ledger = RecognitionLedger::load(m_db);
    if (!ledger) {
        return ledger.error();
    }
    static constexpr std::array kTiers{RecognitionTier::Ntm, RecognitionTier::NangCao, RecognitionTier::KieuMau,
                                       RecognitionTier::HienDai};
    for (RecognitionTier t : kTiers) {
        out.byTier.insert(Vocabulary::key(t), 0);
    }
    qint64 sum = 0;
    for (const CommuneRow& c : communes.value()) {
        const int met = counts.value().value(c.id);
        sum += met;
        out.byMetCount[met] += 1;
        for (RecognitionTier t : kTiers) {
            if (ledger.value().holds(c.id, t, asOf)) {
                out.byTier[Vocabulary::key(t)] += 1;
            }
        }
    }
    out.recognised = out.byTier.value(Vocabulary::key(RecognitionTier::Ntm));
    out.communes = static_cast<int>(communes.value().size());
    out.averageMet = out.communes > 0 ? static_cast<double>(sum) / out.communes : 0.0;
    return out;
}

} // namespace ntm::core
