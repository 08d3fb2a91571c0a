// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace ntm::core {

/// How an indicator's value is typed and checked.
enum class IndicatorKind
{
    Boolean,
    Percent,
    Number,
    Count,
    Text
};

/// A target valid for a period within a set, for every commune group (group 0) or one group: 1980/QĐ-TTg's
/// income level by year; later, 51/2025's targets by group. The period covering a date wins over `target`.
struct TargetPeriod
{
    int group = 0; ///< 0: every group.
    QDate from;
    QDate to;       ///< Invalid: open.
    QString target; ///< As written; empty when the level is not known (then `verified` is false).
    bool verified = true;
    QString note;

    bool covers(const QDate& d) const { return from <= d && (!to.isValid() || d <= to); }
};

struct Indicator
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    QString unit;
    IndicatorKind kind = IndicatorKind::Text;
    QString direction;                 ///< "min" (at least the target), "max" (at most), or empty.
    QString target;                    ///< Target as written in the decision, e.g. "≥ 70%"; empty when not known.
    QMap<int, QString> targetsByGroup; ///< Commune group -> target (2026–2030 set).
    QString targetsByRegionJson;
    bool verified = true;
    QString note;
    QDate validFrom; ///< This version of the indicator applies from this date (invalid: from the set's start)...
    QDate validTo;   ///< ...to this one (invalid: to the set's end). 491's indicators 10 and 12 changed in 2013.
    QList<TargetPeriod> targetPeriods; ///< Targets that change over time (and by group), oldest first.

    /// The target for a commune of `group` (0 = no group): the group's own target, else the general one.
    QString targetFor(int group) const;
    /// The target on `date`: the period covering it for the group, else for every group, else targetFor(group).
    QString targetFor(int group, const QDate& date) const;
    /// The period whose target applies on `date` (nullptr: none; the undated target applies).
    const TargetPeriod* targetPeriodOn(int group, const QDate& date) const;
    /// True when this version of the indicator is in force on `date`.
    bool inForceOn(const QDate& date) const
    {
        return (!validFrom.isValid() || validFrom <= date) && (!validTo.isValid() || date <= validTo);
    }
};

struct Criterion
{
    QString id;
    int number = 0;
    QString groupCode;
    QString groupName;
    QString name;
    QString nameEn;
    bool verified = true;
    QString note;
    QList<Indicator> indicators;

    /// The indicators in force on `date` (a commune is assessed against those versions).
    QList<Indicator> indicatorsOn(const QDate& date) const;
};

/// A recognition tier a set defines, possibly before its criteria are known (51/2025's pilot tier hiện đại).
struct TierDef
{
    QString tier; ///< ntm, nang_cao, kieu_mau, hien_dai
    QString name;
    QString nameEn;
    QString basis; ///< Where in the decision: "Phụ lục II".
    bool hasCriteria = true;
    bool verified = true;
    QString note;
};

struct CommuneGroupDef
{
    int number = 0;
    QString name;
    QString nameEn;
};

/// A criteria set (one decision), e.g. 1980/QĐ-TTg with 19 criteria. Sets of one family share criterion
/// numbers so a status carries over from one to the next until the commune is assessed again.
struct CriteriaSet
{
    QString id;
    QString code;
    int version = 1;
    QString family;
    QString name;
    QString nameEn;
    QString decision;
    QString issuer;
    QDate issued;
    QDate validFrom;
    QDate validTo;
    QString scope; ///< national or provincial
    QString provinceName;
    QString baseSetCode;
    QString targetRegion;
    QString note;
    QString contentHash;
    bool assumption = false; ///< Applied in place of a set not in our sources (see note).
    QList<CommuneGroupDef> communeGroups;
    QList<TierDef> tiers;
    QList<Criterion> criteria;

    /// "QD1980-2016" or "QD1980-2016 v2".
    QString displayCode() const;
    const Criterion* criterionByNumber(int number) const;
};

QString indicatorKindKey(IndicatorKind kind);
bool parseIndicatorKind(const QString& key, IndicatorKind* out);

} // namespace ntm::core
