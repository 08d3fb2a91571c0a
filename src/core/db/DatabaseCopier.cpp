// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseCopier.h"

#include "db/BulkWriter.h"
#include "db/Database.h"
#include "db/DeferredIndexes.h"
#include "db/Migrator.h"
#include "db/RowReader.h"
#include "db/RowSource.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace ntm::core {

namespace {
/// Parents before children, so that every foreign key finds its row; ties in name order.
QList<TableInfo> parentsFirst(QList<TableInfo> tables)
{
    QList<TableInfo> ordered;
    QStringList placed;
    while (!tables.isEmpty()) {
        qsizetype next = -1;
        for (qsizetype i = 0; i < tables.size() && next < 0; ++i) {
            bool ready = true;
            for (const QString& r : std::as_const(tables.at(i).references)) {
                ready = ready && (r == tables.at(i).name || placed.contains(r));
            }
            next = ready ? i : -1;
        }
        if (next < 0) {
            next = 0; // a cycle: the target checks the keys at the end anyway (DeferredIndexes)
        }
        placed.append(tables.at(next).name);
        ordered.append(tables.takeAt(next));
    }
    return ordered;
}

class PartFile final
{
public:
    explicit PartFile(QString path) : m_path(std::move(path)) { remove(); }
    ~PartFile()
    {
        if (!m_kept) {
            remove();
        }
    }
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;
    void keep() { m_kept = true; }
    const QString& path() const { return m_path; }

private:
    void remove() const
    {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(m_path + suffix);
        }
    }
    QString m_path;
    bool m_kept = false;
};

Result<qint64> countRows(Database& db, const QString& table)
{
    // sql-safe: the table name is the database's own, read from its catalogue
    const auto n = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + table);
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

class Copy final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::DatabaseCopier)

public:
    Copy(Database& source, Database& target, const DatabaseCopier::Progress& progress)
        : m_source(source), m_target(target), m_progress(progress)
    {
    }

    Result<CopyOutcome> run();

private:
    Status check(const QList<TableInfo>& sourceTables, const QList<TableInfo>& targetTables);
    Status copyTable(const TableInfo& table, BulkTable& out);
    Status recordCopy();

    Database& m_source;
    Database& m_target;
    const DatabaseCopier::Progress& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

/// Tables whose rows a migration writes (0007: the administrative reforms): a new database already holds them, and
/// the copy replaces them with the source's, which an administrator may have edited.
const QStringList& seededTables()
{
    static const QStringList seeded{QStringLiteral("reform")};
    return seeded;
}

Status Copy::check(const QList<TableInfo>& sourceTables, const QList<TableInfo>& targetTables)
{
    for (const TableInfo& s : sourceTables) {
        const auto t = std::find_if(targetTables.cbegin(), targetTables.cend(),
                                    [&](const TableInfo& x) { return x.name == s.name; });
        if (t == targetTables.cend()) {
            return Error{QString(), tr("The target %1 has no table %2.").arg(m_target.displayName(), s.name)};
        }
        for (const QString& column : s.columnNames()) {
            if (!t->columnNames().contains(column)) {
                return Error{
                    QString(),
                    tr("The table %1 of the target %2 has no column %3.").arg(s.name, m_target.displayName(), column)};
            }
        }
        const auto rows = countRows(m_target, s.name);
        if (!rows) {
            return rows.error();
        }
        if (rows.value() > 0 && !seededTables().contains(s.name)) {
            return Error{QString(), tr("The target %1 already holds data (table %2); a database is copied only into a "
                                       "new file or an empty server database. Nothing was changed.")
                                        .arg(m_target.displayName(), s.name)};
        }
        const auto count = countRows(m_source, s.name);
        if (!count) {
            return count.error();
        }
        m_total += count.value();
    }
    return {};
}

Status Copy::copyTable(const TableInfo& table, BulkTable& out)
{
    std::unique_ptr<RowSource> in = m_source.backend().tableRows(table.name, table.columnNames());
    if (Status s = in->exec(tr("Reading %1").arg(table.name)); !s) {
        return s;
    }
    const qsizetype columns = table.columns.size();
    while (in->next()) {
        for (qsizetype c = 0; c < columns; ++c) {
            const int column = static_cast<int>(c);
            const QString& type = table.columns.at(c).type;
            if (in->isNull(column)) {
                out.null(column + 1);
            } else if (type == QLatin1String("integer")) {
                out.integer(column + 1, in->integer(column));
            } else if (type == QLatin1String("real")) {
                out.real(column + 1, in->real(column));
            } else {
                out.text(column + 1, in->utf8(column));
            }
        }
        if (Status s = out.run(); !s) {
            return Error{QString(), tr("Copying %1: %2").arg(table.name, s.error().message)};
        }
        if (++m_done % 4096 == 0 && m_progress && !m_progress(m_done, m_total, table.name)) {
            return Error{QString(), tr("Cancelled; nothing was copied.")};
        }
    }
    return in->finished(tr("Reading %1").arg(table.name));
}

