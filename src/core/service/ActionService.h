// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReviewActions.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// The actions a review meeting decides and their follow-up: rules, scope (a commune leader changes their own
/// commune's actions only), one transaction and one audit entry per change.
/// Rules: an action belongs to a meeting of its commune, says what is to be done and who answers for it (a member
/// of a working group of the commune, or a name), is due on or after the meeting, names a village of the commune
/// and an existing criterion when it names one; closed, it has an outcome and a date between the meeting and
/// today; open, it has neither.
class ActionService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ActionService)

public:
    explicit ActionService(Database& db) : m_db(db) {}

    Result<Issues> checkAction(const ReviewAction& a);
    Result<QString> addAction(ReviewAction action);
    /// Also closes (outcome and date set) and reopens (both cleared) an action.
    Status updateAction(const ReviewAction& action);
    Status removeAction(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
