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

    /// The target for a commune of `group` (0 = no group): the group's own target, else the general one.
    QString targetFor(int group) const;
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
    QList<CommuneGroupDef> communeGroups;
    QList<Criterion> criteria;

    /// "QD1980-2016" or "QD1980-2016 v2".
    QString displayCode() const;
    const Criterion* criterionByNumber(int number) const;
};

QString indicatorKindKey(IndicatorKind kind);
bool parseIndicatorKind(const QString& key, IndicatorKind* out);

} // namespace ntm::core
