// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/MemberSummary.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Reads a commune's working groups, review actions, plans and villages' progress and lineage once (FollowUpData),
/// for the dashboard's tabs, `ntm-cli commune` and the printed member summaries.
class FollowUpService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::FollowUpService)

public:
    explicit FollowUpService(Database& db) : m_db(db) {}

    Result<FollowUpData> load(const QString& communeId);
    /// One person's results up to `asOf`, with the criteria's statuses at the end of their time; an Error when
    /// they were in none of the commune's groups by then.
    Result<MemberSummary> memberSummary(const QString& communeId, const QString& personKey, const QDate& asOf);
    /// Finds a person of the commune's groups by name as users type it (diacritics optional) or by official id:
    /// their person key, or an Error listing the candidates.
    Result<QString> findPerson(const QString& communeId, const QString& nameOrId, const QDate& asOf);

private:
    Status loadCriteria(FollowUpData& d);
    Status loadRecords(FollowUpData& d);
    Database& m_db;
};

} // namespace ntm::core