Status Copy::recordCopy()
{
    const nlohmann::json what = {
        {"action", "copy"}, {"copied_from", m_source.displayName().toStdString()}, {"rows", m_done}};
    return sql::run(m_target.sql(),
                    QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, after_json) VALUES (?, ?, "
                                   "'bulk', 'database', ?)"),
                    {dates::nowTimestamp(), m_target.actor().username, QString::fromStdString(what.dump())},
                    tr("Writing the audit log"));
}

Result<CopyOutcome> Copy::run()
{
    QElapsedTimer timer;
    timer.start();
    const auto sourceTables = m_source.backend().tables();
    const auto targetTables = m_target.backend().tables();
    if (!sourceTables || !targetTables) {
        return !sourceTables ? sourceTables.error() : targetTables.error();
    }
    const QList<TableInfo> tables = parentsFirst(sourceTables.value());
    if (Status s = check(tables, targetTables.value()); !s) {
        return s.error();
    }
    m_target.backend().tuneForBulkLoad(Backend::BulkLoad::NewDatabase);
    Transaction tx(m_target);
    if (!tx.started()) {
        return tx.started().error();
    }
    // A server's audit triggers would record every copied row: the copy records one entry instead (the owner's
    // privilege; they are on again before the commit, and a rollback turns them on too).
    if (Status s = m_target.backend().setAuditTriggers(false); !s) {
        return s.error();
    }
    for (const QString& seeded : seededTables()) {
        // Only reference rows are there (check() made sure nothing else is): the source's take their place.
        if (Status s = sql::run(m_target.sql(), QStringLiteral("DELETE FROM %1").arg(seeded), // sql-safe: fixed names
                                {}, tr("Preparing %1").arg(seeded));
            !s) {
            return s.error();
        }
    }
    DeferredIndexes deferred;
    BulkWriter writer(m_target);
    QList<BulkTable*> outs;
    for (const TableInfo& t : tables) {
        if (Status s = deferred.drop(m_target, t.name); !s) {
            return s.error();
        }
        outs.append(&writer.table(t.name, t.columnNames()));
    }
    if (Status s = writer.prepared(); !s) {
        return s.error();
    }
    for (qsizetype i = 0; i < tables.size(); ++i) {
        if (Status s = copyTable(tables.at(i), *outs.at(i)); !s) {
            return s.error();
        }
    }
    if (m_progress && !m_progress(m_done, m_total, tr("indexes"))) {
        return Error{QString(), tr("Cancelled; nothing was copied.")};
    }
    if (Status s = writer.finish(); !s) {
        return s.error();
    }
    if (Status s = deferred.restore(m_target); !s) {
        return s.error();
    }
    if (Status s = m_target.backend().syncKeyCounters(); !s) {
        return s.error();
    }
    if (Status s = recordCopy(); !s) {
        return s.error();
    }
    if (Status s = m_target.backend().setAuditTriggers(true); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    m_target.backend().tuneForBulkLoad(Backend::BulkLoad::Normal);
    (void)m_target.backend().afterBulkLoad();
    return CopyOutcome{m_target.displayName(), static_cast<int>(tables.size()), m_done, timer.elapsed()};
}
} // namespace

Result<CopyOutcome> DatabaseCopier::copy(Database& source, const QString& target, const Progress& progress,
                                         const QString& targetPassword)
{
    if (source.schemaVersion() != Migrator::latestVersion()) {
        return Error{QString(), tr("%1 has schema %2 and this program %3: upgrade it before copying it.")
                                    .arg(source.displayName())
                                    .arg(source.schemaVersion())
                                    .arg(Migrator::latestVersion())};
    }
    if (source.inTransaction()) {
        return Error{QString(), tr("A change is still being saved; try again in a moment.")};
    }
    Database::Options options;
    options.password = targetPassword;
    auto location = DatabaseLocation::parse(target);
    if (!location) {
        return location.error();
    }
    if (location.value().isServer()) {
        auto db = Database::open(target, options);
        if (!db) {
            return db.error();
        }
        if (db.value()->isReadOnly()) {
            return Error{QString(),
                         db.value()->notice().isEmpty() ? tr("%1 is read-only.").arg(target) : db.value()->notice()};
        }
        return Copy(source, *db.value(), progress).run();
    }
    const QFileInfo info(target);
    if (info.exists() && info.size() > 0) {
        return Error{QString(), tr("%1 already exists; a database is copied only into a new file.").arg(target)};
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        return Error{QString(), tr("The folder %1 does not exist.").arg(info.absolutePath())};
    }
    PartFile part(info.absoluteFilePath() + QStringLiteral(".part"));
    Result<CopyOutcome> outcome = Error{};
    {
        auto db = Database::open(part.path(), options);
        if (!db) {
            return db.error();
        }
        outcome = Copy(source, *db.value(), progress).run();
    }
    if (!outcome) {
        return outcome;
    }
    QFile::remove(info.absoluteFilePath()); // an empty file the user made for us
    if (!QFile::rename(part.path(), info.absoluteFilePath())) {
        return Error{QString(), tr("The copy could not be renamed to %1.").arg(target)};
    }
    part.keep();
    outcome.value().target = info.absoluteFilePath();
    return outcome;
}

} // namespace ntm::core
