// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Issue.h"
#include "util/Result.h"

#include <QDate>

namespace ntm::core {

/// The first error among a check's findings as a Status (warnings pass): what a service returns when it refuses a
/// write that its check*() method would have shown beside a field.
inline Status firstErrorOf(const Result<Issues>& issues)
{
    if (!issues) {
        return issues.error();
    }
    for (const Issue& i : issues.value()) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    return {};
}

/// Two periods (invalid dates: open on that side) share at least one day.
inline bool periodsOverlap(const QDate& aFrom, const QDate& aTo, const QDate& bFrom, const QDate& bTo)
{
    const bool aEndsBefore = aTo.isValid() && bFrom.isValid() && aTo < bFrom;
    const bool bEndsBefore = bTo.isValid() && aFrom.isValid() && bTo < aFrom;
    return !aEndsBefore && !bEndsBefore;
}

} // namespace ntm::core
