// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// What happened in a commune while a rotated official was there.
struct RotationImpactRow
{
    Rotation rotation;
    QString officialName;
    QString communeName;  ///< As the commune was called at the start of the term.
    QString districtName; ///< District of the commune at the start (empty after 1/7/2025).
    QDate end;            ///< Actual end; invalid while active.
    QDate measuredAt;     ///< The end, or the as-of date while active.
    int metAtStart = 0;
    int totalAtStart = 0;
    int metAtEnd = 0;
    int totalAtEnd = 0;
    int gained = 0;          ///< metAtEnd − metAtStart; meaningful only when !setChanged.
    bool setChanged = false; ///< The criteria changed shape during the term (another family or number of criteria):
                             ///< the two counts are of different sets and are not compared.
    QDate recognisedOn;      ///< First NTM recognition on or after the start, up to the as-of date.
    std::optional<int> monthsToRecognition; ///< Whole months from start to recognition.
};

/// Rotation impact: criteria met at the start and at the end (or as of the date while active), the gain,
/// and months from the start to the commune's recognition when it came during or after the term.
class RotationImpactService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationImpactService)

public:
    explicit RotationImpactService(Database& db) : m_db(db) {}

    /// One row per rotation started on or before `asOf`, by start date.
    Result<QList<RotationImpactRow>> all(const QDate& asOf);
    /// Rows for the given rotations only.
    Result<QList<RotationImpactRow>> of(const QList<Rotation>& rotations, const QDate& asOf);

    /// The gain as shown: "+11", or "set changed (19/19 → 6/10)" when the counts are of different sets.
    static QString gainText(const RotationImpactRow& row);

private:
    Database& m_db;
};

} // namespace ntm::core
