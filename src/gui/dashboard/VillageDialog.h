// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/Review.h"

#include <QDialog>

#include <memory>

namespace Ui {
class VillageDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a village (thôn) of a commune and the party committee member responsible for it, as Thạch
/// Khê tied each member's duties to the results of one village.
class VillageDialog final : public QDialog
{
    Q_OBJECT

public:
    VillageDialog(core::Database& db, const core::Village& village, QWidget* parent = nullptr);
    ~VillageDialog() override;

    core::Village village() const;
    void accept() override;

private:
    std::unique_ptr<Ui::VillageDialog> m_ui;
    core::Database& m_db;
    core::Village m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
