// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// Which set applies from which date, to a province or to one commune.
struct SetAssignment
{
    QString id;
    QString setId;
    QString provinceId; ///< Set for a province-wide assignment...
    QString communeId;  ///< ...or for one commune; exactly one of the two.
    QDate validFrom;
    QString note;
    bool assumption = false; ///< Made without a source (the note says what is assumed).
};

/// A commune's group (1–3) under a set with groups, from a date.
struct CommuneGroupAssignment
{
    QString id;
    QString communeId;
    int group = 0;
    QDate validFrom;
    bool illustrative = false; ///< Generated (the demo's groups have no source).
    QString note;
};

/// Criteria sets with their criteria, indicators and per-group targets; set assignments; commune groups.
/// Ids of criteria and indicators are derived from the set code, version and numbers, so the same shipped
/// set has the same ids in every database.
class CriteriaStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriteriaStore)

public:
    explicit CriteriaStore(Database& db) : m_db(db) {}

    /// Fills ids (set, criteria, indicators) from code and version; call before insertSet().
    static void assignIds(CriteriaSet& set);

    Status insertSet(const CriteriaSet& set);
    /// Replaces the criteria and indicators of an unused set (same id, same version).
    Status replaceContent(const CriteriaSet& set);
    /// Every set with its criteria and indicators, oldest first.
    Result<QList<CriteriaSet>> sets();
    /// Versions of one code, highest first.
    Result<QList<CriteriaSet>> versionsOf(const QString& code);
    /// True when assessments, plans, meetings or crosswalks refer to the set's criteria.
    Result<bool> isUsed(const QString& setId);

    Status insertAssignment(const SetAssignment& a);
    Status removeAssignment(const QString& id);
    Result<QList<SetAssignment>> assignments();
    Status insertCommuneGroup(const CommuneGroupAssignment& g);
    Status removeCommuneGroup(const QString& id);
    Result<QList<CommuneGroupAssignment>> communeGroups(const QString& communeId = {});

private:
    Status insertCriteria(const CriteriaSet& set);
    Database& m_db;
};

} // namespace ntm::core
