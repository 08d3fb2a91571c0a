// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AreaSummary.h"

#include "service/recognition/RecognitionLedger.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"

namespace ntm::core {

namespace {
QList<int> countBands(const QList<CommuneOverview>& communes)
{
    const QList<MetBand> bands = MetBands::all();
    QList<int> counts(bands.size(), 0);
    for (const CommuneOverview& c : communes) {
        if (c.inProgramme) {
            counts[bands.indexOf(MetBands::bandOf(c.met, c.total))] += 1;
        }
    }
    return counts;
}

void addCounts(QList<int>& into, const QList<int>& more)
{
    if (into.isEmpty()) {
        into = QList<int>(more.size(), 0);
    }
    for (int i = 0; i < more.size(); ++i) {
        into[i] += more.at(i);
    }
}
} // namespace

int AreaSummary::communeCount() const
{
    int n = 0;
    for (const AreaGroup& g : groups) {
        n += static_cast<int>(g.overview.communes.size());
    }
    return n;
}

Result<AreaSummary> AreaSummaryService::district(const QString& districtId, const QDate& asOf)
{
    if (!asOf.isValid()) {
        return Error{QStringLiteral("as_of"), tr("Choose a valid date for the summary.")};
    }
    UnitStore units(m_db);
    const auto district = units.district(districtId);
    if (!district) {
        return district.error();
    }
    if (!district.value()) {
        return Error{QStringLiteral("district"), tr("There is no such district in this database.")};
    }
    const District& d = *district.value();
    if (!d.existsOn(asOf)) {
        return Error{
            QStringLiteral("district"),
            tr("%1 did not exist on %2 (districts ended on 30/06/2025).").arg(d.title(), dates::toDisplay(asOf))};
    }
    AreaSummary s;
    s.asOf = asOf;
    s.districtId = d.id;
    s.districtTitle = d.title();
    s.districtName = d.name;
    const auto provinces = units.provinces();
    if (!provinces) {
        return provinces.error();
    }
    for (const Province& p : provinces.value()) {
        if (p.id == d.provinceId) {
            s.provinceName = p.name;
        }
    }
    return gather(std::move(s));
}

Result<AreaSummary> AreaSummaryService::province(const QDate& asOf)
{
    if (!asOf.isValid()) {
        return Error{QStringLiteral("as_of"), tr("Choose a valid date for the summary.")};
    }
    const auto provinces = UnitStore(m_db).provinces();
    if (!provinces) {
        return provinces.error();
    }
    if (provinces.value().size() != 1) {
        return Error{QStringLiteral("province"),
                     provinces.value().isEmpty()
                         ? tr("This database holds no province yet.")
                         : tr("This database holds several provinces; make a summary of one district instead.")};
    }
    AreaSummary s;
    s.asOf = asOf;
    s.provinceName = provinces.value().constFirst().name;
    return gather(std::move(s));
}

Result<AreaSummary> AreaSummaryService::gather(AreaSummary s)
{
    const auto stats = StatsService(m_db).stats(s.asOf, s.districtId);
    if (!stats) {
        return stats.error();
    }
    s.stats = stats.value();
    for (auto fill :
         {&AreaSummaryService::fillGroups, &AreaSummaryService::fillRecognitions, &AreaSummaryService::fillRotations}) {
        if (Status st = (this->*fill)(s); !st) {
            return st.error();
        }
    }
    return s;
}

Status AreaSummaryService::fillGroups(AreaSummary& s)
{
    const auto overview = UnitOverviewService(m_db).overview(s.asOf);
    if (!overview) {
        return overview.error();
    }
    for (const DistrictOverview& d : overview.value()) {
        if (!s.isProvince() && d.districtId != s.districtId) {
            continue;
        }
        AreaGroup g;
        g.overview = d;
        g.bandCounts = countBands(d.communes);
        // The group's own figures from the same service as the area's. Communes without a district exist only
        // from 1/7/2025, when they are the province's only group, so the province's figures are theirs.
        if (d.districtId.isEmpty() || d.districtId == s.districtId) {
            g.stats = s.stats;
        } else {
            const auto stats = StatsService(m_db).stats(s.asOf, d.districtId);
            if (!stats) {
                return stats.error();
            }
            g.stats = stats.value();
        }
        addCounts(s.bandCounts, g.bandCounts);
        s.groups.append(g);
    }
    if (s.bandCounts.isEmpty()) {
        s.bandCounts = QList<int>(MetBands::all().size(), 0);
    }
    return {};
}

Status AreaSummaryService::fillRecognitions(AreaSummary& s)
{
    const auto ledger = RecognitionLedger::load(m_db);
    if (!ledger) {
        return ledger.error();
    }
    for (const AreaGroup& g : s.groups) {
        for (const CommuneOverview& c : g.overview.communes) {
            if (const Holding* h = ledger.value().shownHolding(c.commune.id, RecognitionTier::Ntm, s.asOf)) {
                s.recognisedOn.insert(c.commune.id, h->datedOn);
            }
        }
    }
    return {};
}

Status AreaSummaryService::fillRotations(AreaSummary& s)
{
    UnitStore units(m_db);
    const auto rotations = RotationStore(m_db).all();
    const auto communes = units.allCommunes();
    if (!rotations || !communes) {
        return !rotations ? rotations.error() : communes.error();
    }
    QHash<QString, const Commune*> communeById;
    for (const Commune& c : communes.value()) {
        communeById.insert(c.id, &c);
    }
    // A rotation belongs to the district its commune was in when the term started (RotationImpactService names
    // the district the same way), so a commune merged away later keeps its rotations in its district's summary.
    QList<Rotation> inArea;
    for (const Rotation& r : rotations.value()) {
        const Commune* c = communeById.value(r.communeId);
        const CommunePeriod* period = c ? c->periodOn(r.startDate) : nullptr;
        if (period && (s.isProvince() || period->districtId == s.districtId)) {
            inArea.append(r);
        }
    }
    const auto rows = RotationImpactService(m_db).of(inArea, s.asOf);
    if (!rows) {
        return rows.error();
    }
    s.rotations = rows.value();
    return {};
}

} // namespace ntm::core
