// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "generate/GenerateOptions.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <functional>

namespace ntm::core {
class Database;
}

namespace ntm::core::generate {

/// What a generation wrote.
struct GenerateOutcome
{
    qint64 rows = 0;           ///< Every row written, the speed measure.
    qint64 communesBefore = 0; ///< Communes existing on 30/6/2025 (or at the end, without the reform).
    qint64 communesAfter = 0;  ///< Communes existing on 1/7/2025.
    qint64 lineageLinks = 0;
    qint64 assessments = 0;
    qint64 recognitions = 0;
    qint64 officials = 0;
    qint64 rotations = 0;
    qint64 reviewMeetings = 0;
    qint64 milliseconds = 0;
};

/// Builds the synthetic national database of `ntm-cli generate` (docs/performance.md describes it): the shipped
/// criteria sets, the country's units and their 2025 reform, the communes' criteria histories and recognitions,
/// review meetings, officials and rotations, all derived from the seed. Written in one transaction into
/// "FILE.part", renamed to FILE once complete: a failure or a cancel leaves no file behind.
class NationalGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::generate::NationalGenerator)

public:
    /// (rows written, rows expected, what); return false to cancel.
    using Progress = std::function<bool(qint64 rows, qint64 expected, const QString& what)>;

    explicit NationalGenerator(GenerateOptions options) : m_options(options) {}

    Result<GenerateOutcome> generate(const QString& path, const Progress& progress = {});

    /// A rough count of the rows a generation writes, for progress bars.
    qint64 expectedRows() const;

private:
    Status build(Database& db, const Progress& progress, qint64* rows);
    Status storeCriteriaSets(Database& db);
    Result<GenerateOutcome> outcome(Database& db);

    GenerateOptions m_options;
};

} // namespace ntm::core::generate
