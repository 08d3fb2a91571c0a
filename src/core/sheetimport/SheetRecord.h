// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "exchange/Sheet.h"
#include "sheetimport/ColumnMapping.h"
#include "sheetimport/SheetImportPreview.h"
#include "util/Issue.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <optional>

namespace ntm::core {

/// One data row seen through the column mapping: its values by field, read with SheetValueParser, and the
/// problems found while reading and checking it, each located by row and column as the user sees the sheet.
/// A field gets one error at most: the first is the one to fix, later ones would only repeat it.
class SheetRecord final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetRecord)

public:
    /// `row` is the 0-based index into sheet.rows.
    SheetRecord(const QList<SheetCell>& cells, int row, const ColumnMapping& mapping);

    /// The spreadsheet's row number.
    int rowNumber() const { return m_row + 1; }
    /// True when no mapped column has a value (an empty or numbered-only row).
    bool isBlank() const;
    bool has(SheetField field) const;
    /// True when a column fills `field`.
    bool mapped(SheetField field) const { return m_mapping.column(field) >= 0; }
    QString text(SheetField field) const;
    /// Errors for values that cannot be read; an empty cell gives an invalid date or nullopt.
    QDate date(SheetField field);
    std::optional<Gender> gender();
    std::optional<RotationKind> kind();
    std::optional<Evaluation> evaluation();

    void error(SheetField field, const QString& message);
    void warning(SheetField field, const QString& message);
    /// Adds the findings of a rule check; their field keys (RotationRules', OfficialService's) name the column.
    void addIssues(const Issues& issues);
    bool hasError(SheetField field) const { return m_failed.contains(field); }
    bool hasErrors() const { return !m_failed.isEmpty(); }
    const QList<SheetImportProblem>& problems() const { return m_problems; }
    /// The outcome for the preview: Error, Warning or Valid after the problems found.
    SheetRowOutcome outcome(const QString& label) const;

private:
    const SheetCell* cell(SheetField field) const;
    void add(SheetField field, const QString& message, bool warning);

    const QList<SheetCell>& m_cells;
    int m_row;
    const ColumnMapping& m_mapping;
    QList<SheetImportProblem> m_problems;
    QSet<SheetField> m_failed;
};

} // namespace ntm::core
