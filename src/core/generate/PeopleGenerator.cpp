// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/PeopleGenerator.h"

#include "demo/DemoNames.h"
#include "util/TextFold.h"

#include <algorithm>

namespace ntm::core::generate {

namespace {
const QList<QString> kPositions{QStringLiteral("Bí thư Đảng ủy xã"), QStringLiteral("Phó Bí thư Đảng ủy xã"),
                                QStringLiteral("Chủ tịch UBND xã"), QStringLiteral("Phó Chủ tịch UBND xã")};

RotationKind pickKind(demo::DemoRandom& rng)
{
    const double u = rng.uniform();
    return u < 0.6 ? RotationKind::LuanChuyen : u < 0.9 ? RotationKind::DieuDong : RotationKind::BietPhai;
}
} // namespace

PeopleGenerator::PeopleGenerator(const GenerateOptions& options, const NationalUnits& units, demo::DemoRandom& rng)
    : m_options(options), m_units(units), m_rng(rng), m_officialIds(options.seed, 0x0007),
      m_rotationIds(options.seed, 0x0008)
{
    // Officials are rotated into the communes the programme judges (xã), not into wards.
    auto programme = [&](const QList<int>& all) {
        QList<int> out;
        for (int i : all) {
            if (m_units.communes().at(i).kind == CommuneKind::Xa) {
                out.append(i);
            }
        }
        return out.isEmpty() ? all : out;
    };
    for (int d = 0; d < m_units.districts().size(); ++d) {
        m_byDistrict.append(programme(m_units.communesOfDistrict(d)));
    }
    for (int p = 0; p < m_units.provinces().size(); ++p) {
        m_byProvince.append(programme(m_units.reformCommunesOfProvince(p)));
    }
}

QList<int> PeopleGenerator::rotationCounts() const
{
    // 80,000 terms over 50,000 officials: a quarter of the extra terms as third terms, the rest as second ones.
    const int officials = m_options.officials();
    const int extra = std::max(0, m_options.rotations() - officials);
    const int threes = std::min(officials, extra / 4);
    const int twos = std::min(officials - threes, extra - 2 * threes);
    QList<int> counts(officials, 1);
    for (int i = 0; i < threes + twos; ++i) {
        counts[i] = i < threes ? 3 : 2;
    }
    return counts;
}

bool PeopleGenerator::generate(const Sink& sink)
{
    QList<int> counts = rotationCounts();
    m_rng.shuffle(counts);
    const QDate first = m_options.firstDay();
    const qint64 span = first.daysTo(m_options.horizon());
    for (int count : std::as_const(counts)) {
        const int district = m_rng.between(0, static_cast<int>(m_units.districts().size()) - 1);
        // Room for the terms: each about three years and a gap.
        const qint64 room = std::max<qint64>(30, span - qint64(count - 1) * 3 * 365 - 365);
        QDate start = first.addDays(m_rng.between(0, static_cast<int>(room)));
        const Official official = newOfficial(district, start);
        QList<Rotation> rotations;
        for (int k = 0; k < count && start <= m_options.horizon(); ++k) {
            Rotation r;
            r.officialId = official.id;
            r.fromUnit = official.homeUnit;
            r.fromPosition = official.position;
            if (!placeTerm(r, district, start)) {
                break;
            }
            rotations.append(r);
            start = r.effectiveEnd().isValid() ? r.effectiveEnd().addDays(m_rng.between(30, 540))
                                               : m_options.horizon().addDays(1);
        }
        if (!sink(official, rotations)) {
            return false;
        }
    }
    return true;
}

Official PeopleGenerator::newOfficial(int district, const QDate& firstStart)
{
    const GenDistrict& d = m_units.districts().at(district);
    const demo::GeneratedName name = demo::generateName(m_rng);
    const demo::HomePost post = demo::generateDistrictPost(m_rng, d.kind, d.name);
    Official o;
    o.id = QString::fromLatin1(m_officialIds.next());
    o.fullName = name.fullName;
    o.gender = name.gender;
    o.birthDate = QDate(firstStart.year() - m_rng.between(28, 45), m_rng.between(1, 12), m_rng.between(1, 28));
    o.homeUnit = post.unit;
    o.position = post.position;
    o.homeDistrictId = QString::fromLatin1(d.id);
    o.illustrative = true;
    return o;
}

bool PeopleGenerator::placeTerm(Rotation& r, int district, QDate start)
{
    const QDate reform = GenerateOptions::reformDate();
    // Old communes end on 30/6/2025: a term starting in the last half year before waits for the new communes.
    const bool afterReform = m_options.includesReform() && start > reform.addMonths(-6);
    if (afterReform && start < reform) {
        start = reform.addDays(m_rng.between(0, 90));
    }
    if (start > m_options.horizon()) {
        return false;
    }
    const GenDistrict& d = m_units.districts().at(district);
    const QList<int>& candidates = afterReform ? m_byProvince.at(d.province) : m_byDistrict.at(district);
    if (candidates.isEmpty()) {
        return false;
    }
    const GenCommune& commune = m_units.communes().at(candidates.at(m_rng.between(0, int(candidates.size()) - 1)));
    QString suffix;
    r.id = QString::fromLatin1(m_rotationIds.next());
    r.kind = pickKind(m_rng);
    r.startDate = start;
    r.decisionDate = start.addDays(-m_rng.between(5, 25));
    r.issuingBody = issuingBody(district, afterReform, &suffix);
    r.decisionNo = decisionNumber(r.issuingBody, suffix);
    r.communeId = QString::fromLatin1(commune.id);
    r.toPosition = m_rng.pick(kPositions);
    const int months = r.kind == RotationKind::BietPhai ? 24 : (m_rng.chance(0.2) ? 60 : 36);
    r.plannedEnd = start.addMonths(months).addDays(-1);
    if (commune.validTo.isValid() && r.plannedEnd > commune.validTo) {
        r.plannedEnd = commune.validTo; // the term ends with the commune
    }
    r.illustrative = true;
    closeTerm(r);
    return true;
}

void PeopleGenerator::closeTerm(Rotation& r)
{
    if (r.plannedEnd > m_options.horizon()) {
        return; // still serving
    }
    const bool early = m_rng.chance(0.12);
    r.actualEnd = early ? std::min(r.plannedEnd, r.startDate.addMonths(m_rng.between(12, 30))) : r.plannedEnd;
    r.endReason = early ? (m_rng.chance(0.5) ? EndReason::Promoted : EndReason::Recalled) : EndReason::Completed;
    const double u = m_rng.uniform();
    r.evaluation = u < 0.25   ? Evaluation::XuatSac
                   : u < 0.75 ? Evaluation::Tot
                   : u < 0.97 ? Evaluation::HoanThanh
                              : Evaluation::KhongHoanThanh;
    r.returnPosition = r.endReason == EndReason::Promoted ? QStringLiteral("Trưởng phòng") : r.fromPosition;
}

QString PeopleGenerator::issuingBody(int district, bool afterReform, QString* suffix) const
{
    const GenDistrict& d = m_units.districts().at(district);
    if (afterReform) {
        *suffix = QStringLiteral("QĐ/TU");
        return QStringLiteral("Ban Thường vụ Tỉnh ủy ") + m_units.provinces().at(d.province).name;
    }
    *suffix = QStringLiteral("QĐ/HU");
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

QString PeopleGenerator::decisionNumber(const QString& body, const QString& suffix)
{
    // Numbers rise per issuing body, so each is unique there (the rule on decision numbers). Bodies are told apart
    // as the rule does, folded: "Thạch Hà" and "Thạch Hạ" are one body to it.
    const QString key = text::fold(body);
    const int n = m_decisionCounters.value(key, m_rng.between(20, 120)) + m_rng.between(1, 9);
    m_decisionCounters.insert(key, n);
    return QStringLiteral("%1-%2").arg(n).arg(suffix);
}

} // namespace ntm::core::generate
