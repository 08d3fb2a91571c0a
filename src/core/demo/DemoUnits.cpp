// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoUnits.h"

#include "util/Dates.h"
#include "util/Ids.h"

#include <QFile>

#include <nlohmann/json.hpp>

namespace ntm::core::demo {

namespace {
using json = nlohmann::json;

QString str(const json& o, const char* key)
{
    return o.contains(key) && o.at(key).is_string() ? QString::fromStdString(o.at(key).get<std::string>()) : QString();
}

QString districtId(const QString& key)
{
    return ids::stableId(QStringLiteral("district:") + key);
}

LineageLink readLink(const json& l, bool commune)
{
    LineageLink link;
    const QString from = str(l, "from");
    const QString to = str(l, "to");
    link.id = ids::stableId(QStringLiteral("lineage:") + from + QLatin1Char('>') + to);
    link.predecessorId = commune ? DemoUnits::communeIdForKey(from) : districtId(from);
    link.successorId = commune ? DemoUnits::communeIdForKey(to) : districtId(to);
    link.effectiveOn = dates::fromIso(str(l, "date"));
    link.kind = str(l, "kind");
    link.act = str(l, "act");
    link.verified = !l.contains("verified") || l.at("verified").get<bool>();
    link.note = str(l, "note");
    return link;
}
} // namespace

QString DemoUnits::communeIdForKey(const QString& key)
{
    return ids::stableId(QStringLiteral("commune:") + key);
}

Result<DemoUnits> DemoUnits::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{QString(), tr("The unit list %1 cannot be read.").arg(path)};
    }
    const QByteArray bytes = f.readAll();
    const json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object() || str(root, "format") != QLatin1String("ntm-units/1")) {
        return Error{QString(), tr("The unit list %1 is not in the expected format.").arg(path)};
    }
    DemoUnits u;
    const json& p = root.at("province");
    u.m_province = {ids::stableId(QStringLiteral("province:") + str(p, "key")), str(p, "code"), str(p, "name")};
    for (const json& d : root.at("districts")) {
        District district;
        district.id = districtId(str(d, "key"));
        district.provinceId = u.m_province.id;
        district.code = str(d, "code");
        district.name = str(d, "name");
        district.kind = Vocabulary::districtKind(str(d, "kind")).value_or(DistrictKind::Huyen);
        district.validFrom = dates::fromIso(str(d, "valid_from"));
        district.validTo = dates::fromIso(str(d, "valid_to"));
        district.note = str(d, "note");
        u.m_districts.append(district);
    }
    for (const json& c : root.at("communes")) {
        Commune commune;
        const QString key = str(c, "key");
        commune.id = communeIdForKey(key);
        commune.provinceId = u.m_province.id;
        int n = 0;
        for (const json& per : c.at("periods")) {
            CommunePeriod period;
            period.id = ids::stableId(QStringLiteral("commune-period:%1:%2").arg(key).arg(n++));
            period.validFrom = dates::fromIso(str(per, "from"));
            period.validTo = dates::fromIso(str(per, "to"));
            period.code = str(per, "code");
            period.name = str(per, "name");
            period.kind = Vocabulary::communeKind(str(per, "kind")).value_or(CommuneKind::Xa);
            const QString district = str(per, "district");
            period.districtId = district.isEmpty() ? QString() : districtId(district);
            commune.periods.append(period);
        }
        if (commune.periods.isEmpty()) {
            continue;
        }
        commune.note = str(c, "note");
        commune.validFrom = commune.periods.constFirst().validFrom;
        commune.validTo = commune.periods.constLast().validTo;
        u.m_communeIndex.insert(commune.id, u.m_communes.size());
        u.m_communes.append(commune);
    }
    for (const json& l : root.at("lineage")) {
        u.m_lineage.append(readLink(l, true));
    }
    for (const json& l : root.at("district_lineage")) {
        u.m_districtLineage.append(readLink(l, false));
    }
    const json& focus = root.at("focus");
    u.m_focusDucYen = communeIdForKey(str(focus, "duc_yen"));
    u.m_focusThachKhe = communeIdForKey(str(focus, "thach_khe"));
    return u;
}

const Commune* DemoUnits::commune(const QString& id) const
{
    const auto it = m_communeIndex.constFind(id);
    return it == m_communeIndex.constEnd() ? nullptr : &m_communes.at(*it);
}

const District* DemoUnits::district(const QString& id) const
{
    for (const District& d : m_districts) {
        if (d.id == id) {
            return &d;
        }
    }
    return nullptr;
}

const District* DemoUnits::districtByCode(const QString& code) const
{
    for (const District& d : m_districts) {
        if (d.code == code) {
            return &d;
        }
    }
    return nullptr;
}

QList<const Commune*> DemoUnits::programmeCommunesOn(const QDate& date) const
{
    QList<const Commune*> out;
    for (const Commune& c : m_communes) {
        for (const CommunePeriod& p : c.periods) {
            if (coversDate(p.validFrom, p.validTo, date) && p.kind == CommuneKind::Xa) {
                out.append(&c);
            }
        }
    }
    return out;
}

const Commune* DemoUnits::findByName(const QString& name, const QString& districtCode) const
{
    const District* d = districtCode.isEmpty() ? nullptr : districtByCode(districtCode);
    for (const Commune& c : m_communes) {
        const CommunePeriod& first = c.periods.constFirst();
        if (first.name == name && (!d || first.districtId == d->id)) {
            return &c;
        }
    }
    return nullptr;
}

const Commune* DemoUnits::findOn(const QString& name, const QString& districtCode, const QDate& date) const
{
    const District* d = districtCode.isEmpty() ? nullptr : districtByCode(districtCode);
    for (const Commune& c : m_communes) {
        for (const CommunePeriod& p : c.periods) {
            if (coversDate(p.validFrom, p.validTo, date) && p.name == name && (!d || p.districtId == d->id)) {
                return &c;
            }
        }
    }
    return nullptr;
}

QList<QString> DemoUnits::predecessorsOn(const QString& successorId, const QDate& date) const
{
    QList<QString> out;
    for (const LineageLink& l : m_lineage) {
        if (l.successorId == successorId && l.effectiveOn == date) {
            out.append(l.predecessorId);
        }
    }
    return out;
}

bool DemoUnits::mergedOn(const QString& communeId, const QDate& date) const
{
    for (const LineageLink& l : m_lineage) {
        if (l.effectiveOn == date && (l.predecessorId == communeId || l.successorId == communeId)) {
            return true;
        }
    }
    return false;
}

QHash<QString, QList<QString>> DemoUnits::mergesOn(const QDate& date) const
{
    QHash<QString, QList<QString>> out;
    for (const LineageLink& l : m_lineage) {
        if (l.effectiveOn == date) {
            out[l.successorId].append(l.predecessorId);
        }
    }
    return out;
}

} // namespace ntm::core::demo
