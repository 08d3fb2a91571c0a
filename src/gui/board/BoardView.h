// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"

#include <memory>

namespace Ui {
class BoardView;
}

class QSortFilterProxyModel;

namespace ntm::gui {

class BoardModel;
class CriterionPanel;

/// The criteria board: communes (grouped by district, Vietnamese order) × the criteria in force, each cell
/// coloured by status as of the shared date, with a legend, the count met, filters by district and
/// recognition, and the criterion panel for the selected cell (history and new assessments).
class BoardView final : public View
{
    Q_OBJECT

public:
    explicit BoardView(QWidget* parent = nullptr);
    ~BoardView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    void setUndoStack(QUndoStack* stack) override;
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;
    QString reportDistrictId() const override;

    BoardModel* model() const { return m_model; }
    CriterionPanel* panel() const { return m_panel; }
    /// Selects the cell of a commune's criterion (as a click would); false when the board (as of its date, with
    /// its filters) does not show that commune.
    bool selectCell(const QString& communeId, int number);
    /// Opens the several-criteria dialog for a commune.
    void recordSeveral(const QString& communeId);

Q_SIGNALS:
    /// The user asked for a commune's dashboard (double-click on its name).
    void communeActivated(const QString& communeId);

private:
    /// District rows span the board: their name and count are not cut at the name column's width.
    void spanDistrictRows();
    void fillProvinces();
    void fillDistricts();
    void cellChosen(const QModelIndex& index);
    void addLegend();

    std::unique_ptr<Ui::BoardView> m_ui;
    BoardModel* m_model;
    QSortFilterProxyModel* m_proxy;
    CriterionPanel* m_panel;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    QDate m_asOf;
    QString m_selectedCommune;
    int m_selectedNumber = 0;
};

} // namespace ntm::gui
