// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "package/ConflictPolicy.h"
#include "package/Package.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "transfer/TransferWizard.h"
#include "util/Result.h"

#include <optional>

class QLabel;
class QProgressBar;

namespace ntm::gui {

class AppSettings;
class PackageFilePage;
class PackagePreviewPage;

/// File > Import package: choose the file (read and checked at once: bad JSON with its line and column, a
/// newer format, a reference to nothing… are shown on that page, nothing written) → what the import would do,
/// per record kind, with the conflicts and a choice per kind (keep this database's version or take the
/// package's) → the import in one transaction with a progress bar and Cancel (which rolls it back) → a summary.
class ImportPackageWizard final : public TransferWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        RunPageId,
        SummaryPageId
    };

    ImportPackageWizard(core::Database& db, AppSettings& settings, QWidget* parent = nullptr);
    ~ImportPackageWizard() override;

    AppSettings& settings() const { return m_settings; }

    /// Reads the package at `path` and compares it with the database under the current policies.
    core::Status load(const QString& path, QProgressBar* bar, QLabel* stage);
    /// Compares again, after the user changed a conflict policy.
    core::Status compare(QProgressBar* bar);

    const core::Package* package() const { return m_package ? &*m_package : nullptr; }
    const core::PackagePreview* preview() const { return m_preview ? &*m_preview : nullptr; }
    QString path() const { return m_path; }
    core::ConflictPolicies& policies() { return m_policies; }
    /// What the import wrote (after the RunPage), when it succeeded.
    const std::optional<core::PackageImportOutcome>& outcome() const { return m_outcome; }

private:
    void runImport(QProgressBar* bar, QLabel* stage);
    QString describe(const core::PackageImportOutcome& outcome) const;

    AppSettings& m_settings;
    QString m_path;
    std::optional<core::Package> m_package;
    std::optional<core::PackagePreview> m_preview;
    core::ConflictPolicies m_policies;
    std::optional<core::PackageImportOutcome> m_outcome;
};

} // namespace ntm::gui
