// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ntm::core {

/// A village recognised as a model residential area (khu dân cư NTM kiểu mẫu, khu dân cư mẫu) by a decision.
struct VillageModelArea
{
    QString id;
    QString communeId;
    QString villageId;
    QString decisionNo;
    QDate decidedOn;
    QString issuingBody;
    QDate endedOn; ///< The recognition was withdrawn (or ended) on this date; invalid while it holds.
    QString note;
    bool illustrative = false;
    int rowVersion = 1;

    bool activeOn(const QDate& d) const { return decidedOn <= d && (!endedOn.isValid() || d < endedOn); }
};

/// How many of a village's household gardens were recognised model gardens (vườn mẫu) on a date.
struct VillageGardenCount
{
    QString id;
    QString communeId;
    QString villageId;
    QDate countedOn;
    int gardens = 0;
    QString decisionNo;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;
};

/// A merge, split or rename between villages; `communeId` is the successor's commune.
struct VillageLink
{
    QString id;
    QString communeId;
    QString predecessorId;
    QString successorId;
    QDate effectiveOn;
    QString kind; ///< merge, split, rename
    QString act;
    bool verified = true;
    QString note;
    int rowVersion = 1;
};

/// A province's rule for how its villages feed a commune criterion (Hà Tĩnh's criterion 20): what is measured and
/// the threshold when known. `verified` is false when the rule is not in our sources: it is shown, never enforced.
struct VillageCriterionRule
{
    QString id;
    QString provinceId;
    QString criterionId;
    QString indicatorId;
    VillageMeasure measure = VillageMeasure::ModelAreaShare;
    std::optional<double> threshold; ///< At least this much meets the rule; unknown when empty.
    bool verified = false;
    QString source;
    QString note;
    int rowVersion = 1;
};

} // namespace ntm::core
