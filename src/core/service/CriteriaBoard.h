// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "service/CommuneProgress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ntm::core {

class Database;

/// One commune row of the criteria board.
struct BoardCommune
{
    CommuneRow commune;
    CommuneProgress progress;
    bool recognised = false;
};

/// One district (or a province's communes directly under it, after 1/7/2025) with its communes, in Vietnamese
/// order.
struct BoardDistrict
{
    QString districtId;
    QString name;  ///< Without the kind, for sorting.
    QString title; ///< "Huyện Đức Thọ"
    QList<BoardCommune> communes;
};

/// A column of the board: a criterion number with the name it has in the most common set shown.
struct BoardColumn
{
    int number = 0;
    QString name;
};

/// The communes × criteria grid as of a date.
struct CriteriaBoardData
{
    QDate asOf;
    QList<BoardColumn> columns;
    QList<BoardDistrict> districts;
    int communeCount() const;
};

/// What the board may be narrowed to.
struct BoardFilter
{
    QString provinceId;
    QString districtId;
    enum class Recognition
    {
        Any,
        Recognised,
        NotYet
    } recognition = Recognition::Any;
};

/// Builds the criteria board: the communes judged by the programme (xã) on the date, each criterion's status
/// under the set in force for the commune then.
class CriteriaBoardService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriteriaBoardService)

public:
    explicit CriteriaBoardService(Database& db) : m_db(db) {}

    Result<CriteriaBoardData> load(const QDate& asOf, const BoardFilter& filter = {});

private:
    Database& m_db;
};

} // namespace ntm::core
