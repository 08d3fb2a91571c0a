// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ntm::core {

class Database;

/// One row of the officials table: the official with their assignment on the date, if any.
struct OfficialListRow
{
    Official official;
    QString homeDistrictName;
    QString currentCommune;  ///< "Xã Đức Yên" while a rotation is active on the date.
    QString currentPosition;
    int rotationCount = 0;
    QString searchKey;       ///< Folded name, home unit and position.
};

/// Reads the register of officials with their current assignments.
class OfficialList final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OfficialList)

public:
    explicit OfficialList(Database& db) : m_db(db) {}

    Result<QList<OfficialListRow>> rows(const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
