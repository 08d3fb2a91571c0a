// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"

#include <memory>

namespace Ui {
class UnitsView;
}

namespace ntm::gui {

class UnitFilterProxy;
class UnitTreeModel;

/// Districts and communes as of the shared date, in Vietnamese order, with criteria met and recognition, and
/// a search box that ignores diacritics.
class UnitsView final : public View
{
    Q_OBJECT

public:
    explicit UnitsView(QWidget* parent = nullptr);
    ~UnitsView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    void focusSearch() override;
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;
    void setUndoStack(QUndoStack* undo) override { m_undo = undo; }
    /// Opens the dialog of each reform's rule for recognitions across mergers (window-modal).
    void showReformRules();
    QDate asOf() const { return m_asOf; }
    int communeCount() const;
    /// The commune or district row chosen in the tree: what File > Print report starts on.
    QString reportCommuneId() const override;
    QString reportDistrictId() const override;

Q_SIGNALS:
    /// The user asked for a commune's dashboard (double-click).
    void communeActivated(const QString& communeId);

private:
    std::unique_ptr<Ui::UnitsView> m_ui;
    UnitTreeModel* m_model;
    UnitFilterProxy* m_proxy;
    core::Database* m_db = nullptr;
    QUndoStack* m_undo = nullptr;
    QDate m_asOf;
};

} // namespace ntm::gui
