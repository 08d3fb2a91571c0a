// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ProgressPump.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportPackageDialog;
}

namespace ntm::core {
class Database;
struct PackageManifest;
} // namespace ntm::core

namespace ntm::gui {

class AppSettings;

/// File > Export package: the scope (the whole database, one district or one commune, found as the user types
/// it, with or without diacritics), the file, whether other users of the computer may read it (off by default,
/// remembered), then the export in steps with a progress bar; Cancel stops it and leaves no file. At the end a
/// message says what was written where.
class ExportPackageDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportPackageDialog(core::Database& db, AppSettings& settings, QWidget* parent = nullptr);
    ~ExportPackageDialog() override;

    ProgressPump& pump() { return m_pump; }

    void accept() override;
    void reject() override;

private:
    void scopeChanged();
    void browse();
    void suggestPath();
    QString scopeName() const;
    QString describe(const core::PackageManifest& manifest, const QString& path) const;

    std::unique_ptr<Ui::ExportPackageDialog> m_ui;
    core::Database& m_db;
    AppSettings& m_settings;
    ProgressPump m_pump;
    bool m_pathTyped = false; ///< The user chose the file: stop suggesting names.
};

} // namespace ntm::gui
