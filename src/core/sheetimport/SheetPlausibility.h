// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/ColumnMapping.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace ntm::core {

/// Whether a sheet is what it claims to be: a register of officials must say who each one is (the name and the
/// birth date, or the name with the home unit and the position), and the rows of any sheet of people must hold
/// people's names. A list of pets or an application form with a "Name" column is refused with a message that lists
/// the headers found and the ones expected, instead of being imported as officials.
class SheetPlausibility final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetPlausibility)

public:
    /// Why the columns cannot identify officials (officials sheets only); nullopt when they can, or when the name
    /// column itself is missing (that is reported as a missing required column).
    static std::optional<QString> identityProblem(const ColumnMapping& mapping);
    /// Why the rows are not people, given the names of the data rows; nullopt when most look like people's names.
    static std::optional<QString> peopleProblem(const ColumnMapping& mapping, const QStringList& names);
    /// A person's full name as Vietnamese registers write it: at least two words of letters (family name, middle and
    /// given names; hyphens, apostrophes and dots allowed), seven words at most; a number beside it is tolerated
    /// ("Nguyễn Văn An 2"), any other sign is not.
    static bool looksLikePersonName(const QString& name);
    /// The headers the sheet has, quoted, in column order: “Name” (A), “Species” (B).
    static QString headersFound(const ColumnMapping& mapping);
    /// The usual headers of a sheet of `kind`, required ones first.
    static QString headersExpected(SheetImportKind kind);
    /// How a column for `field` is usually headed ("Họ và tên", "Ngày sinh").
    static QString usualHeader(SheetField field);
};

} // namespace ntm::core
