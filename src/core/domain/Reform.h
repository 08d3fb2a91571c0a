// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

namespace ntm::core {

/// An administrative reform: the lineage event under which communes were merged (the 2019–2021 arrangement, the
/// 1/7/2025 reform…), with the rule for what a merger does to the merged communes' recognitions, the text that
/// sets it and whether that text was checked. An administrator can edit the rule; core applies it when a merger
/// is recorded and whenever figures are computed (RecognitionLedger).
struct Reform
{
    QString id;
    QString code; ///< "vn-2019-2021"
    QString name;
    QString nameEn;
    QDate startsOn; ///< The first day of the mergers it covers.
    QDate endsOn;   ///< The last day; invalid: open.
    QString act;
    RecognitionRule rule = RecognitionRule::KeptIfAllHeld;
    QString ruleSource; ///< "3372/BNN-VPĐP"; empty when no text is known.
    bool ruleVerified = false;
    QString note;
    int rowVersion = 1;

    bool covers(const QDate& d) const { return startsOn <= d && (!endsOn.isValid() || d <= endsOn); }
};

} // namespace ntm::core
