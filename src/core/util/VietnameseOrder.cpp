// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/VietnameseOrder.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace ntm::core::text {

namespace {
// QCollator is not thread-safe for concurrent compare(); one per thread is cheap.
const QCollator& collator()
{
    thread_local const QCollator c = [] {
        QCollator col(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        col.setCaseSensitivity(Qt::CaseInsensitive);
        col.setNumericMode(true);
        return col;
    }();
    return c;
}

QString givenName(const QString& fullName)
{
    const QString t = fullName.trimmed();
    const qsizetype space = t.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? t : t.mid(space + 1);
}
} // namespace

int compareVietnamese(const QString& a, const QString& b)
{
    return collator().compare(a, b);
}

void sortVietnamese(QStringList& list)
{
    std::sort(list.begin(), list.end(), lessVietnamese);
}

int comparePersonNames(const QString& a, const QString& b)
{
    const int byGiven = compareVietnamese(givenName(a), givenName(b));
    return byGiven != 0 ? byGiven : compareVietnamese(a, b);
}

} // namespace ntm::core::text
