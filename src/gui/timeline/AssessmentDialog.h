// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CriterionTimeline.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AssessmentDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// One assessment behind a span of the timeline, read-only: the commune, the criterion, the set, the status,
/// when and by whom it was recorded, the note, the evidence and the indicator values. History is never edited
/// here: a correction is a new assessment on the criteria board.
class AssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(core::Database* db, const core::CriterionTimeline& timeline, const core::TimelineRow& row,
                     const core::TimelineSpan& span, QWidget* parent = nullptr);
    ~AssessmentDialog() override;

    /// The assessment shown (empty for a span with no assessment).
    QString assessmentId() const { return m_assessmentId; }

private:
    void fillValues(core::Database& db, const core::Assessment& a);

    std::unique_ptr<Ui::AssessmentDialog> m_ui;
    QString m_assessmentId;
};

} // namespace ntm::gui
