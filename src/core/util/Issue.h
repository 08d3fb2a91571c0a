// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace ntm::core {

/// One finding of a rule check: errors block saving, warnings ask the user to confirm.
struct Issue
{
    enum class Severity
    {
        Error,
        Warning
    };
    Severity severity = Severity::Error;
    QString field;   ///< Field the finding is about (e.g. "planned_end"), so a form can show it beside the field.
    QString message; ///< Complete sentence for the user.

    bool isError() const { return severity == Severity::Error; }
};

using Issues = QList<Issue>;

inline bool hasErrors(const Issues& issues)
{
    for (const Issue& i : issues) {
        if (i.isError()) {
            return true;
        }
    }
    return false;
}

inline Issue errorIssue(QString field, QString message)
{
    return Issue{Issue::Severity::Error, std::move(field), std::move(message)};
}

inline Issue warningIssue(QString field, QString message)
{
    return Issue{Issue::Severity::Warning, std::move(field), std::move(message)};
}

} // namespace ntm::core
