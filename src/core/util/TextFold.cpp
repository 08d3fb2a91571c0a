// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/TextFold.h"

namespace ntm::core::text {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isSpace()) {
            if (!lastSpace) {
                out.append(QLatin1Char(' '));
            }
            lastSpace = true;
            continue;
        }
        lastSpace = false;
        if (c == QChar(0x0111) || c == QChar(0x0110)) { // đ, Đ
            out.append(QLatin1Char('d'));
        } else {
            out.append(c.toLower());
        }
    }
    if (out.endsWith(QLatin1Char(' '))) {
        out.chop(1);
    }
    return out;
}

QStringList queryWords(const QString& query)
{
    return fold(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool matchesWords(const QString& haystackFolded, const QStringList& words)
{
    for (const QString& w : words) {
        if (!haystackFolded.contains(w)) {
            return false;
        }
    }
    return true;
}

bool matches(const QString& haystackFolded, const QString& query)
{
    return matchesWords(haystackFolded, queryWords(query));
}

} // namespace ntm::core::text
