// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/RotationFilter.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace ntm::core {

class Database;

/// Reads rotations with the names of their officials, communes and districts, for the rotations table
/// and the officials' histories.
class RotationList final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationList)

public:
    explicit RotationList(Database& db) : m_db(db) {}

    /// Every rotation (of one official when given), by start date.
    Result<QList<RotationListRow>> rows(const QString& officialId = {});

private:
    Database& m_db;
};

} // namespace ntm::core
