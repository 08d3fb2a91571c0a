// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace ntm::core {

class Database;

/// A commune linked to another by a merger, split or rename.
struct LinkedCommune
{
    QString communeId;
    QString title; ///< "Xã Thạch Khê": its name on the day the link took effect (a predecessor: the day before).
    QDate on;      ///< The link's date.
    QString act;
    bool verified = true;
};

/// Where a date falls in a commune's life, and what it became or came from: what every view shows about a
/// commune on a date outside its life instead of figures under a set it was never judged by.
struct CommuneLife
{
    enum class State
    {
        Exists, ///< The commune exists on the date.
        NotYet, ///< The date is before the commune was formed.
        Ended   ///< The date is after the commune ended (merged into another, or ended).
    };
    State state = State::Exists;
    QDate formedOn;                    ///< Invalid: since before the records.
    QDate endedOn;                     ///< Last day; invalid: still exists.
    QList<LinkedCommune> predecessors; ///< What it was formed from, by date.
    QList<LinkedCommune> successors;   ///< What it became, by date.

    bool exists() const { return state == State::Exists; }
    /// The date whose figures are shown: the date itself, the last day for an ended commune, invalid before it
    /// was formed (nothing to show but its predecessors).
    QDate standingDate(const QDate& asOf) const;
    /// One sentence: "Merged into Xã Thạch Khê on 01/07/2025." / "Formed on 01/07/2025 from Xã Đỉnh Bàn, Xã
    /// Thạch Hải and Xã Thạch Khê."; empty while the commune exists.
    QString sentence() const;
};

/// Reads a commune's life from its identity and lineage (core; the dashboard, timeline, board, reports and
/// `ntm-cli commune` use it).
class CommuneLifeService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CommuneLifeService)

public:
    explicit CommuneLifeService(Database& db) : m_db(db) {}

    Result<CommuneLife> of(const QString& communeId, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace ntm::core
