// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace ntm::core {

class Database;
class RowReader;

/// Rotation decisions. Rules are checked by RotationService before anything reaches this store.
class RotationStore final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RotationStore)

public:
    explicit RotationStore(Database& db) : m_db(db) {}

    Status insert(const Rotation& r);
    /// Updates every field; refused when the row version changed meanwhile (someone else edited it).
    Status update(const Rotation& r);
    Status remove(const QString& id);
    Result<std::optional<Rotation>> get(const QString& id);
    Result<QList<Rotation>> all();
    Result<QList<Rotation>> ofOfficial(const QString& officialId);
    Result<QList<Rotation>> inCommune(const QString& communeId);
    /// Rotations with the same issuing body and decision number (compared folded).
    Result<QList<Rotation>> withDecision(const QString& issuingBody, const QString& decisionNo);

    /// The columns a Rotation is read from, each prefixed with `alias.`, for queries that join other tables;
    /// read(query) takes them from the query's first columns.
    static QString columns(const QString& alias);
    static Rotation read(const RowReader& query);

private:
    Result<QList<Rotation>> select(const QString& where, const QVariantList& values);
    Database& m_db;
};

} // namespace ntm::core
