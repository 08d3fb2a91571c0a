// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/AssessmentService.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class CriterionPanel;
}

class QUndoStack;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// One criterion of one commune: its name, the indicators with their targets (the commune group's target
/// under the 2026–2030 set), the history of assessments, and the form for a new assessment. A correction is a
/// new assessment; history is never edited.
class CriterionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CriterionPanel(QWidget* parent = nullptr);
    ~CriterionPanel() override;

    void setContext(core::Database* db, QUndoStack* undo);
    /// Shows `number` of the commune as of `asOf` (an empty commune id clears the panel).
    void show(const QString& communeId, int number, const QDate& asOf);
    void refresh();
    const FieldErrors& errors() const { return m_errors; }

    /// Checks the form against core's rules and records it through the undo stack; false when refused.
    bool record();

Q_SIGNALS:
    void bulkRequested(const QString& communeId);

private:
    void fillIndicators(const core::Criterion& criterion, int group);
    void fillHistory();
    QList<core::AssessmentInput> inputs(const core::Criterion& criterion) const;
    const core::Criterion* criterionOn(const QDate& date, QString* setCode) const;
    /// The assessment's date starts on the as-of date (today when that is later), and says which it is.
    void resetDate();
    void updateDateHint();

    std::unique_ptr<Ui::CriterionPanel> m_ui;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    QString m_communeId;
    QString m_provinceId;
    QString m_family;
    int m_number = 0;
    QDate m_asOf;
    FieldErrors m_errors;
    std::shared_ptr<void> m_resolverHolder; ///< Keeps the set resolver (and the criterion pointers) alive.
};

} // namespace ntm::gui
