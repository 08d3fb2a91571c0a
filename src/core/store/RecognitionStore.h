// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// Recognition decisions of communes (own records, independent of the criteria set in force).
class RecognitionStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RecognitionStore)

public:
    explicit RecognitionStore(Database& db) : m_db(db) {}

    Status insert(const Recognition& r);
    Status remove(const QString& id);
    /// Ends every recognition of the commune still active on `date` (a merger resets recognition).
    Status endAll(const QString& communeId, const QDate& date, const QString& reason);
    /// Ends one recognition on `date` (its first day no longer held) for `reason` (merger, withdrawn).
    Status end(const QString& id, const QDate& date, const QString& reason);
    /// All recognitions (of one commune when given), by date.
    Result<QList<Recognition>> list(const QString& communeId = {});

private:
    Database& m_db;
};

} // namespace ntm::core
