// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/TableText.h"

#include <QDate>
#include <QStringList>

#include <cmath>

namespace ntm::core {

namespace {
QString flat(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}
} // namespace

QString TableText::cell(const QVariant& value, const QLocale& locale)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (value.typeId()) {
    case QMetaType::QDate: {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    }
    case QMetaType::Double:
    case QMetaType::Float: {
        const double n = value.toDouble();
        if (!std::isfinite(n)) {
            return {};
        }
        QLocale plain = locale;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        return plain.toString(n, 'f', QLocale::FloatingPointShortest);
    }
    default:
        return flat(value.toString());
    }
}

QString TableText::tabSeparated(const TableData& table, const QLocale& locale)
{
    QStringList lines;
    QStringList header;
    for (const TableColumn& c : table.columns) {
        header.append(flat(c.title));
    }
    lines.append(header.join(QLatin1Char('\t')));
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            cells.append(cell(row.value(i), locale));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    if (!table.note.isEmpty()) {
        lines.append(QString());
        lines.append(flat(table.note));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace ntm::core
