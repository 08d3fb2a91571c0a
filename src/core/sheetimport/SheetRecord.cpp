// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetRecord.h"

#include "sheetimport/SheetValueParser.h"

namespace ntm::core {

SheetRecord::SheetRecord(const QList<SheetCell>& cells, int row, const ColumnMapping& mapping)
    : m_cells(cells), m_row(row), m_mapping(mapping)
{
}

const SheetCell* SheetRecord::cell(SheetField field) const
{
    const int c = m_mapping.column(field);
    return c >= 0 && c < m_cells.size() ? &m_cells.at(c) : nullptr;
}

bool SheetRecord::isBlank() const
{
    for (SheetField field : SheetFields::list(m_mapping.kind())) {
        if (has(field)) {
            return false;
        }
    }
    return true;
}

bool SheetRecord::has(SheetField field) const
{
    return !text(field).isEmpty();
}

QString SheetRecord::text(SheetField field) const
{
    const SheetCell* c = cell(field);
    return c ? SheetValueParser::text(*c) : QString();
}

QDate SheetRecord::date(SheetField field)
{
    const SheetCell* c = cell(field);
    if (!c) {
        return {};
    }
    const Result<QDate> d = SheetValueParser::date(*c);
    if (!d) {
        error(field, d.error().message);
        return {};
    }
    return d.value();
}

std::optional<Gender> SheetRecord::gender()
{
    const SheetCell* c = cell(SheetField::Gender);
    const auto g = c ? SheetValueParser::gender(*c) : Result<std::optional<Gender>>(std::optional<Gender>());
    if (!g) {
        error(SheetField::Gender, g.error().message);
        return std::nullopt;
    }
    return g.value();
}

std::optional<RotationKind> SheetRecord::kind()
{
    const SheetCell* c = cell(SheetField::Kind);
    const auto k = c ? SheetValueParser::kind(*c) : Result<std::optional<RotationKind>>(std::optional<RotationKind>());
    if (!k) {
        error(SheetField::Kind, k.error().message);
        return std::nullopt;
    }
    return k.value();
}

std::optional<Evaluation> SheetRecord::evaluation()
{
    const SheetCell* c = cell(SheetField::Evaluation);
    const auto e =
        c ? SheetValueParser::evaluation(*c) : Result<std::optional<Evaluation>>(std::optional<Evaluation>());
    if (!e) {
        error(SheetField::Evaluation, e.error().message);
        return std::nullopt;
    }
    return e.value();
}

void SheetRecord::error(SheetField field, const QString& message)
{
    if (field != SheetField::None && m_failed.contains(field)) {
        return;
    }
    m_failed.insert(field);
    add(field, message, false);
}

void SheetRecord::warning(SheetField field, const QString& message)
{
    add(field, message, true);
}

void SheetRecord::addIssues(const Issues& issues)
{
    for (const Issue& i : issues) {
        const SheetField field = SheetFields::fromKey(i.field).value_or(SheetField::None);
        if (i.isError()) {
            error(field, i.message);
        } else {
            warning(field, i.message);
        }
    }
}

void SheetRecord::add(SheetField field, const QString& message, bool warning)
{
    SheetImportProblem p;
    p.row = rowNumber();
    p.field = field;
    p.column = m_mapping.column(field);
    p.header = field == SheetField::None ? QString() : m_mapping.header(field);
    p.message = message;
    p.warning = warning;
    m_problems.append(p);
}

SheetRowOutcome SheetRecord::outcome(const QString& label) const
{
    SheetRowOutcome out;
    out.row = rowNumber();
    out.label = label;
    out.problems = m_problems;
    out.status = hasErrors()            ? SheetRowStatus::Error
                 : m_problems.isEmpty() ? SheetRowStatus::Valid
                                        : SheetRowStatus::Warning;
    return out;
}

} // namespace ntm::core
