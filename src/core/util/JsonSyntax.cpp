// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/JsonSyntax.h"

#include <algorithm>

namespace ntm::core {

namespace {
constexpr qsizetype kNearChars = 24;

/// nlohmann's "last read: '…'": the text the parser stopped on, shortened to its last characters.
QString lastRead(const std::string& what)
{
    const auto start = what.find("last read: '");
    if (start == std::string::npos) {
        return {};
    }
    const auto from = start + 12;
    const auto end = what.find("'", from);
    QString text = QString::fromUtf8(what.substr(from, end == std::string::npos ? std::string::npos : end - from));
    text = text.simplified();
    return text.size() > kNearChars ? QChar(0x2026) + text.right(kNearChars) : text;
}

bool has(const std::string& what, const char* words)
{
    return what.find(words) != std::string::npos;
}
} // namespace

QString JsonSyntax::reason(const std::string& what)
{
    QString problem;
    if (has(what, "unexpected end of input") || has(what, "attempting to parse an empty input") ||
        has(what, "missing closing quote")) {
        problem = tr("the text ends before a bracket, brace or quotation mark is closed");
    } else if (has(what, "invalid string")) {
        problem = tr("a text in quotation marks holds a line break, a control character or a bad escape");
    } else if (has(what, "invalid number")) {
        problem = tr("a number is not written as JSON writes numbers");
    } else if (has(what, "unexpected ','") || has(what, "unexpected '}'") || has(what, "unexpected ']'")) {
        problem = tr("a value is missing (two commas in a row, or a comma before a closing bracket)");
    } else if (has(what, "object key") || has(what, "object separator")) {
        problem = tr("a name in an object is not in quotation marks, or a colon or comma is missing");
    } else if (has(what, "invalid UTF-8") || (has(what, "invalid literal") && has(what, "\\x"))) {
        problem = tr("the text is not UTF-8");
    } else {
        problem = tr("a word or sign that JSON does not allow here");
    }
    const QString near = lastRead(what);
    return near.isEmpty() ? problem : tr("%1 (near “%2”)").arg(problem, near);
}

std::pair<qint64, qint64> JsonSyntax::lineAndColumn(const char* data, qint64 size, qint64 byte)
{
    qint64 line = 1;
    qint64 column = 1;
    const qint64 end = std::min(size, std::max<qint64>(byte - 1, 0));
    for (qint64 i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count characters, not the continuation bytes of UTF-8
            ++column;
        }
    }
    return {line, column};
}

} // namespace ntm::core
