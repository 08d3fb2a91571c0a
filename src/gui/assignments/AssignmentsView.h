// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"

#include <memory>

namespace Ui {
class AssignmentsView;
}

namespace ntm::core {
struct Rotation;
}

namespace ntm::gui {

class RotationFilterProxy;
class RotationTableModel;

/// The personnel officer's view: every rotation decision, filtered together by district, commune, kind,
/// status, period and free text, with New / Edit / End / Delete (all undoable) and export.
class AssignmentsView final : public View
{
    Q_OBJECT

public:
    explicit AssignmentsView(QWidget* parent = nullptr);
    ~AssignmentsView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    std::optional<core::TableData> exportTable() const override;
    bool hasExportTable() const override { return true; }
    void setUndoStack(QUndoStack* stack) override { m_undo = stack; }
    void setSettings(AppSettings* settings) override;

    /// Opens the editor for a new decision (for this official when given).
    void newRotation(const QString& officialId = {});
    /// The commune or district the table is filtered to: what File > Print report starts on.
    QString reportCommuneId() const override;
    QString reportDistrictId() const override;
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;

private:
    void fillFilterChoices();
    void applyFilter();
    void clearFilters();
    QString selectedId() const;
    void select(const QString& rotationId);
    void editSelected();
    void endSelected();
    void deleteSelected();
    /// Saves an edit through the undo stack; a conflict shows both versions and lets the user save theirs again.
    void saveEdit(const core::Rotation& before, const core::Rotation& mine, const QString& text,
                  const QString& officialName);
    void updateButtons();
    void reportError(const QString& message);

    std::unique_ptr<Ui::AssignmentsView> m_ui;
    RotationTableModel* m_model;
    RotationFilterProxy* m_proxy;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    AppSettings* m_settings = nullptr;
    QDate m_asOf;
};

} // namespace ntm::gui
