// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoVillageProgress.h"
#include "demo/DemoNotes.h"

#include "store/CriteriaStore.h"
#include "store/ReviewStore.h"
#include "store/UnitStore.h"
#include "store/VillageProgressStore.h"
#include "util/Ids.h"

namespace ntm::core::demo {

namespace {
const QDate kReform(2025, 7, 1);

QString villageId(int k)
{
    return ids::stableId(QStringLiteral("story:village:thach-khe:%1").arg(k));
}

QString newVillageId(int k)
{
    return ids::stableId(QStringLiteral("demo:thach-khe-2025:village:%1").arg(k));
}

bool hasVillage(const QList<Village>& villages, const QString& id)
{
    for (const Village& v : villages) {
        if (v.id == id) {
            return true;
        }
    }
    return false;
}
} // namespace

Status DemoVillageProgress::write(const QList<Village>& villages)
{
    if (Status s = writeModelAreas(villages); !s) {
        return s;
    }
    if (Status s = writeGardens(villages); !s) {
        return s;
    }
    if (Status s = writeLineage(villages); !s) {
        return s;
    }
    return writeRules();
}

Status DemoVillageProgress::writeModelAreas(const QList<Village>& villages)
{
    struct Recognised
    {
        int village;
        QDate on;
    };
    const QList<Recognised> recognised{{2, QDate(2016, 11, 21)},
                                       {5, QDate(2017, 5, 15)},
                                       {1, QDate(2017, 10, 10)},
                                       {7, QDate(2018, 9, 5)},
                                       {3, QDate(2019, 10, 21)}};
    VillageProgressStore store(m_db);
    int n = 0;
    for (const Recognised& r : recognised) {
        if (!hasVillage(villages, villageId(r.village))) {
            continue;
        }
        const VillageModelArea a{ids::stableId(QStringLiteral("demo:thach-khe:model-area:%1").arg(r.village)),
                                 m_units.focusThachKhe(),
                                 villageId(r.village),
                                 QStringLiteral("%1/QĐ-UBND").arg(3100 + 17 * ++n),
                                 r.on,
                                 QStringLiteral("UBND huyện Thạch Hà"),
                                 QDate(),
                                 QStringLiteral("Khu dân cư nông thôn mới kiểu mẫu. ") + kIllustrative,
                                 true,
                                 1};
        if (Status s = store.insertModelArea(a); !s) {
            return s;
        }
    }
    return {};
}

Status DemoVillageProgress::writeGardens(const QList<Village>& villages)
{
    QList<QDate> counts;
    for (int y = 2016; y <= 2020; ++y) {
        counts += {QDate(y, 6, 30), QDate(y, 12, 31)};
    }
    for (int y = 2021; y <= 2024; ++y) {
        counts.append(QDate(y, 12, 31));
    }
    VillageProgressStore store(m_db);
    for (int k = 1; k <= 8; ++k) {
        if (!hasVillage(villages, villageId(k))) {
            continue;
        }
        int gardens = m_rng.between(0, 2);
        for (const QDate& on : counts) {
            gardens += on.year() <= 2018 ? m_rng.between(1, 5) : m_rng.between(0, 2);
            const VillageGardenCount g{
                ids::stableId(QStringLiteral("demo:thach-khe:gardens:%1:%2").arg(k).arg(on.toString(Qt::ISODate))),
                m_units.focusThachKhe(),
                villageId(k),
                on,
                gardens,
                QString(),
                kIllustrative,
                true,
                1};
            if (Status s = store.insertGardenCount(g); !s) {
                return s;
            }
        }
    }
    return {};
}

Status DemoVillageProgress::writeLineage(const QList<Village>& villages)
{
    // The new xã Thạch Khê of 1/7/2025.
    const auto links = UnitStore(m_db).communeLineage(m_units.focusThachKhe());
    if (!links) {
        return links.error();
    }
    QString successor;
    for (const LineageLink& l : links.value()) {
        successor = l.predecessorId == m_units.focusThachKhe() && l.effectiveOn == kReform ? l.successorId : successor;
    }
    if (successor.isEmpty() || villages.size() < 8) {
        return {};
    }
    struct NewVillage
    {
        const char16_t* name;
        QList<int> from;
    };
    const QList<NewVillage> plan{{u"Thôn Khê Thượng", {1, 2}},
                                 {u"Thôn Khê Trung", {3, 4}},
                                 {u"Thôn Khê Hạ", {5, 6}},
                                 {u"Thôn Khê Đông", {7}},
                                 {u"Thôn Khê Tây", {8}}};
    ReviewStore review(m_db);
    VillageProgressStore store(m_db);
    for (Village v : villages) {
        v.validTo = kReform.addDays(-1);
        if (Status s = review.updateVillage(v); !s) {
            return s;
        }
    }
    int gardens2025 = 0;
    for (int k = 0; k < plan.size(); ++k) {
        Village v;
        v.id = newVillageId(k + 1);
        v.communeId = successor;
        v.name = QString::fromUtf16(plan.at(k).name);
        v.validFrom = kReform;
        v.note = QStringLiteral("Thôn mới khi sáp nhập ngày 01/07/2025; tên thôn là minh họa.");
        if (Status s = review.insertVillage(v); !s) {
            return s;
        }
        for (int old : plan.at(k).from) {
            const VillageLink l{ids::stableId(QStringLiteral("demo:thach-khe-2025:link:%1").arg(old)),
                                successor,
                                villageId(old),
                                v.id,
                                kReform,
                                plan.at(k).from.size() > 1 ? QStringLiteral("merge") : QStringLiteral("rename"),
                                QStringLiteral("Nghị quyết của HĐND tỉnh về sáp nhập thôn (minh họa)"),
                                false,
                                kIllustrative,
                                1};
            if (Status s = store.insertLink(l); !s) {
                return s;
            }
        }
        gardens2025 = m_rng.between(20, 45);
        const VillageGardenCount g{ids::stableId(QStringLiteral("demo:thach-khe-2025:gardens:%1").arg(k + 1)),
                                   successor,
                                   v.id,
                                   QDate(2025, 12, 31),
                                   gardens2025,
                                   QString(),
                                   kIllustrative,
                                   true,
                                   1};
        if (Status s = store.insertGardenCount(g); !s) {
            return s;
        }
    }
    const VillageModelArea a{ids::stableId(QStringLiteral("demo:thach-khe-2025:model-area:1")),
                             successor,
                             newVillageId(1),
                             QStringLiteral("215/QĐ-UBND"),
                             QDate(2026, 3, 20),
                             QStringLiteral("UBND xã Thạch Khê"),
                             QDate(),
                             QStringLiteral("Khu dân cư kiểu mẫu sau sáp nhập. ") + kIllustrative,
                             true,
                             1};
    return store.insertModelArea(a);
}

Status DemoVillageProgress::writeRules()
{
    const auto sets = CriteriaStore(m_db).sets();
    if (!sets) {
        return sets.error();
    }
    VillageProgressStore store(m_db);
    const QString source = QStringLiteral(
        "Tên tiêu chí 20 \"Khu dân cư mẫu, vườn mẫu\" đã xác minh (shared/reference/criteria-hatinh-20.json); quyết "
        "định của tỉnh, cách tính và ngưỡng chưa tìm thấy.");
    for (const CriteriaSet& s : sets.value()) {
        const Criterion* c = s.criterionByNumber(20);
        if (!s.code.startsWith(QLatin1String("HT20")) || !c) {
            continue;
        }
        int k = 0;
        for (const VillageMeasure m : {VillageMeasure::ModelAreaShare, VillageMeasure::ModelGardens}) {
            VillageCriterionRule r;
            r.id = ids::stableId(QStringLiteral("demo:rule:%1:%2").arg(s.id, Vocabulary::key(m)));
            r.provinceId = m_units.province().id;
            r.criterionId = c->id;
            r.indicatorId = k < c->indicators.size() ? c->indicators.at(k).id : QString();
            r.measure = m;
            r.verified = false;
            r.source = source;
            r.note = QStringLiteral("CHƯA XÁC MINH: ngưỡng để trống vì không có trong nguồn; chỉ hiển thị, không dùng "
                                    "để chấm điểm.");
            ++k;
            if (Status st = store.insertRule(r); !st) {
                return st;
            }
        }
    }
    return {};
}

} // namespace ntm::core::demo
