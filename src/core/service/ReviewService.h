// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// A commune's review meetings (giao ban) and villages: rules, one transaction per action, audit trail.
/// Rules: a meeting has a date not in the future and within the commune's life; a village has a name, unique
/// in the commune among villages that exist at the same time.
class ReviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewService)

public:
    explicit ReviewService(Database& db) : m_db(db) {}

    Result<Issues> checkMeeting(const ReviewMeeting& m);
    Result<QString> addMeeting(ReviewMeeting m);
    Status updateMeeting(const ReviewMeeting& m);
    Status removeMeeting(const QString& id);

    Result<Issues> checkVillage(const Village& v);
    Result<QString> addVillage(Village v);
    Status updateVillage(const Village& v);
    Status removeVillage(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
