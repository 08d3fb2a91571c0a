// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/ReportScope.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportScopeDialog;
}

class QStandardItemModel;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Asks which report to print or export: a commune's (chosen by typing its name, diacritics optional), a
/// district's summary or the province's, and the date of the data. The lists are the units existing on that
/// date; the defaults come from the current view and the shared as-of date.
class ReportScopeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Print,
        Export
    };

    ReportScopeDialog(core::Database& db, const ReportScope& initial, Purpose purpose, QWidget* parent = nullptr);
    ~ReportScopeDialog() override;

    ReportScope scope() const;
    void accept() override;

private:
    void fillLists();
    void updateEnabled();
    QString chosenCommuneId() const;

    std::unique_ptr<Ui::ReportScopeDialog> m_ui;
    core::Database& m_db;
    QStandardItemModel* m_communes;
};

} // namespace ntm::gui
