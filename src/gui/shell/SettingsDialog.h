// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ntm::gui {

class AppSettings;

/// The user's preferences: UI language (Vietnamese or English) and how many days count as "ending soon".
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Writes the choices to the settings; true when the language changed (applies at the next start).
    bool save();

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
};

} // namespace ntm::gui
