// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "package/PackageSchema.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QVariantList>

#include <array>
#include <optional>

namespace ntm::core {

class Database;

/// A record as the database holds it, normalized like a package record, with its content hash.
struct StoredRecord
{
    QVariantList values;
    QList<QVariantList> children;
    QByteArray hash;
};

/// The version of a record this database last agreed on with a package (table exchange_base).
struct ExchangeBase
{
    QByteArray hash;
    QDateTime agreedAt; ///< created_at of that package
};

/// What a criterion is, for checking and completing assessments.
struct CriterionInfo
{
    QString setId;
    QString family;
    int number = 0;
    QSet<QString> indicators;
};

/// Everything the preview and the importer compare a package with, loaded once in bulk (one query per
/// table, no query per record): every mutable record with its hash, the ids of the assessments, the
/// criteria sets, and the agreed versions. Assessments are the bulk of a database and only their ids are
/// held.
class ExchangeState final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::ExchangeState)

public:
    static Result<ExchangeState> load(Database& db);

    const QHash<QString, StoredRecord>& records(PackageKind kind) const
    {
        return m_records.at(static_cast<size_t>(kind));
    }
    const StoredRecord* record(PackageKind kind, const QString& id) const;
    /// The id of the stored record with the same natural key (e.g. commune + date of a commune group).
    QString idByNaturalKey(PackageKind kind, const QString& key) const;
    bool hasAssessment(const QString& id) const { return m_assessments.contains(id); }
    qint64 assessmentCount() const { return m_assessments.size(); }
    qint64 maxSeq() const { return m_maxSeq; }
    const QList<CriteriaSet>& sets() const { return m_sets; }
    const CriteriaSet* set(const QString& id) const;
    QByteArray setHash(const QString& id) const { return m_setHashes.value(id); }
    std::optional<ExchangeBase> base(const QString& table, const QString& id) const;

    /// The natural key of a record of `spec` (empty when the kind has none).
    static QString naturalKey(const KindSpec& spec, const QVariantList& values);

private:
    Status loadBases(Database& db);
    Status loadAssessments(Database& db);

    std::array<QHash<QString, StoredRecord>, kPackageKindCount> m_records;
    std::array<QHash<QString, QString>, kPackageKindCount> m_naturalKeys;
    QSet<QString> m_assessments;
    qint64 m_maxSeq = 0;
    QList<CriteriaSet> m_sets;
    QHash<QString, QByteArray> m_setHashes;
    QHash<QString, ExchangeBase> m_bases; ///< key: table + '/' + id
};

} // namespace ntm::core
