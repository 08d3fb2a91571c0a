// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "access/AccessPolicy.h"
#include "store/AuditLog.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ntm::core {

class Database;

/// What the audit view asks for: any combination of user, commune, kind of record and dates (local days, both
/// ends included). Empty members do not filter.
struct AuditFilter
{
    QString actor;
    QString communeId;
    std::optional<RecordKind> kind;
    QDate from;
    QDate to;
    int limit = 5000; ///< newest first; the view says when there are more
};

/// One field an audited change changed, as text.
struct AuditChange
{
    QString field;
    QString before;
    QString after;
};

/// Reads the audit trail for people: searches with filters, the history of one record (or of one criterion of a
/// commune), and the wording of an entry — the record it concerns and the fields it changed.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::AuditTrail)

public:
    explicit AuditTrail(Database& db) : m_db(db) {}

    /// Entries matching the filter, newest first; at most filter.limit (+1, so the caller can tell there are more).
    Result<QList<AuditEntry>> search(const AuditFilter& filter);
    /// Everyone who appears in the log, for the user filter.
    Result<QStringList> actors();
    /// Every entry of one record, oldest first.
    Result<QList<AuditEntry>> historyOf(const QString& table, const QString& rowId);
    /// The entries of one criterion of a commune (its assessments, recorded and taken back), oldest first.
    Result<QList<AuditEntry>> criterionHistory(const QString& communeId, const QString& family, int number);

    /// The tables whose rows are of this kind.
    static QStringList tablesOf(RecordKind kind);
    /// The commune an entry concerns (from the row's commune_id, or the commune itself), else empty.
    static QString communeOf(const AuditEntry& entry);
    /// A short name of the record: an official's name, a decision number, a village's name…
    static QString recordLabel(const AuditEntry& entry);
    /// The fields that differ between before and after (bookkeeping columns left out); for an insert or a delete,
    /// every field with a value.
    static QList<AuditChange> changes(const AuditEntry& entry);
    /// "Inserted", "Changed", "Deleted", "Bulk import".
    static QString actionLabel(const QString& action);

private:
    Result<QList<AuditEntry>> select(const QString& where, const QVariantList& values, const QString& order, int limit);
    Database& m_db;
};

} // namespace ntm::core
