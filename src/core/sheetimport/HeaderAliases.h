// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/SheetField.h"

#include <QString>

namespace ntm::core {

/// The column headers the import recognises, in Vietnamese and English, for each kind of sheet (the tables of
/// docs/spreadsheet-import.md). Headers are compared folded: case, diacritics, punctuation and extra spaces
/// ignored, and a part in brackets dropped.
class HeaderAliases final
{
public:
    /// A known header and the fields it may name, in order of preference: the second is for a vague header
    /// ("Chức vụ") when a more precise column already fills the first.
    struct Alias
    {
        QString text; ///< Folded.
        SheetField first = SheetField::None;
        SheetField second = SheetField::None;
    };

    /// The alias the whole header is, or nullptr.
    static const Alias* exact(SheetImportKind kind, const QString& header);
    /// The longest alias the header starts with, whole words only ("Họ và tên cán bộ được luân chuyển"), or
    /// nullptr. One-word aliases are too vague for this ("Tên xã" is not a name), except "Xã" in a rotations sheet.
    static const Alias* prefix(SheetImportKind kind, const QString& header);
    /// Folded, every run of punctuation and spaces made one space: "Số QĐ" and "so  qd." agree.
    static QString normalise(const QString& header);
};

} // namespace ntm::core
