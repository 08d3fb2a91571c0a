// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoRandom.h"
#include "demo/DemoUnits.h"
#include "domain/People.h"

#include <QList>
#include <QSet>

namespace ntm::core::demo {

/// Generated (illustrative) officials and rotation decisions: district officials sent to lagging communes
/// 2012–6/2025, provincial officials sent to the new communes after 1/7/2025. Every decision obeys the
/// rotation rules (no overlaps, unique numbers, the commune exists for the whole term).
class DemoRotations final
{
public:
    DemoRotations(const DemoUnits& units, DemoRandom& rng, QSet<QString> excludedCommunes)
        : m_units(units), m_rng(rng), m_excluded(std::move(excludedCommunes))
    {
    }

    /// Generates rotations starting up to `horizon`; `strength` ranks communes (weak ones get officials).
    void generate(const PlanMap& plans, const QDate& horizon);

    const QList<Official>& officials() const { return m_officials; }
    const QList<Rotation>& rotations() const { return m_rotations; }

private:
    void generateDistrictRotations(const PlanMap& plans, int year, const QDate& horizon);
    void generateProvincialRotations(const PlanMap& plans, const QDate& horizon);
    bool placeRotation(Rotation& r, const Commune& commune, const QDate& horizon);
    Official newOfficial(int startYear, const QString& homeUnit, const QString& position, const QString& districtId);
    QString nextDecision(const QString& body, int year, const QString& suffix);

    const DemoUnits& m_units;
    DemoRandom& m_rng;
    QSet<QString> m_excluded;
    QList<Official> m_officials;
    QList<Rotation> m_rotations;
    QHash<QString, int> m_decisionCounters;
};

} // namespace ntm::core::demo
