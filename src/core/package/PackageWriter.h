// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ExchangeState.h"
#include "package/Package.h"
#include "package/PackagePlan.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace ntm::core {

class Database;

/// Carries out a PackagePlan inside the caller's transaction: inserts and updates with one prepared statement
/// per table reused for every row, nested rows replaced with their record, the audit trail (one entry per
/// changed record; one `bulk` entry for the assessments, which are append-only events) and the agreed
/// versions in exchange_base.
class PackageWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageWriter)

public:
    /// Called after each record with the count so far; false cancels (the caller rolls back).
    using Step = std::function<bool(qint64 done)>;

    PackageWriter(Database& db, const Package& package, const ExchangeState& state, const PackagePlan& plan);

    Status write(const Step& step);
    /// Database rows written (records, their nested rows), for the speed measure.
    qint64 rowsWritten() const { return m_rows; }

private:
    Status writeSets();
    Status writeKind(const KindSpec& spec, const Step& step);
    Status writeAssessments(const Step& step);
    Status recordBulk(qint64 added, qint64 values);
    Status writeChildren(const KindSpec& spec, QSqlQuery& remove, QSqlQuery& insert, const PackageRecord& r,
                         const QString& id, bool replace);
    Status recordBase(QSqlQuery& upsert, const KindSpec& spec, const PackageRecord& r, const QString& id, Decision d);
    QVariantList extraValues(const KindSpec& spec, const PackageRecord& r) const;
    bool tick(const Step& step);

    Database& m_db;
    const Package& m_package;
    const ExchangeState& m_state;
    const PackagePlan& m_plan;
    QString m_now;
    QString m_createdAt;
    qint64 m_done = 0;
    qint64 m_rows = 0;
    bool m_cancelled = false;
};

} // namespace ntm::core
