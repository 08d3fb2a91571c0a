// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Vocabulary.h"
#include "generate/CriteriaTimeline.h"
#include "generate/GenerateOptions.h"
#include "generate/NationalUnits.h"

#include <QDate>
#include <QList>

#include <array>

namespace ntm::core::generate {

/// An assessment event to write: criterion `number` of set `set` (an index into the timeline).
struct GenEvent
{
    QDate date;
    int set = 0;
    int number = 0;
    CriterionStatus status = CriterionStatus::NotAssessed;
};

struct GenRecognition
{
    QDate decided;
    RecognitionTier tier = RecognitionTier::Ntm;
    QDate ended; ///< The reform date for a commune merged then; invalid while it holds.
};

/// What a commune's history holds: its events in date order, its recognitions, and the status of each numbered
/// criterion when it stopped being assessed under the numbered sets (what a merged commune inherits).
struct CommuneHistory
{
    QList<GenEvent> events;
    QList<GenRecognition> recognitions;
    std::array<CriterionStatus, 20> last{}; ///< By number (index 0 unused).
};

/// Simulates the criteria histories of the synthetic communes. Before the reform a commune moves from a few
/// criteria met to all 19 along its own line (stronger communes earlier), with a full review when a new set
/// comes in (stricter: a commune not yet recognised loses a few, then catches up), a yearly review of some
/// criteria, and its NTM recognition once all are met. Merged communes start from the weakest status of their
/// parts; from 2026 the ten criteria of 51/2025 are assessed in two rounds a year.
class ProgressSimulator final
{
public:
    ProgressSimulator(const GenerateOptions& options, const CriteriaTimeline& timeline);

    /// The year a commune aims at (commune.target_year), from its strength.
    static int targetYear(const GenCommune& commune);

    /// `parts` holds the histories of the communes merged into `commune` (empty for others).
    CommuneHistory simulate(const GenCommune& commune, const QList<const CommuneHistory*>& parts,
                            demo::DemoRandom& rng) const;

private:
    struct Line;
    void numberedEra(const GenCommune& commune, CommuneHistory& h, demo::DemoRandom& rng) const;
    void afterMerger(const GenCommune& commune, const QList<const CommuneHistory*>& parts, CommuneHistory& h,
                     demo::DemoRandom& rng) const;
    void review(CommuneHistory& h, const QDate& date, const std::array<CriterionStatus, 20>& target, bool full,
                demo::DemoRandom& rng) const;
    void tenCriteriaRounds(const GenCommune& commune, CommuneHistory& h, demo::DemoRandom& rng) const;
    QList<QDate> reviewDates(const QDate& first, const QDate& last, QList<QDate>& full, demo::DemoRandom& rng) const;
    QDate numberedEnd(const GenCommune& commune) const;

    const GenerateOptions& m_options;
    const CriteriaTimeline& m_timeline;
    QDate m_newFamilyFrom;
};

} // namespace ntm::core::generate
