// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "sheetimport/PreparedRow.h"
#include "sheetimport/SheetRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace ntm::core {

/// Checks the rows of an officials sheet: OfficialService's rules, and the rule that keeps a second import of
/// the same sheet from doubling the register: an official with the same name (case and diacritics ignored) and
/// the same birth date (or both without one) as one in the register is "already present" and left as it is;
/// twice in the same sheet is an error.
class OfficialSheetCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OfficialSheetCheck)

public:
    OfficialSheetCheck(const QList<Official>& registered, const QDate& today);

    PreparedRow check(SheetRecord& record);
    /// The home district given to every official of the sheet (the sheets have no such column): the district
    /// of the personnel officer who imports them; empty for others.
    void setHomeDistrict(const QString& districtId) { m_homeDistrictId = districtId; }

    /// The identity used for "already present": folded name and ISO birth date.
    static QString identity(const QString& fullName, const QDate& birthDate);

private:
    void warnAboutNamesakes(SheetRecord& record, const Official& o) const;

    QHash<QString, Official> m_registered;    ///< By identity().
    QHash<QString, QList<Official>> m_byName; ///< By folded name.
    QHash<QString, int> m_rowOf;              ///< identity() → first row of the sheet with it.
    QDate m_today;
    QString m_homeDistrictId;
};

} // namespace ntm::core
