// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// Finds a district or commune from what a user types: a code ("440"), a name ("Đức Thọ", "duc tho"), or a
/// name with its kind ("huyện Kỳ Anh", "thị xã Kỳ Anh"). Diacritics and case are ignored. An unknown or
/// ambiguous name is an error that lists the candidates.
class UnitLookup final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::UnitLookup)

public:
    static Result<District> district(Database& db, const QString& text);
    /// A province by code ("42") or name ("Hà Tĩnh", "ha tinh", "tỉnh Hà Tĩnh").
    static Result<Province> province(Database& db, const QString& text);
    /// Among communes existing on `date` when it is valid, else among all (the latest period's name).
    static Result<CommuneRow> commune(Database& db, const QString& text, const QDate& date = {});
};

} // namespace ntm::core
