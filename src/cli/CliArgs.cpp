// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArgs.h"

namespace ntm::cli {

CliArgs CliArgs::parse(const QStringList& words, const QSet<QString>& valued, const QSet<QString>& flags)
{
    CliArgs a;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (!w.startsWith(QStringLiteral("--")) || w == QLatin1String("--")) {
            a.m_positional.append(w);
            continue;
        }
        QString name = w.mid(2);
        QString inlineValue;
        const bool hasInline = name.contains(QLatin1Char('='));
        if (hasInline) {
            inlineValue = name.section(QLatin1Char('='), 1);
            name = name.section(QLatin1Char('='), 0, 0);
        }
        if (flags.contains(name) && !hasInline) {
            a.m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (hasInline) {
                a.m_values.insert(name, inlineValue);
            } else if (i + 1 < words.size()) {
                a.m_values.insert(name, words.at(++i));
            } else {
                a.m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return a;
            }
        } else {
            a.m_error = QStringLiteral("unknown option --%1").arg(name);
            return a;
        }
    }
    return a;
}

} // namespace ntm::cli
