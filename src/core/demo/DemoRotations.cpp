// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoRotations.h"

#include "demo/DemoNames.h"
#include "service/RotationRules.h"
#include "util/Ids.h"

#include <algorithm>

namespace ntm::core::demo {

namespace {
const QList<QString> kPositions{QStringLiteral("Bí thư Đảng ủy xã"), QStringLiteral("Phó Bí thư Đảng ủy xã"),
                                QStringLiteral("Chủ tịch UBND xã"), QStringLiteral("Phó Chủ tịch UBND xã")};

QString partyCommittee(const District& d)
{
    switch (d.kind) {
    case DistrictKind::ThiXa:
        return QStringLiteral("Ban Thường vụ Thị ủy ") + d.name;
    case DistrictKind::ThanhPho:
        return QStringLiteral("Ban Thường vụ Thành ủy ") + d.name;
    case DistrictKind::Huyen:
        break;
    }
    return QStringLiteral("Ban Thường vụ Huyện ủy ") + d.name;
}

RotationKind pickKind(DemoRandom& rng)
{
    const double u = rng.uniform();
    return u < 0.6 ? RotationKind::LuanChuyen : u < 0.9 ? RotationKind::DieuDong : RotationKind::BietPhai;
}
} // namespace

QString DemoRotations::nextDecision(const QString& body, int year, const QString& suffix)
{
    // Numbers rise through the years per body, so a number is unique per issuing body (the rule).
    Q_UNUSED(year);
    const int n = m_decisionCounters.value(body, m_rng.between(20, 120)) + m_rng.between(1, 9);
    m_decisionCounters.insert(body, n);
    return QStringLiteral("%1-%2").arg(n).arg(suffix);
}

Official DemoRotations::newOfficial(int startYear, const QString& homeUnit, const QString& position,
                                    const QString& districtId)
{
    const GeneratedName name = generateName(m_rng);
    Official o;
    o.id = ids::stableId(QStringLiteral("demo-official:%1").arg(m_officials.size()));
    o.fullName = name.fullName;
    o.gender = name.gender;
    o.birthDate = QDate(startYear - m_rng.between(30, 44), m_rng.between(1, 12), m_rng.between(1, 28));
    o.homeUnit = homeUnit;
    o.position = position;
    o.homeDistrictId = districtId;
    o.illustrative = true;
    o.note = QStringLiteral("Cán bộ minh họa (dữ liệu mẫu)");
    return o;
}

bool DemoRotations::placeRotation(Rotation& r, const Commune& commune, const QDate& horizon)
{
    // The term ends where the commune ends (a merger) and is closed when it lies before the horizon.
    if (commune.validTo.isValid() && commune.validTo < r.startDate.addMonths(6)) {
        return false;
    }
    if (commune.validTo.isValid() && r.plannedEnd.isValid() && r.plannedEnd > commune.validTo) {
        r.plannedEnd = commune.validTo;
    }
    const QDate end = r.plannedEnd;
    if (end.isValid() && end <= horizon) {
        const bool early = m_rng.chance(0.12);
        r.actualEnd = early ? r.startDate.addMonths(m_rng.between(12, 30)) : end;
        if (r.actualEnd > end) {
            r.actualEnd = end;
        }
        r.endReason = early ? (m_rng.chance(0.5) ? EndReason::Promoted : EndReason::Recalled) : EndReason::Completed;
        const double u = m_rng.uniform();
        r.evaluation = u < 0.25   ? Evaluation::XuatSac
                       : u < 0.75 ? Evaluation::Tot
                       : u < 0.97 ? Evaluation::HoanThanh
                                  : Evaluation::KhongHoanThanh;
        r.returnPosition = r.endReason == EndReason::Promoted ? QStringLiteral("Trưởng phòng") : r.fromPosition;
    }
    for (const Rotation& other : m_rotations) {
        if (other.communeId == r.communeId && other.toPosition == r.toPosition && RotationRules::overlaps(other, r)) {
            return false;
        }
    }
    return true;
}

void DemoRotations::generateDistrictRotations(const PlanMap& plans, int year, const QDate& horizon)
{
    for (const District& d : m_units.districts()) {
        const QDate mid(year, 6, 30);
        if (!d.existsOn(mid)) {
            continue;
        }
        QList<const Commune*> candidates;
        for (const Commune* c : m_units.programmeCommunesOn(mid)) {
            const CommunePeriod* p = c->periodOn(mid);
            const auto it = plans.constFind(c->id);
            const CommunePlan* plan = it == plans.constEnd() ? nullptr : &*it;
            const bool recognisedSoon = plan && plan->recognisedOn.isValid() && plan->recognisedOn.year() <= year;
            if (p && p->districtId == d.id && !m_excluded.contains(c->id) && !recognisedSoon) {
                candidates.append(c);
            }
        }
        std::sort(candidates.begin(), candidates.end(), [&](const Commune* a, const Commune* b) {
            return plans.value(a->id).strength < plans.value(b->id).strength;
        });
        const int count = 1 + (m_rng.chance(0.5) ? 1 : 0);
        for (int k = 0; k < count && !candidates.isEmpty(); ++k) {
            const Commune* commune =
                candidates.at(m_rng.between(0, std::min<int>(4, static_cast<int>(candidates.size()) - 1)));
            candidates.removeOne(commune);
            const HomePost post = generateDistrictPost(m_rng, d.kind, d.name);
            Rotation r;
            r.id = ids::stableId(QStringLiteral("demo-rotation:%1").arg(m_rotations.size()));
            r.kind = pickKind(m_rng);
            r.startDate = QDate(year, m_rng.between(1, 12), m_rng.between(1, 28));
            if (r.startDate > horizon) {
                continue;
            }
            r.decisionDate = r.startDate.addDays(-m_rng.between(5, 20));
            r.issuingBody = partyCommittee(d);
            r.decisionNo = nextDecision(r.issuingBody, year, QStringLiteral("QĐ/HU"));
            r.fromUnit = post.unit;
            r.fromPosition = post.position;
            r.communeId = commune->id;
            r.toPosition = m_rng.pick(kPositions);
            const int months = r.kind == RotationKind::BietPhai ? 24 : (m_rng.chance(0.2) ? 60 : 36);
            if (!(r.kind == RotationKind::DieuDong && m_rng.chance(0.3))) {
                r.plannedEnd = r.startDate.addMonths(months).addDays(-1);
            } else {
                r.plannedEnd = r.startDate.addMonths(48).addDays(-1);
            }
            r.illustrative = true;
            r.note = QStringLiteral("Quyết định minh họa (dữ liệu mẫu)");
            if (!placeRotation(r, *commune, horizon)) {
                continue;
            }
            Official o = newOfficial(year, post.unit, post.position, d.id);
            r.officialId = o.id;
            m_officials.append(o);
            m_rotations.append(r);
        }
    }
}

void DemoRotations::generateProvincialRotations(const PlanMap& plans, const QDate& horizon)
{
    QList<const Commune*> candidates = m_units.programmeCommunesOn(QDate(2025, 7, 1));
    std::sort(candidates.begin(), candidates.end(), [&](const Commune* a, const Commune* b) {
        return plans.value(a->id).strength < plans.value(b->id).strength;
    });
    const QString body = QStringLiteral("Ban Thường vụ Tỉnh ủy Hà Tĩnh");
    for (int k = 0; k < 8 && k < candidates.size(); ++k) {
        const Commune* commune = candidates.at(k);
        if (m_excluded.contains(commune->id)) {
            continue;
        }
        const HomePost post = generateProvincialPost(m_rng);
        Rotation r;
        r.id = ids::stableId(QStringLiteral("demo-rotation:%1").arg(m_rotations.size()));
        // The first three are secondments of 16 months that end around the turn of 2026/2027.
        const bool secondment = k < 3;
        r.kind = secondment ? RotationKind::BietPhai : RotationKind::LuanChuyen;
        r.startDate = secondment ? QDate(2025, 8, 15).addDays(m_rng.between(0, 60))
                                 : QDate(2025, 8, 1).addDays(m_rng.between(0, 300));
        if (r.startDate > horizon) {
            continue;
        }
        r.decisionDate = r.startDate.addDays(-m_rng.between(5, 20));
        r.issuingBody = body;
        r.decisionNo = nextDecision(body, r.startDate.year(), QStringLiteral("QĐ/TU"));
        r.fromUnit = post.unit;
        r.fromPosition = post.position;
        r.communeId = commune->id;
        r.toPosition = m_rng.pick(kPositions);
        r.plannedEnd = r.startDate.addMonths(secondment ? 16 : 36).addDays(-1);
        r.illustrative = true;
        r.note = QStringLiteral("Quyết định minh họa (dữ liệu mẫu)");
        if (!placeRotation(r, *commune, horizon)) {
            continue;
        }
        Official o = newOfficial(r.startDate.year(), post.unit, post.position, QString());
        r.officialId = o.id;
        m_officials.append(o);
        m_rotations.append(r);
    }
}

void DemoRotations::generate(const PlanMap& plans, const QDate& horizon)
{
    for (int year = 2012; year <= 2024; ++year) {
        generateDistrictRotations(plans, year, horizon);
    }
    generateProvincialRotations(plans, horizon);
}

} // namespace ntm::core::demo
