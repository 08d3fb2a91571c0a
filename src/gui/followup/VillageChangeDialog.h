// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "service/VillageChange.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VillageChangeDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Merges villages into a new one or renames one, from a date (the lineage is kept, as for communes). Save plans
/// the change with core's VillageChangeService; the caller applies it as an undoable command.
class VillageChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    VillageChangeDialog(core::Database& db, const QString& communeId, const QList<core::Village>& villages,
                        const QString& selectedId, const QDate& on, QWidget* parent = nullptr);
    ~VillageChangeDialog() override;

    /// The change as planned when the dialog was accepted.
    const core::VillageChange& change() const { return m_change; }
    void accept() override;

private:
    std::unique_ptr<Ui::VillageChangeDialog> m_ui;
    core::Database& m_db;
    QString m_communeId;
    core::VillageChange m_change;
    FieldErrors m_errors;
};

} // namespace ntm::gui
