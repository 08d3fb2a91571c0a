// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace ntm::core::demo {

/// The two criterion families of the demo: the numbered 19/20 criteria (491, 1980, 318, Hà Tĩnh's 20th)
/// and the ten criteria of 2026–2030.
inline const QString kFamily19 = QStringLiteral("vn-19");
inline const QString kFamily2026 = QStringLiteral("vn-2026");

/// An assessment the demo will record: criterion by number within its family.
struct PlannedEvent
{
    QDate date;
    QString family;
    int number = 0;
    CriterionStatus status = CriterionStatus::NotAssessed;
    QString note;
};

struct PlannedRecognition
{
    QDate date;
    RecognitionTier tier = RecognitionTier::Ntm;
    QString decisionNo;
    QString note;
    QDate endedOn; ///< A withdrawal; mergers end recognitions when they are recorded (MergerService).
    QString endReason;
    bool illustrative = true; ///< False only for a decision with its number and date from a source.
};

/// A dated fact the calibration must respect: "on this date the commune meets exactly this many".
struct Anchor
{
    QDate date;
    int met = 0;
};

/// When a rotated official led the commune (events are denser inside these periods).
struct Tenure
{
    QDate from;
    QDate to;
};

/// Everything the demo plans for one commune identity.
struct CommunePlan
{
    QString communeId;
    QString districtCode;
    double strength = 0.5;   ///< 0..1: how early the commune progresses.
    int recognitionYear = 0; ///< First NTM recognition year planned; 0 when none yet, -1 not before 2020.
    QDate recognisedOn;
    QDate lastDay; ///< Its last day as a xã of 2011–2019 (8/4/2015 for the xã that became phường of thị xã Kỳ Anh).
    bool illustrative = true;
    QList<Tenure> tenures;
    QList<Anchor> forced; ///< Fixed counts (the article's stories).
    QList<int> order;     ///< Order in which its numbered criteria become met.
    QList<PlannedEvent> events;
    QList<PlannedRecognition> recognitions;
    QString eventNote; ///< Note for generated events.
};

using PlanMap = QHash<QString, CommunePlan>;

} // namespace ntm::core::demo
