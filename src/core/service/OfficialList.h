// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ntm::core {

class Database;

/// One term of an official, as the register shows it.
struct OfficialTerm
{
    QDate start;
    QDate actualEnd;
    QString communeTitle; ///< "Xã Đức Yên", as called at the start of the term.
    QString position;
};

/// One row of the officials table: the official with their assignment on the date, if any.
struct OfficialListRow
{
    Official official;
    QString homeDistrictName;
    QString currentCommune; ///< "Xã Đức Yên" while a rotation is active on the date.
    QString currentPosition;
    int rotationCount = 0;
    QString searchKey;         ///< Folded name, home unit and position.
    QList<OfficialTerm> terms; ///< By start: a change of date only recomputes the current assignment.

    /// Sets the current commune and position from the term active on `asOf` (the latest started, if several).
    void assignAsOf(const QDate& asOf);
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
