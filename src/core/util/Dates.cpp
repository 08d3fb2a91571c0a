// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Dates.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace ntm::core::dates {

QString toIso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString& text)
{
    // By hand, not with a regular expression: a national database reads millions of dates.
    const QStringView t = QStringView(text).trimmed();
    if (t.size() != 10 || t.at(4) != QLatin1Char('-') || t.at(7) != QLatin1Char('-')) {
        return {};
    }
    auto number = [&](qsizetype from, qsizetype count) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return -1;
            }
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = number(0, 4);
    const int m = number(5, 2);
    const int d = number(8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

QString toDisplay(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QDate fromDisplay(const QString& text)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const auto m = dmy.match(text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QVariant toSql(const QDate& date)
{
    return date.isValid() ? QVariant(toIso(date)) : QVariant(QMetaType::fromType<QString>());
}

QDate fromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : fromIso(value.toString());
}

int fullMonthsBetween(const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    if (to < from) {
        return -fullMonthsBetween(to, from);
    }
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (from.addMonths(months) > to) {
        --months;
    }
    return months;
}

QString nowTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace ntm::core::dates
