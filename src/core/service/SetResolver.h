// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "store/CriteriaStore.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace ntm::core {

class Database;

/// Decides which criteria set is in force for a commune on a date.
///
/// Candidates are national sets (from their valid_from), province-wide assignments and commune assignments;
/// the one with the latest start on or before the date wins (on the same day: commune, then province, then
/// national). A set code with several versions resolves to its highest version. A set stays in force until
/// the next one starts, whatever its nominal end.
class SetResolver final
{
public:
    /// Loads every set with its criteria and every assignment (a few hundred rows).
    static Result<SetResolver> load(Database& db);

    /// The set in force, or nullptr when none applies yet (before the programme).
    const CriteriaSet* setFor(const QString& communeId, const QString& provinceId, const QDate& date) const;
    /// The date from which setFor(commune, province, date) applies (its winning start).
    QDate setStart(const QString& communeId, const QString& provinceId, const QDate& date) const;
    /// Dates on which the set in force for the commune changes (for timelines).
    QList<QDate> changeDates(const QString& communeId, const QString& provinceId) const;
    const CriteriaSet* setById(const QString& id) const;
    const QList<CriteriaSet>& sets() const { return m_sets; }
    /// The commune's group (1–3) on the date, 0 when none was set.
    int groupOf(const QString& communeId, const QDate& date) const;
    /// The row that gives the commune's group on the date (nullptr: none), with its illustrative mark and note.
    const CommuneGroupAssignment* groupRowOf(const QString& communeId, const QDate& date) const;
    /// True when the set in force is applied as an assumption, or its assignment is one.
    bool assumedOn(const QString& communeId, const QString& provinceId, const QDate& date) const;

private:
    struct Candidate
    {
        QDate from;
        int priority = 0; ///< 0 national, 1 province, 2 commune
        QString setId;
        bool assumption = false;
    };
    const Candidate* winner(const QString& communeId, const QString& provinceId, const QDate& date) const;
    const CriteriaSet* latestVersion(const QString& setId) const;

    QList<CriteriaSet> m_sets;
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_latestByCode;
    QList<Candidate> m_national;
    QHash<QString, QList<Candidate>> m_byProvince;
    QHash<QString, QList<Candidate>> m_byCommune;
    QHash<QString, QList<CommuneGroupAssignment>> m_groups;
};

} // namespace ntm::core
