// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/CsvWriter.h"

#include "exchange/PartFile.h"

#include <QDate>
#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ntm::core {

namespace {

QString plainText(const QVariant& value)
{
    if (!value.isValid()) {
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
        // Shortest round-trip digits, fixed notation: "0.1" rather than "0.10000000000000001" or "1e+06".
        return std::isfinite(n) ? QString::number(n, 'f', QLocale::FloatingPointShortest) : QString();
    }
    default:
        return value.toString(); // integers already print in the C locale, without grouping
    }
}

/// One cell as CSV text, quoted when it holds a comma, a quote, CR or LF (quotes doubled, RFC 4180).
QString field(const QVariant& value)
{
    QString text = plainText(value);
    static const QString special = QStringLiteral(",\"\r\n");
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return special.contains(c); })) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString line(const QStringList& fields)
{
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

Status CsvWriter::write(const QString& path, const TableData& table)
{
    PartFile part(path);
    if (Status s = part.checkFolder(); !s) {
        return s;
    }
    QFile file(part.partPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return part.failure(tr("the file cannot be created there (%1).").arg(file.errorString()));
    }
    QStringList header;
    for (const TableColumn& column : table.columns) {
        header.append(field(column.title));
    }
    bool ok = file.write("\xEF\xBB\xBF") == 3 && file.write(line(header).toUtf8()) >= 0;
    for (qsizetype r = 0; ok && r < table.rows.size(); ++r) {
        QStringList fields;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            fields.append(field(table.rows[r].value(c)));
        }
        ok = file.write(line(fields).toUtf8()) >= 0;
    }
    // The disk being full shows up at the latest when the buffer is flushed.
    ok = ok && file.flush();
    const QString problem = file.errorString();
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        return part.failure(tr("writing failed (%1).").arg(problem));
    }
    return part.commit();
}

} // namespace ntm::core
