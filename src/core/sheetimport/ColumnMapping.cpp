// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/ColumnMapping.h"

#include "exchange/XlsxReader.h"
#include "sheetimport/HeaderAliases.h"

#include <algorithm>

namespace ntm::core {

namespace {

using Alias = HeaderAliases::Alias;

QString cleanHeader(const SheetCell& cell)
{
    return cell.text.simplified();
}

} // namespace

QString ColumnMapping::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
        name.prepend(QChar(u'A' + (n - 1) % 26));
    }
    return name;
}

SheetField ColumnMapping::fieldOf(SheetImportKind kind, const QString& header)
{
    const Alias* a = HeaderAliases::exact(kind, header);
    if (!a) {
        a = HeaderAliases::prefix(kind, header);
    }
    return a ? a->first : SheetField::None;
}

int ColumnMapping::findHeaderRow(SheetImportKind kind, const Sheet& sheet)
{
    constexpr int kRowsToLook = 20;
    int firstWithName = -1;
    int firstNonEmpty = -1;
    for (int r = 0; r < std::min<int>(kRowsToLook, static_cast<int>(sheet.rows.size())); ++r) {
        int known = 0;
        bool name = false;
        for (const SheetCell& cell : sheet.rows.at(r)) {
            const SheetField f = cell.text.trimmed().isEmpty() ? SheetField::None : fieldOf(kind, cell.text);
            known += f != SheetField::None;
            name = name || f == SheetField::FullName;
        }
        if (known >= 2 && name) {
            return r;
        }
        if (firstWithName < 0 && name) {
            firstWithName = r;
        }
        if (firstNonEmpty < 0 && !sheet.rows.at(r).isEmpty()) {
            firstNonEmpty = r;
        }
    }
    return firstWithName >= 0 ? firstWithName : std::max(firstNonEmpty, 0);
}

ColumnMapping ColumnMapping::recognise(SheetImportKind kind, const Sheet& sheet, int headerRow)
{
    ColumnMapping m;
    m.m_kind = kind;
    m.m_headerRow = headerRow;
    qsizetype width = 0;
    for (const QList<SheetCell>& row : sheet.rows) {
        width = std::max(width, row.size());
    }
    const QList<SheetCell> headers =
        headerRow >= 0 && headerRow < sheet.rows.size() ? sheet.rows.at(headerRow) : QList<SheetCell>();
    QList<const Alias*> exact;
    for (int c = 0; c < width; ++c) {
        const QString header = c < headers.size() ? cleanHeader(headers.at(c)) : QString();
        m.m_columns.append(MappedColumn{c, header, SheetField::None, false});
        exact.append(header.isEmpty() ? nullptr : HeaderAliases::exact(kind, header));
    }
    // Precise headers first, so that a vague one ("Chức vụ") takes what they leave.
    for (int c = 0; c < width; ++c) {
        const Alias* a = exact.at(c);
        if (a && a->second == SheetField::None && m.column(a->first) < 0) {
            m.assign(c, a->first);
        }
    }
    for (int c = 0; c < width; ++c) {
        const Alias* a = m.m_columns.at(c).field == SheetField::None ? exact.at(c) : nullptr;
        for (SheetField f : {a ? a->first : SheetField::None, a ? a->second : SheetField::None}) {
            if (f != SheetField::None && m.column(f) < 0) {
                m.assign(c, f);
                break;
            }
        }
    }
    for (int c = 0; c < width; ++c) {
        const MappedColumn& col = m.m_columns.at(c);
        const Alias* a = col.field == SheetField::None && !exact.at(c) && !col.header.isEmpty()
                             ? HeaderAliases::prefix(kind, col.header)
                             : nullptr;
        if (a && m.column(a->first) < 0) {
            m.assign(c, a->first);
        }
    }
    return m;
}

void ColumnMapping::assign(int column, SheetField field)
{
    const SheetField before = m_columns.at(column).field;
    if (before != SheetField::None && m_columnOf[static_cast<int>(before)] == column) {
        m_columnOf[static_cast<int>(before)] = -1;
    }
    m_columns[column].field = field;
    if (field != SheetField::None) {
        m_columnOf[static_cast<int>(field)] = column;
    }
}

bool ColumnMapping::set(int column, SheetField field)
{
    if (column < 0 || column >= XlsxReader::kMaxColumns ||
        (field != SheetField::None && !SheetFields::belongsTo(field, m_kind))) {
        return false;
    }
    while (column >= m_columns.size()) {
        m_columns.append(MappedColumn{static_cast<int>(m_columns.size()), QString(), SheetField::None, false});
    }
    if (const int previous = this->column(field); previous >= 0 && previous != column) {
        assign(previous, SheetField::None);
        m_columns[previous].overridden = true;
    }
    assign(column, field);
    m_columns[column].overridden = true;
    return true;
}

void ColumnMapping::apply(const QHash<int, SheetField>& overrides)
{
    // In column order, so that the result does not depend on the hash's order when two columns claim a field.
    QList<int> columns = overrides.keys();
    std::sort(columns.begin(), columns.end());
    for (int c : columns) {
        set(c, overrides.value(c));
    }
}

SheetField ColumnMapping::field(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).field : SheetField::None;
}

int ColumnMapping::column(SheetField field) const
{
    return field == SheetField::None ? -1 : m_columnOf[static_cast<int>(field)];
}

QString ColumnMapping::header(SheetField field) const
{
    const int c = column(field);
    if (c >= 0 && !m_columns.at(c).header.isEmpty()) {
        return m_columns.at(c).header;
    }
    return SheetFields::label(field, m_kind);
}

QList<SheetField> ColumnMapping::missingRequired() const
{
    QList<SheetField> out;
    for (const SheetFieldInfo& info : SheetFields::of(m_kind)) {
        if (info.required && column(info.field) < 0) {
            out.append(info.field);
        }
    }
    return out;
}

} // namespace ntm::core
