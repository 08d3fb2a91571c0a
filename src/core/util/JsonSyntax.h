// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <utility>

namespace ntm::core {

/// A JSON syntax error in the user's words. nlohmann's messages carry its internal exception code
/// ("[json.exception.parse_error.101]") and parser jargon ("syntax error while parsing object key - invalid literal");
/// users get what went wrong and the text near it, translated, and callers add the file, line and column.
class JsonSyntax final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::JsonSyntax)

public:
    /// What went wrong, from nlohmann's exception text: "the text ends before a bracket, brace or quotation mark
    /// is closed", "a word or sign that JSON does not allow here (near “{foo”)".
    static QString reason(const std::string& what);
    /// The 1-based line and column (in characters, not bytes) of a 1-based byte offset into UTF-8 text.
    static std::pair<qint64, qint64> lineAndColumn(const char* data, qint64 size, qint64 byte);
};

} // namespace ntm::core
