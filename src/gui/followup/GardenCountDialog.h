// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/Review.h"
#include "domain/VillageProgress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class GardenCountDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Records how many model gardens (vườn mẫu) a village has on a date; the figure of a later date is the latest
/// count on or before it.
class GardenCountDialog final : public QDialog
{
    Q_OBJECT

public:
    GardenCountDialog(core::Database& db, const QList<core::Village>& villages, const core::VillageGardenCount& count,
                      QWidget* parent = nullptr);
    ~GardenCountDialog() override;

    core::VillageGardenCount count() const;
    void accept() override;

private:
    std::unique_ptr<Ui::GardenCountDialog> m_ui;
    core::Database& m_db;
    core::VillageGardenCount m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
