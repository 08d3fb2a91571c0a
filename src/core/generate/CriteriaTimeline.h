// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"

#include <QByteArray>
#include <QDate>
#include <QList>

namespace ntm::core::generate {

/// The national criteria sets in the order they came into force (491 from 2009, 1980 from 1/12/2016, 318 from
/// 8/3/2022, 51/2025 from 15/2/2026), with their ids ready for writing. Every commune of the synthetic country is
/// judged by these: it has no provincial set of its own.
class CriteriaTimeline final
{
public:
    struct Set
    {
        QByteArray id;
        QByteArray family;
        QDate from;
        QList<QByteArray> criterionIds; ///< By number: criterionIds[n - 1].
        int size() const { return static_cast<int>(criterionIds.size()); }
    };

    explicit CriteriaTimeline(const QList<CriteriaSet>& stored);

    /// Index of the set in force on `date`, -1 before the first.
    int setOn(const QDate& date) const;
    const Set& set(int index) const { return m_sets.at(index); }
    const QList<Set>& sets() const { return m_sets; }
    /// The first day of a set of another family than the first (the ten criteria of 2026–2030): numbered
    /// criteria are assessed until the day before. Invalid when there is none.
    QDate newFamilyFrom() const;

private:
    QList<Set> m_sets;
};

} // namespace ntm::core::generate
