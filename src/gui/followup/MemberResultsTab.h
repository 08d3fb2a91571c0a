// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "followup/FollowUpContext.h"

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class MemberResultsTab;
}

namespace ntm::gui {

class MemberResultsModel;

/// The commune dashboard's "Members' results" tab: everyone who served in the commune's working groups up to the
/// shared date, with the villages they answered for and how those progressed, and their actions; the selected
/// member's one-page summary is printed or saved as PDF (the report goes through the window's report actions).
class MemberResultsTab final : public QWidget
{
    Q_OBJECT

public:
    explicit MemberResultsTab(QWidget* parent = nullptr);
    ~MemberResultsTab() override;

    void setContext(const std::shared_ptr<const FollowUpContext>& context);
    MemberResultsModel* model() const { return m_model; }

Q_SIGNALS:
    /// Print (or save as PDF) the summary of the person (GroupMember::personKey()) of the commune, as of the date.
    void summaryRequested(const QString& communeId, const QString& personKey, const QDate& asOf, bool print);

private:
    void request(bool print);
    void updateButtons();

    std::unique_ptr<Ui::MemberResultsTab> m_ui;
    MemberResultsModel* m_model;
    QSortFilterProxyModel* m_sorted;
    std::shared_ptr<const FollowUpContext> m_context;
};

} // namespace ntm::gui
