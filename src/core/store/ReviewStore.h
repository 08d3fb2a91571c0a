// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// A commune's review meetings (giao ban) and villages (thôn).
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewStore)

public:
    explicit ReviewStore(Database& db) : m_db(db) {}

    Status insertMeeting(const ReviewMeeting& m);
    Result<QList<ReviewMeeting>> meetings(const QString& communeId);
    Status insertVillage(const Village& v);
    Result<QList<Village>> villages(const QString& communeId);

private:
    Database& m_db;
};

} // namespace ntm::core
