// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"

#include <QList>
#include <QString>

namespace ntm::core::generate {

/// The 63 provinces and cities of Viet Nam before the 2025 reform, in the order of their codes' list here.
const QList<QString>& provinceNames();

/// Generated place names ("Tân Phú", "Hòa Bình") that do not repeat within one pool: a district's communes,
/// a province's districts. Illustrative: real names repeat across the country too.
class NamePool final
{
public:
    explicit NamePool(demo::DemoRandom& rng);
    QString next();

private:
    QList<int> m_order;
    qsizetype m_next = 0;
};

} // namespace ntm::core::generate
