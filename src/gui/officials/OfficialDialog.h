// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/People.h"

#include <QDialog>

#include <memory>

namespace Ui {
class OfficialDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits an official. Save checks core's rules and shows each finding beside its field; errors keep
/// the dialog open, warnings ask for confirmation. Nothing is written here: the caller pushes an undo command.
class OfficialDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `existing` is null for a new official.
    OfficialDialog(core::Database& db, const core::Official* existing, QWidget* parent = nullptr);
    ~OfficialDialog() override;

    /// The official as entered (with the id and row version of the record being edited).
    core::Official official() const;
    const FieldErrors& errors() const { return m_errors; }

    void accept() override;

private:
    std::unique_ptr<Ui::OfficialDialog> m_ui;
    core::Official m_original;
    core::Database& m_db;
    FieldErrors m_errors;
};

} // namespace ntm::gui
