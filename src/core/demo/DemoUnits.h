// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ntm::core::demo {

/// Hà Tĩnh's real administrative units with their history (resources/units/ha-tinh.json, converted from the
/// reference lists by tools/convert-units.py): 262 units until 2019, 216 from 2020, 209 from 1/1/2025, 69 from
/// 1/7/2025, with dated periods and merge lineage. Ids are name-based, the same in every database.
class DemoUnits final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::demo::DemoUnits)

public:
    static Result<DemoUnits> load(const QString& path = QStringLiteral(":/units/ha-tinh.json"));

    const Province& province() const { return m_province; }
    const QList<District>& districts() const { return m_districts; }
    const QList<Commune>& communes() const { return m_communes; }
    const QList<LineageLink>& lineage() const { return m_lineage; }
    const QList<LineageLink>& districtLineage() const { return m_districtLineage; }

    const Commune* commune(const QString& id) const;
    const District* district(const QString& id) const;
    const District* districtByCode(const QString& code) const;
    /// Id of the unit with this key in the file (e.g. "42-18268-a").
    static QString communeIdForKey(const QString& key);
    /// Communes of kind xã existing on the date (the units the programme judges), in file order.
    QList<const Commune*> programmeCommunesOn(const QDate& date) const;
    /// First commune whose first period has this name (and district code, when given).
    const Commune* findByName(const QString& name, const QString& districtCode = {}) const;
    /// The commune called `name` on `date` (in the district with this code then, when given).
    const Commune* findOn(const QString& name, const QString& districtCode, const QDate& date) const;
    /// Links into `successorId` that take effect on `date` (its predecessors in that merger).
    QList<QString> predecessorsOn(const QString& successorId, const QDate& date) const;
    /// True when a link on `date` names the commune (as predecessor or successor).
    bool mergedOn(const QString& communeId, const QDate& date) const;
    /// Links that take effect on `date`, grouped by successor id.
    QHash<QString, QList<QString>> mergesOn(const QDate& date) const;
    QString focusDucYen() const { return m_focusDucYen; }
    QString focusThachKhe() const { return m_focusThachKhe; }

private:
    Province m_province;
    QList<District> m_districts;
    QList<Commune> m_communes;
    QList<LineageLink> m_lineage;
    QList<LineageLink> m_districtLineage;
    QHash<QString, qsizetype> m_communeIndex;
    QString m_focusDucYen;
    QString m_focusThachKhe;
};

} // namespace ntm::core::demo
