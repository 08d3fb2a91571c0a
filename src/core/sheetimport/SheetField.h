// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ntm::core {

/// What a spreadsheet import creates: officials for the register, or rotation decisions.
enum class SheetImportKind
{
    Officials,
    Rotations
};

/// A field a spreadsheet column can fill. In a rotations sheet FullName, Gender and BirthDate describe the
/// official (to find them in the register, or to create them), Note is the rotation's note.
enum class SheetField
{
    None,
    FullName,
    Gender,
    BirthDate,
    HomeUnit,
    Position,
    Phone,
    Note,
    Kind,
    DecisionNo,
    DecisionDate,
    IssuingBody,
    FromUnit,
    FromPosition,
    Commune,
    ToPosition,
    StartDate,
    PlannedEnd,
    ActualEnd,
    Evaluation,
};

/// One target of the column-mapping step, as the import dialog lists it.
struct SheetFieldInfo
{
    SheetField field = SheetField::None;
    QString key;   ///< Stable ASCII key, the same as the rules' field names ("birth_date", "decision_no").
    QString label; ///< Translated label for the mapping step.
    bool required = false;
};

/// The fields each kind of sheet can fill, with their keys and translated labels: the vocabulary of the
/// column-mapping step, shared by the import, the CLI and the GUI's mapping dialog.
class SheetFields final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetFields)

public:
    /// The fields of `kind` in the order a form shows them (None excluded).
    static QList<SheetFieldInfo> of(SheetImportKind kind);
    /// The same fields without their labels, for code that reads every row.
    static const QList<SheetField>& list(SheetImportKind kind);
    static QString key(SheetField field);
    /// Parses a key; also accepts "official" (the rules' name for the official of a rotation).
    static std::optional<SheetField> fromKey(const QString& key);
    static QString label(SheetField field, SheetImportKind kind);
    static bool isRequired(SheetField field, SheetImportKind kind);
    static bool isDate(SheetField field);
    static bool belongsTo(SheetField field, SheetImportKind kind);
    /// "officials" / "rotations", and back (nullopt for anything else).
    static QString kindKey(SheetImportKind kind);
    static std::optional<SheetImportKind> kindFromKey(const QString& key);
};

} // namespace ntm::core
