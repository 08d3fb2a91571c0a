// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class PackageFilePage;
}

namespace ntm::gui {

class ImportPackageWizard;

/// First page of the package import: the file. Next reads and checks it and compares it with the database;
/// whatever makes it impossible to import is said here, in plain words, and nothing is written.
class PackageFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PackageFilePage(ImportPackageWizard& wizard);
    ~PackageFilePage() override;

    bool isComplete() const override;
    bool validatePage() override;
    /// The problem shown, or empty.
    QString errorText() const;

private:
    void browse();

    std::unique_ptr<Ui::PackageFilePage> m_ui;
    ImportPackageWizard& m_wizard;
};

} // namespace ntm::gui
