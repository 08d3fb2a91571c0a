// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqlScript.h"

#include <QRegularExpression>

namespace ntm::core {

namespace {
bool isTriggerStart(const QString& statementSoFar)
{
    static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statementSoFar).hasMatch();
}

bool endsWithEnd(const QString& statementSoFar)
{
    static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return end.match(statementSoFar).hasMatch();
}
} // namespace

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            current.append(c);
            if (c == quote) {
                quote = QChar();
            }
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < script.size() && script.at(i + 1) == QLatin1Char('-')) {
            while (i < script.size() && script.at(i) != QLatin1Char('\n')) {
                ++i;
            }
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        }
        if (c == QLatin1Char(';') && (!isTriggerStart(current) || endsWithEnd(current))) {
            const QString s = current.trimmed();
            if (!s.isEmpty()) {
                statements.append(s);
            }
            current.clear();
            continue;
        }
        current.append(c);
    }
    const QString rest = current.trimmed();
    if (!rest.isEmpty()) {
        statements.append(rest);
    }
    return statements;
}

} // namespace ntm::core
