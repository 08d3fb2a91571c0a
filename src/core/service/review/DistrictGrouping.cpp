// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/review/DistrictGrouping.h"

#include "store/UnitStore.h"

#include <QMap>

#include <algorithm>

namespace ntm::core {

namespace {
constexpr int kMaxLineageDepth = 8; // mergers of mergers; a guard against a cycle in hand-edited data
}

Result<DistrictGrouping> DistrictGrouping::load(Database& db)
{
    UnitStore units(db);
    auto communes = units.allCommunes();
    auto districts = units.districts();
    const auto lineage = units.allCommuneLineage();
    if (!communes || !districts || !lineage) {
        return !communes ? communes.error() : !districts ? districts.error() : lineage.error();
    }
    DistrictGrouping g;
    g.m_communes = std::move(communes).value();
    g.m_districts = std::move(districts).value();
    for (qsizetype i = 0; i < g.m_communes.size(); ++i) {
        g.m_communeIndex.insert(g.m_communes.at(i).id, i);
    }
    for (const LineageLink& link : lineage.value()) {
        g.m_predecessors.insert(link.successorId, link.predecessorId);
    }
    return g;
}

const Commune* DistrictGrouping::commune(const QString& communeId) const
{
    const auto it = m_communeIndex.constFind(communeId);
    return it == m_communeIndex.constEnd() ? nullptr : &m_communes.at(*it);
}

const District* DistrictGrouping::district(const QString& districtId) const
{
    for (const District& d : m_districts) {
        if (d.id == districtId) {
            return &d;
        }
    }
    return nullptr;
}

QString DistrictGrouping::districtOf(const QString& communeId, const QDate& date) const
{
    const Commune* c = commune(communeId);
    if (!c) {
        return {};
    }
    const CommunePeriod* p = c->periodOn(date);
    if (p && !p->districtId.isEmpty() && coversDate(p->validFrom, p->validTo, date)) {
        return p->districtId;
    }
    return formerDistrictOf(communeId);
}

QString DistrictGrouping::formerDistrictOf(const QString& communeId) const
{
    const auto memo = m_former.constFind(communeId);
    if (memo != m_former.constEnd()) {
        return *memo;
    }
    const QString d = resolveFormer(communeId, 0);
    m_former.insert(communeId, d);
    return d;
}

QString DistrictGrouping::resolveFormer(const QString& communeId, int depth) const
{
    const Commune* c = commune(communeId);
    if (!c || depth > kMaxLineageDepth) {
        return {};
    }
    for (auto p = c->periods.crbegin(); p != c->periods.crend(); ++p) {
        if (!p->districtId.isEmpty()) {
            return p->districtId;
        }
    }
    QMap<QString, int> votes;
    QString byCode; // the district of the predecessor whose code the commune took
    const QString code = c->periods.isEmpty() ? QString() : c->periods.constFirst().code;
    for (auto it = m_predecessors.constFind(communeId); it != m_predecessors.constEnd() && it.key() == communeId;
         ++it) {
        const QString d = resolveFormer(it.value(), depth + 1);
        if (d.isEmpty()) {
            continue;
        }
        votes[d] += 1;
        const Commune* pred = commune(it.value());
        if (pred && !pred->periods.isEmpty() && pred->periods.constLast().code == code) {
            byCode = d;
        }
    }
    if (votes.isEmpty()) {
        return {};
    }
    const int most = *std::max_element(votes.cbegin(), votes.cend());
    if (!byCode.isEmpty() && votes.value(byCode) == most) {
        return byCode;
    }
    QString best;
    QString bestCode;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const District* d = district(it.key());
        const QString dCode = d ? d->code : it.key();
        if (it.value() == most && (best.isEmpty() || dCode < bestCode)) {
            best = it.key();
            bestCode = dCode;
        }
    }
    return best;
}

QList<District> DistrictGrouping::districtsFor(const QDate& date) const
{
    QList<District> out;
    for (const District& d : m_districts) {
        if (d.existsOn(date)) {
            out.append(d);
        }
    }
    if (!out.isEmpty()) {
        return out;
    }
    QDate last;
    for (const District& d : m_districts) {
        if (d.validTo.isValid() && d.validTo < date && (!last.isValid() || d.validTo > last)) {
            last = d.validTo;
        }
    }
    if (last.isValid()) {
        for (const District& d : m_districts) {
            if (d.existsOn(last)) {
                out.append(d);
            }
        }
    }
    return out;
}

} // namespace ntm::core
