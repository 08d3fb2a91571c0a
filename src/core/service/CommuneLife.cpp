// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/CommuneLife.h"

#include "store/UnitStore.h"
#include "util/Dates.h"

namespace ntm::core {

namespace {
QString titleOn(UnitStore& units, const QString& id, const QDate& date)
{
    const auto c = units.commune(id);
    if (!c || !c.value()) {
        return id;
    }
    const CommunePeriod* p = c.value()->periodOn(date);
    return p ? Vocabulary::communeTitle(p->kind, p->name) : id;
}

QString joinTitles(const QList<LinkedCommune>& list)
{
    QStringList titles;
    for (const LinkedCommune& l : list) {
        titles.append(l.title);
    }
    if (titles.size() <= 1) {
        return titles.join(QString());
    }
    const QString last = titles.takeLast();
    return CommuneLifeService::tr("%1 and %2").arg(titles.join(QStringLiteral(", ")), last);
}
} // namespace

QDate CommuneLife::standingDate(const QDate& asOf) const
{
    switch (state) {
    case State::Exists:
        return asOf;
    case State::Ended:
        return endedOn;
    case State::NotYet:
        break;
    }
    return {};
}

QString CommuneLife::sentence() const
{
    if (state == State::Ended) {
        if (successors.isEmpty()) {
            return CommuneLifeService::tr("Ended on %1.").arg(dates::toDisplay(endedOn));
        }
        return CommuneLifeService::tr("Merged into %1 on %2.")
            .arg(joinTitles(successors), dates::toDisplay(successors.constFirst().on));
    }
    if (state == State::NotYet) {
        if (predecessors.isEmpty()) {
            return CommuneLifeService::tr("Formed on %1.").arg(dates::toDisplay(formedOn));
        }
        QList<LinkedCommune> last;
        for (const LinkedCommune& p : predecessors) {
            if (p.on == predecessors.constLast().on) {
                last.append(p);
            }
        }
        return CommuneLifeService::tr("Formed on %1 from %2.")
            .arg(dates::toDisplay(last.constFirst().on), joinTitles(last));
    }
    return {};
}

Result<CommuneLife> CommuneLifeService::of(const QString& communeId, const QDate& asOf)
{
    UnitStore units(m_db);
    const auto commune = units.commune(communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        return Error{QStringLiteral("commune"), tr("There is no such commune in this database.")};
    }
    const Commune& c = *commune.value();
    CommuneLife life;
    life.formedOn = c.validFrom;
    life.endedOn = c.validTo;
    if (c.validFrom.isValid() && asOf < c.validFrom) {
        life.state = CommuneLife::State::NotYet;
    } else if (c.validTo.isValid() && asOf > c.validTo) {
        life.state = CommuneLife::State::Ended;
    }
    const auto links = units.communeLineage(communeId);
    if (!links) {
        return links.error();
    }
    for (const LineageLink& l : links.value()) {
        if (l.successorId == communeId && l.predecessorId != communeId) {
            life.predecessors.append({l.predecessorId, titleOn(units, l.predecessorId, l.effectiveOn.addDays(-1)),
                                      l.effectiveOn, l.act, l.verified});
        } else if (l.predecessorId == communeId && l.successorId != communeId) {
            life.successors.append(
                {l.successorId, titleOn(units, l.successorId, l.effectiveOn), l.effectiveOn, l.act, l.verified});
        }
    }
    return life;
}

} // namespace ntm::core
