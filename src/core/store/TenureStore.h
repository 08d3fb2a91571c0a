// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

class Database;

/// A commune led by no rotated official during one rotation's term (the comparison's "same period without one").
struct UnledPeriod
{
    QString rotationId;
    QString communeId;
};

/// Terms of rotation set against the communes nobody was rotated into meanwhile: the heavy join of the tenure
/// comparison, done by the database.
class TenureStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::TenureStore)

public:
    explicit TenureStore(Database& db) : m_db(db) {}

    /// For each rotation started before `asOf` (its term running to its actual end, or to `asOf` while it has not
    /// ended by then, as Rotation::endedBy() says): every commune that was a xã both on the term's first and on
    /// its last day, and that no rotation (of any official) covered on any day of the term.
    Result<QList<UnledPeriod>> communesWithoutRotation(const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
