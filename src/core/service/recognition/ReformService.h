// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Reform.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// A reform with how many commune mergers fall under it (for the rule dialog).
struct ReformRow
{
    Reform reform;
    int mergers = 0; ///< Communes formed by a merger under it.
};

/// Reads the administrative reforms and lets an administrator change a reform's rule for recognitions across
/// mergers (its source and whether it was checked), audited. Figures follow at once: RecognitionLedger reads the
/// rule whenever it computes.
class ReformService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReformService)

public:
    explicit ReformService(Database& db) : m_db(db) {}

    Result<QList<ReformRow>> list();
    /// Findings about an edited rule, each naming its field (an error prevents saving).
    static Issues check(const Reform& edited);
    /// Saves the rule, source, verified flag and note of `edited` (its rowVersion must be the stored one).
    Status updateRule(const Reform& edited);

private:
    Database& m_db;
};

} // namespace ntm::core
