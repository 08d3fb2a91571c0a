// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/PackageSchema.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class PackagePreviewPage;
}

class QComboBox;

namespace ntm::gui {

class ImportPackageWizard;

/// Second page of the package import: what it would do, per record kind (new, changed, unchanged, conflicts,
/// outdated), the conflicts with the fields that differ, and per kind of conflict the user's choice: keep this
/// database's version or take the package's. A commit page: its Import button starts the writing.
class PackagePreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit PackagePreviewPage(ImportPackageWizard& wizard);
    ~PackagePreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The choice box for the conflicts of one kind (nullptr when the package has no conflict of that kind).
    QComboBox* policyCombo(core::PackageKind kind) const;

private:
    void fillCounts();
    void fillConflicts();
    void fillPolicies();
    void policyChanged(core::PackageKind kind, int index);

    std::unique_ptr<Ui::PackagePreviewPage> m_ui;
    ImportPackageWizard& m_wizard;
    bool m_refused = false; ///< The choices made the package impossible to import (see the banner).
};

} // namespace ntm::gui
