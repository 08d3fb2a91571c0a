// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Reform.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// Administrative reforms (lineage events) with their rule for recognitions across mergers.
class ReformStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ReformStore)

public:
    explicit ReformStore(Database& db) : m_db(db) {}

    /// Every reform, oldest first.
    Result<QList<Reform>> all();
    Status insert(const Reform& r);
    /// Saves the rule, its source, whether it was checked, and the note; refused (a Conflict) when the row's
    /// version is not `r.rowVersion` any more.
    Status updateRule(const Reform& r);

private:
    Database& m_db;
};

} // namespace ntm::core
