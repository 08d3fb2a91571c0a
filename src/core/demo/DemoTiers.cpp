// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoTiers.h"
#include "demo/DemoNotes.h"

#include "demo/DemoFacts.h"

#include <algorithm>

namespace ntm::core::demo {

namespace {
/// Round 2/2019 added 9 nâng cao (baohatinh.vn post184982); Tượng Sơn's came earlier in 2019.
constexpr int kNangCaoRound2Of2019 = 9;
/// 2021: 25 nâng cao (baohatinh.vn post226432), 15 of them named.
constexpr int kNangCao2021 = 25;
} // namespace

int DemoTiers::holdersOn(RecognitionTier tier, const QDate& date) const
{
    const RecognitionLedger ledger = m_histories.ledger();
    int n = 0;
    for (const Commune* c : m_units.programmeCommunesOn(date)) {
        n += ledger.holds(c->id, tier, date) ? 1 : 0;
    }
    return n;
}

void DemoTiers::planNamed()
{
    for (const NamedRecognition& f : DemoFacts::named()) {
        if (f.tier == RecognitionTier::Ntm) {
            continue;
        }
        const Commune* c = m_units.findOn(f.name, f.district, f.date);
        if (!c) {
            continue;
        }
        m_histories.recognise(
            m_histories.planFor(c->id), f.date, f.tier,
            (f.realDate ? QStringLiteral("Nguồn: %1.") : QStringLiteral("Nguồn: %1; ngày trong đợt là minh họa."))
                .arg(f.source),
            f.decisionNo);
    }
}

void DemoTiers::planGeneric(RecognitionTier tier, RecognitionTier needs, const QDate& date, int count,
                            const QDate& heldSince)
{
    if (count <= 0) {
        return;
    }
    const RecognitionLedger ledger = m_histories.ledger();
    QList<CommunePlan*> pool;
    for (const Commune* c : m_units.programmeCommunesOn(date)) {
        const bool lasts = !c->validTo.isValid() || c->validTo >= DemoFacts::kAllRecognised;
        const CommunePeriod* then = c->periodOn(DemoFacts::kAllRecognised);
        const bool stillXa = then && then->kind == CommuneKind::Xa && c->existsOn(DemoFacts::kAllRecognised);
        const bool mergedLater = m_units.mergedOn(c->id, QDate(2020, 1, 1)) && date < QDate(2020, 1, 1);
        if (!lasts || !stillXa || mergedLater || ledger.holds(c->id, tier, date) || !ledger.holds(c->id, needs, date) ||
            !ledger.holds(c->id, needs, heldSince)) {
            continue;
        }
        pool.append(&m_histories.planFor(c->id));
    }
    std::stable_sort(pool.begin(), pool.end(),
                     [](const CommunePlan* a, const CommunePlan* b) { return a->strength > b->strength; });
    for (qsizetype k = 0; k < pool.size() && k < count; ++k) {
        m_histories.recognise(*pool.at(k), date.addDays(-m_rng.between(0, 20)), tier, kGeneratedNote);
    }
}

void DemoTiers::plan()
{
    using T = RecognitionTier;
    planNamed();
    // Round 2/2019: nine nâng cao, of which Tùng Ảnh and Hương Trà are named.
    const QDate round2Of2019(2019, 12, 20);
    planGeneric(T::NangCao, T::Ntm, round2Of2019, kNangCaoRound2Of2019 - 2, QDate(2017, 12, 31));
    // 2021: 25 nâng cao, 15 named; the kiểu mẫu of 28/6/2022 need nâng cao before.
    const QDate of2021(2021, 12, 20);
    for (const char16_t* name : {u"Cẩm Bình", u"Xuân Thành", u"Thạch Hạ"}) {
        for (const NamedRecognition& f : DemoFacts::named()) {
            if (f.name == QString::fromUtf16(name) && f.tier == T::KieuMau) {
                if (const Commune* c = m_units.findOn(f.name, f.district, of2021)) {
                    m_histories.recognise(m_histories.planFor(c->id), of2021.addDays(-m_rng.between(0, 20)), T::NangCao,
                                          kGeneratedNote);
                }
            }
        }
    }
    planGeneric(T::NangCao, T::Ntm, of2021, kNangCao2021 - 15 - 3, of2021);
    // From the second half of 2022 to 17/1/2024: enough to reach 60 nâng cao and 15 kiểu mẫu (published).
    const QDate late2022(2022, 12, 16);
    const QDate late2023(2023, 12, 15);
    const int nangCao = DemoFacts::kNangCaoOnAllRecognised - holdersOn(T::NangCao, DemoFacts::kAllRecognised);
    planGeneric(T::NangCao, T::Ntm, late2022, nangCao / 2, late2022);
    planGeneric(T::NangCao, T::Ntm, late2023,
                DemoFacts::kNangCaoOnAllRecognised - holdersOn(T::NangCao, DemoFacts::kAllRecognised), late2023);
    const int kieuMau = DemoFacts::kKieuMauOnAllRecognised - holdersOn(T::KieuMau, DemoFacts::kAllRecognised);
    planGeneric(T::KieuMau, T::NangCao, late2022, kieuMau / 2, QDate(2021, 12, 31));
    planGeneric(T::KieuMau, T::NangCao, late2023,
                DemoFacts::kKieuMauOnAllRecognised - holdersOn(T::KieuMau, DemoFacts::kAllRecognised),
                QDate(2021, 12, 31));
}

} // namespace ntm::core::demo
