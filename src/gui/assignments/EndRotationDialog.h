// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/People.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EndRotationDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Records the end of a term: actual end, end reason, evaluation (hoàn thành xuất sắc / tốt / hoàn thành /
/// không hoàn thành nhiệm vụ) and the position on return. Also corrects an end recorded earlier. It says whose term
/// it ends (official, position, commune, start and planned end), and the reason it proposes fits the date: "end of
/// term" only for an end at the planned end; an earlier end proposes none and says how early it is.
class EndRotationDialog final : public QDialog
{
    Q_OBJECT

public:
    EndRotationDialog(core::Database& db, const core::Rotation& rotation, QWidget* parent = nullptr);
    ~EndRotationDialog() override;

    /// The rotation with the end as entered.
    core::Rotation rotation() const;
    void accept() override;

private:
    void describeTerm();
    void suggestReason();

    std::unique_ptr<Ui::EndRotationDialog> m_ui;
    core::Database& m_db;
    core::Rotation m_original;
    FieldErrors m_errors;
    bool m_reasonChosen = false; ///< The user picked a reason: a new date no longer changes it.
};

} // namespace ntm::gui
