// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/Review.h"
#include "domain/VillageProgress.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ModelAreaDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Records a village's recognition as a model residential area (khu dân cư NTM kiểu mẫu): the decision, its date
/// and issuing body, and when the recognition ended if it did.
class ModelAreaDialog final : public QDialog
{
    Q_OBJECT

public:
    ModelAreaDialog(core::Database& db, const QList<core::Village>& villages, const core::VillageModelArea& area,
                    QWidget* parent = nullptr);
    ~ModelAreaDialog() override;

    core::VillageModelArea area() const;
    void accept() override;

private:
    std::unique_ptr<Ui::ModelAreaDialog> m_ui;
    core::Database& m_db;
    core::VillageModelArea m_original;
    FieldErrors m_errors;
};

} // namespace ntm::gui
