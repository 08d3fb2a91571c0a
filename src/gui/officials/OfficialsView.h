// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"

#include <memory>

namespace Ui {
class OfficialsView;
}

namespace ntm::core {
struct Official;
}

namespace ntm::gui {

class OfficialFilterProxy;
class OfficialHistoryModel;
class OfficialTableModel;

/// The register of officials in Vietnamese order with a diacritics-free search, add / edit / delete (all
/// undoable; delete is refused while rotations refer to the official), and the selected official's history:
/// every rotation with what the commune gained meanwhile.
class OfficialsView final : public View
{
    Q_OBJECT

public:
    explicit OfficialsView(QWidget* parent = nullptr);
    ~OfficialsView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    std::optional<core::TableData> exportTable() const override;
    bool hasExportTable() const override { return true; }
    void setUndoStack(QUndoStack* stack) override { m_undo = stack; }
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;

    void newOfficial();

Q_SIGNALS:
    /// The user asked for a new rotation decision for this official.
    void newRotationRequested(const QString& officialId);

private:
    QString selectedId() const;
    void select(const QString& officialId);
    void editSelected();
    void deleteSelected();
    /// Saves an edit through the undo stack; a conflict shows both versions and lets the user save theirs again.
    void saveEdit(const core::Official& before, const core::Official& mine);
    void showHistory();
    void updateButtons();
    void reportError(const QString& message);

    std::unique_ptr<Ui::OfficialsView> m_ui;
    OfficialTableModel* m_model;
    OfficialFilterProxy* m_proxy;
    OfficialHistoryModel* m_history;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    QDate m_asOf;
};

} // namespace ntm::gui
