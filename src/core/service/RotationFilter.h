// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace ntm::core {

/// Where a rotation stands on a date.
enum class RotationState
{
    Upcoming,   ///< decided, the term has not started
    Active,     ///< in the commune
    EndingSoon, ///< active, and the term ends within the "ending soon" days
    Overdue,    ///< the planned end has passed but no actual end was recorded
    Ended       ///< an actual end on or before the day before the date
};

/// One row of the rotations table: the decision with the names a user reads and searches.
struct RotationListRow
{
    Rotation rotation;
    QString officialName;
    QString communeName;  ///< As called at the start of the term.
    QString communeTitle; ///< "Xã Đức Yên"
    QString districtId;   ///< District of the commune at the start (empty after 1/7/2025).
    QString districtName;
    QString searchKey; ///< Folded official, commune and decision number, for the free-text filter.
};

/// The filters of the rotations table, all applied together. The rules live here, not in the view.
class RotationFilter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationFilter)

public:
    QString districtId;
    QString communeId;
    std::optional<RotationKind> kind;
    /// Active also matches EndingSoon and Overdue (they are active too).
    std::optional<RotationState> state;
    QDate from; ///< Terms that overlap [from, to]; an invalid date leaves that side open.
    QDate to;
    QDate asOf;
    int endingSoonDays = 90;

    /// Free text over official, commune and decision number; diacritics and case ignored, words in any order.
    void setText(const QString& text);
    QString text() const { return m_text; }

    bool accepts(const RotationListRow& row) const;

    /// The state of a rotation on `asOf`.
    static RotationState stateOf(const Rotation& r, const QDate& asOf, int endingSoonDays);
    static QString label(RotationState state);
    /// The search key of a row (folded official, commune and decision number).
    static QString searchKey(const QString& official, const QString& commune, const QString& decisionNo);

private:
    QString m_text;
    QStringList m_words;
};

} // namespace ntm::core
