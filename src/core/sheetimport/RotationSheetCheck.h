// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "domain/Units.h"
#include "service/RotationRules.h"
#include "sheetimport/OfficialMatcher.h"
#include "sheetimport/PreparedRow.h"
#include "sheetimport/SheetRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>

#include <map>
#include <optional>

namespace ntm::core {

class Database;

/// Checks the rows of a rotations sheet with RotationRules, against the database and against the earlier rows
/// of the same sheet: the official is found by name (OfficialMatcher), the commune by name as of the start
/// date (UnitLookup); terms of one official must not overlap, in the database or in the sheet; a decision
/// number is used once per issuing body, in the database and in the sheet. The database is read once (load()),
/// so that a sheet of ten thousand rows is checked without ten thousand queries of each kind.
class RotationSheetCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationSheetCheck)

public:
    RotationSheetCheck(Database& db, bool createUnknownOfficials, const QDate& today);

    Status load();
    PreparedRow check(SheetRecord& record);

private:
    struct SheetRotation
    {
        int row = 0;
        Rotation rotation;
    };

    Rotation read(SheetRecord& record);
    std::optional<Official> resolveOfficial(SheetRecord& record, Rotation& r);
    void resolveCommune(SheetRecord& record, Rotation& r);
    /// The signed-in user may write the rotation where it lies (else an error of the row).
    void checkScope(SheetRecord& record, const Rotation& r);
    /// The one commune on `date` whose name is written exactly so (diacritics count, case does not).
    std::optional<CommuneRow> exactName(const QString& text, const QDate& date);
    RotationContext context(const Rotation& r);
    void checkAgainstSheet(SheetRecord& record, const Rotation& r);
    void remember(int row, const Rotation& r);
    const Commune* commune(const QString& id);
    QString communeName(const QString& id, const QDate& date);
    QString label(const Rotation& r, const QString& officialName);

    Database& m_db;
    bool m_create;
    QDate m_today;
    std::optional<OfficialMatcher> m_officials;
    QHash<QString, QList<Rotation>> m_byOfficial; ///< Stored rotations by official id.
    QHash<QString, QList<Rotation>> m_byCommune;  ///< Stored rotations by commune id.
    QHash<QString, QList<Rotation>> m_byDecision; ///< Stored rotations by decisionKey().
    QHash<QString, QList<SheetRotation>> m_sheetByOfficial;
    QHash<QString, int> m_sheetDecisions;                 ///< decisionKey() → first row of the sheet with it.
    std::map<QString, std::optional<Commune>> m_communes; ///< By id; a map, so pointers into it stay valid.
    QHash<QString, std::optional<CommuneRow>> m_lookups;  ///< By folded name and date; nullopt: not found.
    QHash<QString, QString> m_lookupErrors;
};

} // namespace ntm::core
