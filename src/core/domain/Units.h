// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// A period is valid from `from` to `to`, both inclusive; an invalid date means open on that side.
inline bool coversDate(const QDate& from, const QDate& to, const QDate& d)
{
    return (!from.isValid() || from <= d) && (!to.isValid() || d <= to);
}

struct Province
{
    QString id;
    QString code;
    QString name;
};

/// A district (huyện, thị xã, thành phố). Districts ended on 30/6/2025.
struct District
{
    QString id;
    QString provinceId;
    QString code;
    QString name;
    DistrictKind kind = DistrictKind::Huyen;
    QDate validFrom;
    QDate validTo;
    QString note;

    QString title() const { return Vocabulary::districtTitle(kind, name); }
    bool existsOn(const QDate& d) const { return coversDate(validFrom, validTo, d); }
};

/// What a commune was called, what kind it was and where it belonged, for a dated period.
struct CommunePeriod
{
    QString id;
    QDate validFrom;
    QDate validTo;
    QString code;
    QString name;
    CommuneKind kind = CommuneKind::Xa;
    QString districtId; ///< Empty from 1/7/2025: communes belong to the province directly.
};

/// A commune identity with its dated periods (rename, move, type change keep the identity).
struct Commune
{
    QString id;
    QString provinceId;
    QDate validFrom;
    QDate validTo;
    int targetYear = 0;
    bool illustrative = false;
    QString note;
    int rowVersion = 1;
    QList<CommunePeriod> periods; ///< In date order.

    /// The period covering `d`, else the nearest one (the last before, or the first after).
    const CommunePeriod* periodOn(const QDate& d) const;
    bool existsOn(const QDate& d) const { return coversDate(validFrom, validTo, d); }
};

/// A merge, split or rename between two commune (or district) identities.
struct LineageLink
{
    QString id;
    QString predecessorId;
    QString successorId;
    QDate effectiveOn;
    QString kind; ///< merge, split, rename
    QString act;
    bool verified = true;
    QString note;
    QString reformId; ///< The reform (lineage event) a commune merger belongs to; empty: by its date, if any.
};

/// One row of a list of communes as of a date: the identity with the period that applies.
struct CommuneRow
{
    QString id;
    QString code;
    QString name;
    CommuneKind kind = CommuneKind::Xa;
    QString districtId;
    QString districtName;
    QString districtTitle; ///< The district with its kind: "Thành phố Hà Tĩnh", "Huyện Kỳ Anh", "Thị xã Kỳ Anh".
    QString provinceId;
    int targetYear = 0;
    bool illustrative = false;

    QString title() const { return Vocabulary::communeTitle(kind, name); }
};

} // namespace ntm::core
