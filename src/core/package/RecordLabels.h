// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/Package.h"

#include <QCoreApplication>
#include <QHash>

namespace ntm::core {

class ExchangeState;

/// What people call a record, for conflict lists and error messages ("Nguyễn Văn An – 12/QĐ-UBND",
/// "xã Thạch Khê"), from the package's records and the database's.
class RecordLabels final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::RecordLabels)

public:
    RecordLabels(const Package& package, const ExchangeState& state);

    QString label(PackageKind kind, const QVariantList& values, const QList<QVariantList>& children) const;
    /// The official's name, or the id when unknown.
    QString official(const QString& id) const;
    /// The commune's latest name with its kind ("xã Thạch Khê"), or the id when unknown.
    QString commune(const QString& id) const;
    /// The village's name, or the id when unknown.
    QString village(const QString& id) const;

    /// "rotations[12] (Nguyễn Văn An – 12/QĐ-UBND)": where a package record is and what it is.
    QString place(PackageKind kind, const PackageRecord& record) const;

private:
    void addCommune(const QString& id, const QList<QVariantList>& periods);

    QHash<QString, QString> m_officials;
    QHash<QString, QString> m_communes;
    QHash<QString, QString> m_districts;
    QHash<QString, QString> m_villages;
};

} // namespace ntm::core
