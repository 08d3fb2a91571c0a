// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core::demo {

/// A published recognition of a named commune (shared/reference/progress-figures.md) the demo reproduces.
struct NamedRecognition
{
    QString name;     ///< The commune's name on the date.
    QString district; ///< Its district code then.
    RecognitionTier tier = RecognitionTier::Ntm;
    QDate date;         ///< The decision's date, or a date in the published round.
    QString decisionNo; ///< Empty: illustrative number.
    bool realDate = false;
    QString source;
};

/// The published facts the demo is calibrated on that name communes: the 30 xã not yet recognised at the end
/// of 2019 and when they were, the merged communes re-recognised by QĐ 3368/QĐ-UBND (20/12/2023), and the tiers
/// (first nâng cao in 2019, first kiểu mẫu in December 2020, Tượng Sơn NTM 2015, nâng cao 2019, kiểu mẫu 2021).
class DemoFacts final
{
public:
    /// Recognitions named in the sources (NTM after 2019 and every named nâng cao and kiểu mẫu).
    static const QList<NamedRecognition>& named();
    /// Merged communes of 2020 re-recognised by QĐ 3368/QĐ-UBND of 20/12/2023 (baohatinh.vn 254096), with their
    /// district code on 2023-12-20.
    static const QList<QPair<QString, QString>>& reRecognised3368();
    static const QDate k3368;
    /// 17/1/2024 (baohatinh.vn post260401): every xã NTM, 60 nâng cao, 15 kiểu mẫu.
    static const QDate kAllRecognised;
    static constexpr int kNangCaoOnAllRecognised = 60;
    static constexpr int kKieuMauOnAllRecognised = 15;
};

} // namespace ntm::core::demo
