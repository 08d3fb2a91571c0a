// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IllustrativeData.h"

#include "db/Database.h"
#include "db/Sql.h"

namespace ntm::core {

Result<bool> IllustrativeData::present(Database& db)
{
    // Cheapest first; each stops at its first row.
    static const char* const kQueries[] = {
        "SELECT 1 FROM meta WHERE key = 'demo'",
        "SELECT 1 FROM recognition WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM commune WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM commune_group WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM rotation WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM official WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM review_meeting WHERE illustrative = 1 LIMIT 1",
        "SELECT 1 FROM assessment WHERE illustrative = 1 LIMIT 1",
    };
    for (const char* q : kQueries) {
        const auto found = sql::scalar(db.sql(), QString::fromLatin1(q));
        if (!found) {
            return found.error();
        }
        if (found.value().isValid()) {
            return true;
        }
    }
    return false;
}

QString IllustrativeData::notice()
{
    return tr("This database holds illustrative data: generated decision numbers, dates and histories, not real "
              "records.");
}

QString IllustrativeData::mark()
{
    return tr("(illustrative)");
}

} // namespace ntm::core
