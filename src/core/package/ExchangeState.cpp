// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/ExchangeState.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "package/CriteriaSetCodec.h"
#include "package/KindTable.h"
#include "package/RecordCodec.h"
#include "store/CriteriaStore.h"

#include <QSqlQuery>

namespace ntm::core {

Result<ExchangeState> ExchangeState::load(Database& db)
{
    ExchangeState state;
    for (const KindSpec& spec : PackageSchema::kinds()) {
        if (spec.special || spec.appendOnly) {
            continue;
        }
        auto& records = state.m_records.at(static_cast<size_t>(spec.kind));
        auto& keys = state.m_naturalKeys.at(static_cast<size_t>(spec.kind));
        const auto read =
            KindTable::forEach(db, spec, [&](const QVariantList& values, const QList<QVariantList>& children) {
                const QString id = values.constFirst().toString();
                records.insert(id, StoredRecord{values, children, RecordCodec::contentHash(spec, values, children)});
                if (!spec.naturalKey.isEmpty()) {
                    keys.insert(naturalKey(spec, values), id);
                }
                return true;
            });
        if (!read) {
            return read.error();
        }
    }
    auto sets = CriteriaStore(db).sets();
    if (!sets) {
        return sets.error();
    }
    state.m_sets = std::move(sets).value();
    for (const CriteriaSet& s : state.m_sets) {
        state.m_setHashes.insert(s.id, CriteriaSetCodec::definitionHash(s));
    }
    if (Status s = state.loadAssessments(db); !s) {
        return s.error();
    }
    if (Status s = state.loadBases(db); !s) {
        return s.error();
    }
    return state;
}

Status ExchangeState::loadAssessments(Database& db)
{
    QSqlQuery q = sql::prepare(db.sql(), QStringLiteral("SELECT id FROM assessment"));
    if (Status s = sql::exec(q, tr("Reading assessments")); !s) {
        return s;
    }
    while (q.next()) {
        m_assessments.insert(q.value(0).toString());
    }
    const auto max = sql::scalar(db.sql(), QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM assessment"));
    if (!max) {
        return max.error();
    }
    m_maxSeq = max.value().toLongLong();
    return {};
}

Status ExchangeState::loadBases(Database& db)
{
    QSqlQuery q =
        sql::prepare(db.sql(), QStringLiteral("SELECT table_name, row_id, content_hash, agreed_at FROM exchange_base"));
    if (Status s = sql::exec(q, tr("Reading what earlier imports agreed on")); !s) {
        return s;
    }
    while (q.next()) {
        m_bases.insert(q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(),
                       ExchangeBase{q.value(2).toString().toLatin1(),
                                    QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs)});
    }
    return {};
}

const StoredRecord* ExchangeState::record(PackageKind kind, const QString& id) const
{
    const auto& records = m_records.at(static_cast<size_t>(kind));
    const auto it = records.constFind(id);
    return it == records.constEnd() ? nullptr : &*it;
}

QString ExchangeState::idByNaturalKey(PackageKind kind, const QString& key) const
{
    return m_naturalKeys.at(static_cast<size_t>(kind)).value(key);
}

const CriteriaSet* ExchangeState::set(const QString& id) const
{
    for (const CriteriaSet& s : m_sets) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

std::optional<ExchangeBase> ExchangeState::base(const QString& table, const QString& id) const
{
    const auto it = m_bases.constFind(table + QLatin1Char('/') + id);
    return it == m_bases.constEnd() ? std::nullopt : std::optional<ExchangeBase>(*it);
}

QString ExchangeState::naturalKey(const KindSpec& spec, const QVariantList& values)
{
    QString key;
    for (int i : spec.naturalKey) {
        key += values.at(i).toString() + QLatin1Char('\x1f');
    }
    return key;
}

} // namespace ntm::core
