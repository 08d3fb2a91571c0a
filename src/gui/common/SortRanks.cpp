// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SortRanks.h"

#include "util/VietnameseOrder.h"

#include <QDate>

#include <algorithm>
#include <limits>
#include <numeric>

namespace ntm::gui {

namespace {
QList<int> textRanks(const QStringList& texts, bool personNames)
{
    QHash<QString, int> distinct;
    QList<int> valueOf;
    valueOf.reserve(texts.size());
    for (const QString& t : texts) {
        auto it = distinct.constFind(t);
        if (it == distinct.constEnd()) {
            it = distinct.insert(t, static_cast<int>(distinct.size()));
        }
        valueOf.append(*it);
    }
    QStringList values(distinct.size());
    for (auto it = distinct.cbegin(); it != distinct.cend(); ++it) {
        values[it.value()] = it.key();
    }
    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return personNames ? core::text::comparePersonNames(values.at(a), values.at(b)) < 0
                           : core::text::lessVietnamese(values.at(a), values.at(b));
    });
    QList<int> rankOfValue(values.size());
    for (int r = 0; r < order.size(); ++r) {
        rankOfValue[order.at(r)] = r;
    }
    QList<int> ranks;
    ranks.reserve(texts.size());
    for (int v : std::as_const(valueOf)) {
        ranks.append(rankOfValue.at(v));
    }
    return ranks;
}
} // namespace

QList<int> SortRanks::compute(int rows, const std::function<QVariant(int row)>& value, bool personNames)
{
    if (rows == 0) {
        return {};
    }
    const QVariant first = value(0);
    QList<int> ranks;
    ranks.reserve(rows);
    if (first.typeId() == QMetaType::QDate) {
        for (int r = 0; r < rows; ++r) {
            const QDate d = value(r).toDate();
            ranks.append(d.isValid() ? static_cast<int>(d.toJulianDay()) : std::numeric_limits<int>::max());
        }
        return ranks;
    }
    if (first.typeId() == QMetaType::QString) {
        QStringList texts;
        texts.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            texts.append(value(r).toString());
        }
        return textRanks(texts, personNames);
    }
    for (int r = 0; r < rows; ++r) {
        ranks.append(value(r).toInt());
    }
    return ranks;
}

const QList<int>& SortRanks::of(int column, int rows, const ValueOf& value, bool personNames) const
{
    auto it = m_ranks.constFind(column);
    if (it == m_ranks.constEnd()) {
        it = m_ranks.insert(column, compute(
                                        rows, [&](int row) { return value(row, column); }, personNames));
    }
    return *it;
}

} // namespace ntm::gui
