// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Progress.h"
#include "util/Issue.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// A commune's settings: which criteria set applies from which date (an override of the province's), its
/// group under sets with groups, its target year, and its recognitions. One transaction per action, audited.
/// These are provincial decisions: administrators only (AccessPolicy).
class CommuneSettingsService final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CommuneSettingsService)

public:
    explicit CommuneSettingsService(Database& db) : m_db(db) {}

    /// `expectedVersion`: the commune's row version the user saw (-1: do not check).
    Status setTargetYear(const QString& communeId, int year, int expectedVersion = -1);
    /// Applies `setId` to the commune from `from`; returns the assignment's id.
    Result<QString> assignSet(const QString& communeId, const QString& setId, const QDate& from,
                              const QString& id = {});
    Status removeAssignment(const QString& id);
    Result<QString> setGroup(const QString& communeId, int group, const QDate& from, const QString& id = {});
    Status removeGroup(const QString& id);

    /// Errors: no date, a date in the future or outside the commune's life. Warnings: the commune does not
    /// meet every criterion on that date; a higher tier without an active NTM recognition.
    Result<Issues> checkRecognition(const Recognition& r);
    Result<QString> addRecognition(Recognition r);
    Status removeRecognition(const QString& id);

private:
    Status allowed(const QString& communeId);
    Status checkDate(const QString& communeId, const QDate& date, const QString& field);
    Database& m_db;
};

} // namespace ntm::core
