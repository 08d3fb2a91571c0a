// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/View.h"

#include <QHash>

#include <memory>

namespace Ui {
class AuditView;
}

namespace ntm::gui {

class AuditChangesModel;
class AuditEntryModel;

/// The audit trail: every recorded change, newest first, filtered by user, commune, kind of record and dates
/// (AuditTrail::search); below the list, the fields the selected change changed, before and after. A record's
/// whole history opens from its context menu here and in the officials and rotations tables.
class AuditView final : public View
{
    Q_OBJECT

public:
    explicit AuditView(QWidget* parent = nullptr);
    ~AuditView() override;

    QString title() const override;
    void setDatabase(core::Database* db) override;
    void setAsOf(const QDate& date) override;
    void refresh() override;
    std::optional<core::TableData> exportTable() const override;
    QByteArray saveViewState() const override;
    void restoreViewState(const QByteArray& state) override;

private:
    void fillFilters();
    void search();
    void clearFilters();
    void showChanges();
    void showSelectedHistory();

    std::unique_ptr<Ui::AuditView> m_ui;
    AuditEntryModel* m_model;
    AuditChangesModel* m_changes;
    core::Database* m_db = nullptr;
    QHash<QString, QString> m_places;
    bool m_filling = false;
};

} // namespace ntm::gui
