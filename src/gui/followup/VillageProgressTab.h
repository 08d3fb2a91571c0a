// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpContext.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class VillageProgressTab;
}

namespace ntm::gui {

class VillageProgressModel;

/// The commune dashboard's "Village progress" tab: the villages on the shared date with who answers for each, their
/// model residential areas and model gardens and their lineage; recording a recognition or a garden count, merging
/// or renaming villages (undoable); and, where the set in force has a criterion fed by villages (Hà Tĩnh's criterion
/// 20), the link with the province's rule measured on the commune's villages, marked unverified when it is.
class VillageProgressTab final : public QWidget
{
    Q_OBJECT

public:
    explicit VillageProgressTab(QWidget* parent = nullptr);
    ~VillageProgressTab() override;

    void setContext(const std::shared_ptr<const FollowUpContext>& context);
    VillageProgressModel* model() const { return m_model; }
    /// What the tab says about the village rules of the set in force (empty when it has none).
    QString ruleText() const;

private:
    void updateButtons();
    void recordModelArea();
    void recordGardens();
    void changeVillages();
    void openRules();
    void report(const QString& message);
    QList<core::Village> villagesOnDate() const;
    QString selectedVillage() const;

    std::unique_ptr<Ui::VillageProgressTab> m_ui;
    VillageProgressModel* m_model;
    QSortFilterProxyModel* m_sorted;
    std::shared_ptr<const FollowUpContext> m_context;
};

} // namespace ntm::gui
