// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/AssessmentService.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BulkAssessmentDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Several criteria of one commune at one date in one step, as a commune records a review meeting: every
/// criterion of the set in force on the date with its current status and a choice for the new one.
class BulkAssessmentDialog final : public QDialog
{
    Q_OBJECT

public:
    BulkAssessmentDialog(core::Database& db, const QString& communeId, const QDate& date, QWidget* parent = nullptr);
    ~BulkAssessmentDialog() override;

    QDate date() const;
    /// The criteria given a new status (those left "unchanged" are not included).
    QList<core::AssessmentInput> inputs() const;
    /// Sets the new status of criterion `number` (as a user picks it in the table).
    void choose(int number, core::CriterionStatus status);
    void accept() override;

private:
    void fill();

    std::unique_ptr<Ui::BulkAssessmentDialog> m_ui;
    core::Database& m_db;
    QString m_communeId;
    FieldErrors m_errors;
};

} // namespace ntm::gui
