// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {

class Database;

/// What storing a criteria set did.
struct CriteriaImportOutcome
{
    enum class Kind
    {
        Added,
        Unchanged,
        Replaced,
        NewVersion
    };
    Kind kind = Kind::Added;
    QString setId;
    QString code;
    int version = 1;

    /// One line for the user, e.g. "QD51-2025 v2 stored as a new version (v1 is used by assessments)".
    QString describe() const;
};

/// Stores a loaded criteria set. A set never seen is added; the same content again changes nothing; new
/// content for a set nobody uses yet replaces it; new content for a set that assessments (or plans, meetings,
/// crosswalks) use is stored as a new version, so history is never silently changed.
class CriteriaImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriteriaImporter)

public:
    explicit CriteriaImporter(Database& db) : m_db(db) {}

    Result<CriteriaImportOutcome> import(CriteriaSet set);
    /// Loads and imports a JSON file (ntm-cli criteria-import, File > Import criteria set).
    Result<CriteriaImportOutcome> importFile(const QString& path);
    /// Imports every set shipped in the program (resources/criteria) that is not yet stored.
    Status importShipped();

private:
    Database& m_db;
};

} // namespace ntm::core
