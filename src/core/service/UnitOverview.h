// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ntm::core {

class Database;

/// One commune in the overview: its criteria met as of the date and whether it is recognised.
struct CommuneOverview
{
    CommuneRow commune;
    int met = 0;
    int total = 0;
    QString setCode;
    bool recognised = false;
    bool inProgramme = true; ///< xã are judged by the programme; phường and thị trấn are not.
};

/// A district (or, after 1/7/2025, the province itself) with its communes.
struct DistrictOverview
{
    QString districtId; ///< Empty for communes directly under the province.
    QString name;       ///< Name without the kind, for sorting.
    QString title;      ///< "Huyện Đức Thọ"
    QString code;
    QList<CommuneOverview> communes;
    int met() const;
    int recognised() const;
    int programmeCommunes() const;
};

/// Districts and their communes as of a date, in Vietnamese order, with criteria met and recognition:
/// what the main window lists.
class UnitOverviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::UnitOverviewService)

public:
    explicit UnitOverviewService(Database& db) : m_db(db) {}

    Result<QList<DistrictOverview>> overview(const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
