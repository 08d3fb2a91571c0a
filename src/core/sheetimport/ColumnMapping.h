// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/Sheet.h"
#include "sheetimport/SheetField.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace ntm::core {

/// One column of the sheet as the mapping step shows it.
struct MappedColumn
{
    int column = 0; ///< 0 = column A.
    QString header; ///< The header as written (line breaks and runs of spaces made single spaces).
    SheetField field = SheetField::None;
    bool overridden = false; ///< Set by the caller rather than recognised from the header.
};

/// Which column of a sheet fills which field: recognised from the usual Vietnamese and English headers (case,
/// diacritics, punctuation and extra spaces ignored, a trailing "(dd/mm/yyyy)" too), then overridable column by
/// column for the import dialog's mapping step. A field is filled by one column at most.
///
/// Headers that mean different things in different sheets are settled per kind (docs/spreadsheet-import.md):
/// "Đơn vị" is the official's home unit in an officials sheet and the unit the official leaves ("from unit") in a
/// rotations sheet; "Chức vụ" is the official's position in an officials sheet and the position in the commune in
/// a rotations sheet, unless another column says so more precisely ("Chức vụ tại xã"), in which case a plain
/// "Chức vụ" becomes the position the official leaves.
class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ColumnMapping)

public:
    ColumnMapping() = default;

    /// The mapping recognised from the headers in `headerRow` (0-based index into sheet.rows).
    static ColumnMapping recognise(SheetImportKind kind, const Sheet& sheet, int headerRow);
    /// The header row most likely meant, 0-based: the first of the first rows that names two known fields,
    /// one of them the official's name (lists often start with a title or the issuing body above the table);
    /// else the first row that is not empty.
    static int findHeaderRow(SheetImportKind kind, const Sheet& sheet);
    /// The field a header names in a sheet of `kind`, ignoring what other columns say; None when unknown.
    static SheetField fieldOf(SheetImportKind kind, const QString& header);

    /// "A" for column 0, "Z" for 25, "AA" for 26: the column as spreadsheets name it.
    static QString columnName(int column);

    /// Maps `column` to `field` (None: the column is not imported); a column that filled `field` before no
    /// longer does. Fields of another kind, and columns beyond a spreadsheet's last (XFD), are refused (false).
    bool set(int column, SheetField field);
    /// Applies set() for each entry.
    void apply(const QHash<int, SheetField>& overrides);

    SheetImportKind kind() const { return m_kind; }
    /// 0-based index of the header row in sheet.rows (the spreadsheet's row headerRow() + 1).
    int headerRow() const { return m_headerRow; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    const QList<MappedColumn>& columns() const { return m_columns; }
    SheetField field(int column) const;
    /// The column that fills `field`, or -1.
    int column(SheetField field) const;
    /// The header of the column that fills `field`, or the field's label when no column does.
    QString header(SheetField field) const;
    /// Required fields of the kind that no column fills.
    QList<SheetField> missingRequired() const;

private:
    void assign(int column, SheetField field);

    SheetImportKind m_kind = SheetImportKind::Officials;
    int m_headerRow = 0;
    QList<MappedColumn> m_columns;
    /// Column of each field (-1: none), so that reading a row does not search a sheet of 16,384 columns.
    std::array<int, static_cast<int>(SheetField::Evaluation) + 1> m_columnOf = filledWithNone();

    static constexpr std::array<int, static_cast<int>(SheetField::Evaluation) + 1> filledWithNone()
    {
        std::array<int, static_cast<int>(SheetField::Evaluation) + 1> a{};
        a.fill(-1);
        return a;
    }
};

} // namespace ntm::core
