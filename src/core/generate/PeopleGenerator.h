// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "domain/People.h"
#include "generate/GenerateOptions.h"
#include "generate/GeneratedIds.h"
#include "generate/NationalUnits.h"

#include <QHash>
#include <QList>

#include <functional>

namespace ntm::core::generate {

/// Generates the officials of the synthetic country and their rotations into communes: each official comes from
/// a district's agency and serves one to three terms, one after another (never two at once), in communes of that
/// district before the reform and of the province after it; decision numbers rise per issuing body, so each is
/// unique there. Terms that ended before the horizon are closed with an end reason and an evaluation.
class PeopleGenerator final
{
public:
    /// Receives one official with its rotations (in date order); returns false to stop.
    using Sink = std::function<bool(const Official&, const QList<Rotation>&)>;

    PeopleGenerator(const GenerateOptions& options, const NationalUnits& units, demo::DemoRandom& rng);

    /// Returns false when the sink stopped it.
    bool generate(const Sink& sink);

private:
    QList<int> rotationCounts() const;
    Official newOfficial(int district, const QDate& firstStart);
    bool placeTerm(Rotation& r, int district, QDate start);
    void closeTerm(Rotation& r);
    QString decisionNumber(const QString& body, const QString& suffix);
    QString issuingBody(int district, bool afterReform, QString* suffix) const;

    const GenerateOptions& m_options;
    const NationalUnits& m_units;
    demo::DemoRandom& m_rng;
    GeneratedIds m_officialIds;
    GeneratedIds m_rotationIds;
    QHash<QString, int> m_decisionCounters;
    QList<QList<int>> m_byDistrict; ///< Communes (xã) of each district before the reform.
    QList<QList<int>> m_byProvince; ///< Communes (xã) of each province after it.
};

} // namespace ntm::core::generate
