// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageImporter.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "package/ExchangeState.h"
#include "package/PackagePlanner.h"
#include "package/PackagePreview.h"
#include "package/PackageWriter.h"

namespace ntm::core {

namespace {
/// Tuning for the length of an import (Backend::BulkLoad::Import: on SQLite a larger page cache, since the indexes
/// of a big import no longer fit the default one).
class BulkTuning
{
public:
    explicit BulkTuning(Database& db) : m_db(db) { db.backend().tuneForBulkLoad(Backend::BulkLoad::Import); }
    ~BulkTuning() { m_db.backend().tuneForBulkLoad(Backend::BulkLoad::Normal); }
    BulkTuning(const BulkTuning&) = delete;
    BulkTuning& operator=(const BulkTuning&) = delete;

private:
    Database& m_db;
};
} // namespace

Result<PackageImportOutcome> PackageImporter::import(const Package& package, const ConflictPolicies& policies,
                                                     const Progress& progress)
{
    const BulkTuning tuning(m_db);
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    // Compared inside the transaction, so nobody changes the database between the comparison and the writing.
    const auto state = ExchangeState::load(m_db);
    if (!state) {
        return state.error();
    }
    const qint64 records = package.recordCount();
    const int total = static_cast<int>(std::min<qint64>(2 * records, INT_MAX));
    const auto report = [&](qint64 done) {
        return !progress || progress(static_cast<int>(std::min<qint64>(done, total)), total);
    };
    const auto plan = PackagePlanner(m_db, package, state.value()).plan(policies, report);
    if (!plan) {
        return plan.error();
    }
    if (plan.value().errors.any()) {
        Error e = plan.value().errors.first();
        if (plan.value().errors.total() > 1) {
            e.message += QLatin1Char(' ') +
                         PackagePreview::tr("(and %n more problem(s))", nullptr, plan.value().errors.total() - 1);
        }
        return e;
    }
    PackageWriter writer(m_db, package, state.value(), plan.value());
    const Status written = writer.write([&](qint64 done) { return report(records + done); });
    if (!written) {
        return written.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    if (progress) {
        progress(total, total);
    }
    return PackageImportOutcome{plan.value().summary, writer.rowsWritten()};
}

} // namespace ntm::core
