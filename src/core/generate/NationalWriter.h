// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/BulkWriter.h"
#include "domain/People.h"
#include "generate/CriteriaTimeline.h"
#include "generate/GenerateOptions.h"
#include "generate/GeneratedIds.h"
#include "generate/NationalUnits.h"
#include "generate/ProgressSimulator.h"
#include "generate/ReviewLogs.h"

#include <memory>

namespace ntm::core::generate {

/// Writes the synthetic country row by row, one prepared statement per table reused for every row, inside the
/// generator's transaction. Counts the rows it writes (the speed measure).
class NationalWriter final
{
public:
    NationalWriter(BulkWriter& writer, const GenerateOptions& options, const CriteriaTimeline& timeline);
    ~NationalWriter();

    Status prepared() const;
    /// Provinces, districts, communes with their periods, the reform's lineage and the 2026 commune groups.
    Status writeUnits(const NationalUnits& units);
    Status writeHistory(const GenCommune& commune, const CommuneHistory& history, const QList<GenMeeting>& meetings);
    Status writePeople(const Official& official, const QList<Rotation>& rotations);
    /// The meta marker and one `bulk` entry in the audit log; then everything buffered is written.
    Status writeClosing(const QString& description, const QString& summaryJson);
    qint64 rows() const { return m_rows; }

private:
    struct Statements;
    Status writeCommune(const GenCommune& commune, const NationalUnits& units);
    Status writeRotation(const Rotation& r);
    Status count(Status s);

    BulkWriter& m_writer;
    const GenerateOptions& m_options;
    const CriteriaTimeline& m_timeline;
    std::unique_ptr<Statements> m_st;
    GeneratedIds m_periodIds;
    GeneratedIds m_lineageIds;
    GeneratedIds m_groupIds;
    GeneratedIds m_meetingIds;
    GeneratedIds m_assessmentIds;
    GeneratedIds m_recognitionIds;
    QByteArray m_stamp;
    qint64 m_seq = 0;
    int m_recognitionNumber = 0;
    qint64 m_rows = 0;
};

} // namespace ntm::core::generate
