// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace ntm::core::generate {

/// What `ntm-cli generate` builds: a synthetic national database of this size, over these years, from this seed.
/// The same options give the same database, byte for byte.
struct GenerateOptions
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::generate::GenerateOptions)

public:
    int communes = 10035; ///< Communes before the 1/7/2025 reform.
    int districts = 700;  ///< Districts before the reform (they end on 30/6/2025).
    int fromYear = 2010;
    int toYear = 2026;
    quint64 seed = 42;

    /// An error naming the option (e.g. "--districts") when a value is out of range.
    Status check() const;

    /// 63 provinces for 700 districts (about 11 districts each), fewer for a smaller country.
    int provinces() const;
    /// Communes after the reform: 10,035 became 3,321, in that proportion.
    int mergedCommunes() const;
    /// 50,000 officials and 80,000 rotations for 10,035 communes, in that proportion.
    int officials() const;
    int rotations() const;
    /// Whether the 1/7/2025 reform falls inside the years generated.
    bool includesReform() const { return toYear >= 2025; }
    QDate firstDay() const { return QDate(fromYear, 1, 1); }
    /// The last date of generated data: 15 November of the last year, fixed so that the data never depends on
    /// the day it is generated.
    QDate horizon() const { return QDate(toYear, 11, 15); }
    /// The timestamp written in created_at, imported_at and the audit log (the horizon, at midnight UTC).
    QString stamp() const;

    static QDate reformDate() { return QDate(2025, 7, 1); }
};

} // namespace ntm::core::generate
