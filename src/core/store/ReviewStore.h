// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Review.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;

/// A commune's review meetings (giao ban) and villages (thôn).
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReviewStore)

public:
    explicit ReviewStore(Database& db) : m_db(db) {}

    Status insertMeeting(const ReviewMeeting& m);
    /// Updates every field; refused when the row version changed meanwhile.
    Status updateMeeting(const ReviewMeeting& m);
    Status removeMeeting(const QString& id);
    Result<QList<ReviewMeeting>> meetings(const QString& communeId);
    Result<std::optional<ReviewMeeting>> meeting(const QString& id);
    Status insertVillage(const Village& v);
    Status updateVillage(const Village& v);
    Status removeVillage(const QString& id);
    Result<QList<Village>> villages(const QString& communeId);
    Result<std::optional<Village>> village(const QString& id);

private:
    Database& m_db;
};

} // namespace ntm::core
