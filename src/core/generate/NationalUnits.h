// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"
#include "domain/Vocabulary.h"
#include "generate/GenerateOptions.h"
#include "generate/GeneratedIds.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core::generate {

struct GenProvince
{
    QByteArray id;
    QString code;
    QString name;
};

struct GenDistrict
{
    QByteArray id;
    int province = 0;
    QString code;
    QString name;
    DistrictKind kind = DistrictKind::Huyen;
};

/// A commune identity of the synthetic country. Before the reform it belongs to a district; communes made by
/// the reform belong to the province directly. A commune the reform left whole keeps its identity and gets a
/// second period without district.
struct GenCommune
{
    QByteArray id;
    int province = 0;
    int district = -1; ///< -1: made by the reform, directly under the province.
    QString code;
    QString name;
    CommuneKind kind = CommuneKind::Xa;
    QDate validTo;          ///< Invalid: still exists. Communes merged on 1/7/2025 end on 30/6/2025.
    bool keptWhole = false; ///< Left whole by the reform: one identity, a second period from 1/7/2025.
    int successor = -1;     ///< The commune it was merged into.
    QList<int> parts;       ///< For a commune made by the reform: the communes merged into it.
    double strength = 0.5;  ///< 0..1: how early it progresses.

    bool existsOn(const QDate& d) const { return !validTo.isValid() || d <= validTo; }
    bool madeByReform() const { return district < 0; }
};

/// Plans the provinces, districts and communes of the synthetic country and the 1/7/2025 merges of communes
/// (10,035 into 3,321, within each province), with their lineage. Districts end on 30/6/2025.
class NationalUnits final
{
public:
    static NationalUnits plan(const GenerateOptions& options, demo::DemoRandom& rng);

    const QList<GenProvince>& provinces() const { return m_provinces; }
    const QList<GenDistrict>& districts() const { return m_districts; }
    /// Communes existing before the reform first, then those the reform made, in the order their ids rise.
    const QList<GenCommune>& communes() const { return m_communes; }
    int oldCount() const { return m_oldCount; }
    /// Indexes of the communes of a district (before the reform) and of a province after it.
    const QList<int>& communesOfDistrict(int district) const { return m_byDistrict.at(district); }
    const QList<int>& reformCommunesOfProvince(int province) const { return m_reformByProvince.at(province); }

private:
    void planDistricts(const GenerateOptions& options, demo::DemoRandom& rng);
    void planCommunes(const GenerateOptions& options, demo::DemoRandom& rng);
    void planReform(const GenerateOptions& options, demo::DemoRandom& rng);
    void mergeGroup(const QList<int>& group, const QString& name, const QString& code, int province);

    QList<GenProvince> m_provinces;
    QList<GenDistrict> m_districts;
    QList<GenCommune> m_communes;
    QList<QList<int>> m_byDistrict;
    QList<QList<int>> m_reformByProvince;
    int m_oldCount = 0;
    quint64 m_seed = 0;
    GeneratedIds m_communeIds{0, 0x0003}; ///< Older communes first, then the reform's: ids rise in writing order.
};

} // namespace ntm::core::generate
