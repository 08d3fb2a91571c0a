// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Keeps the register of officials: rules, one transaction per action, audit trail.
/// Rules: a full name; a birth date, when given, in the past and at least 18 years before today
/// (a warning above 70 years); deleting is refused while rotations refer to the official.
class OfficialService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OfficialService)

public:
    explicit OfficialService(Database& db) : m_db(db) {}

    static Issues check(const Official& o, const QDate& today);
    Result<QString> create(Official o);
    Status update(const Official& o);
    Status remove(const QString& id);
    /// Why the official cannot be deleted now (rotations refer to them), or success.
    Status canRemove(const QString& id);

private:
    Status allowed(const Official& o);
    Database& m_db;
};

} // namespace ntm::core
