// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ImportPackageWizard.h"

#include "app/AppSettings.h"
#include "package/PackageReader.h"
#include "transfer/PackageFilePage.h"
#include "transfer/PackagePreviewPage.h"
#include "transfer/RunPage.h"
#include "transfer/SummaryPage.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace ntm::gui {

using namespace ntm::core;

namespace {
/// The problems of a package that cannot be imported, the first ones in full.
Error refusal(const PackagePreview& preview)
{
    constexpr int kShown = 8;
    QStringList lines;
    for (int i = 0; i < preview.errors().size() && i < kShown; ++i) {
        lines.append(QStringLiteral("• ") + preview.errors().at(i).message);
    }
    if (preview.errorCount() > kShown) {
        lines.append(ImportPackageWizard::tr("… and %n more problem(s).", nullptr, preview.errorCount() - kShown));
    }
    return Error{QString(), ImportPackageWizard::tr(
                                "This package cannot be imported; nothing was written. %n problem(s):", nullptr,
                                preview.errorCount()) +
                                QLatin1Char('\n') + lines.join(QLatin1Char('\n'))};
}
} // namespace

ImportPackageWizard::ImportPackageWizard(Database& db, AppSettings& settings, QWidget* parent)
    : TransferWizard(db, parent), m_settings(settings)
{
    setObjectName(QStringLiteral("importPackageWizard"));
    setWindowTitle(tr("Import package"));
    setPage(FilePageId, new PackageFilePage(*this));
    setPage(PreviewPageId, new PackagePreviewPage(*this));
    setPage(RunPageId, new RunPage(*this, [this](QProgressBar* bar, QLabel* stage) { runImport(bar, stage); }));
    setPage(SummaryPageId, new SummaryPage(*this));
    resize(960, 700);
}

ImportPackageWizard::~ImportPackageWizard() = default;

Status ImportPackageWizard::load(const QString& path, QProgressBar* bar, QLabel* stage)
{
    m_package.reset();
    m_preview.reset();
    m_policies = ConflictPolicies();
    const PumpRun run(pump(), bar, stage);
    stage->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto read = PackageReader::readFile(path, pump().callback());
    if (!read) {
        return read.error();
    }
    m_package = std::move(read).value();
    m_path = path;
    m_settings.setTransferFolder(QFileInfo(path).absolutePath());
    stage->setText(tr("Comparing with the database…"));
    auto preview = PackagePreview::compute(database(), *m_package, m_policies, pump().callback());
    if (!preview) {
        return preview.error();
    }
    if (!preview.value().canImport()) {
        return refusal(preview.value());
    }
    m_preview = std::move(preview).value();
    return {};
}

Status ImportPackageWizard::compare(QProgressBar* bar)
{
    const PumpRun run(pump(), bar);
    auto preview = PackagePreview::compute(database(), *m_package, m_policies, pump().callback());
    if (!preview) {
        return preview.error();
    }
    m_preview = std::move(preview).value();
    return m_preview->canImport() ? Status() : Status(refusal(*m_preview));
}

void ImportPackageWizard::runImport(QProgressBar* bar, QLabel* stage)
{
    m_outcome.reset();
    Result<PackageImportOutcome> outcome = Error{};
    {
        const PumpRun run(pump(), bar, stage);
        stage->setText(tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
        outcome = PackageImporter(database()).import(*m_package, m_policies, pump().callback());
    }
    if (!outcome) {
        setSummary(pump().wasCancelled()
                       ? tr("The import was cancelled. Nothing was written: the database is exactly as it was.")
                       : tr("The import failed and nothing was written; the database is as it was.\n\n%1")
                             .arg(outcome.error().message));
        return;
    }
    m_outcome = std::move(outcome).value();
    setSummary(describe(*m_outcome));
    if (m_outcome->rowsWritten > 0) {
        Q_EMIT dataChanged();
    }
}

QString ImportPackageWizard::describe(const PackageImportOutcome& outcome) const
{
    const QLocale locale;
    const KindCounts t = outcome.summary.totals();
    QStringList lines;
    lines.append(outcome.rowsWritten > 0 ? tr("%1 was imported into this database.").arg(QFileInfo(m_path).fileName())
                                         : tr("Nothing needed writing: this database already holds every record of "
                                              "%1, or a newer version, or kept its own version in a conflict.")
                                               .arg(QFileInfo(m_path).fileName()));
    lines.append(QString());
    lines.append(tr("New: %1. Changed: %2. Unchanged: %3. Conflicts: %4 (%5 taken from the package, the others kept). "
                    "Outdated (this database is newer): %6.")
                     .arg(locale.toString(t.added), locale.toString(t.changed), locale.toString(t.unchanged),
                          locale.toString(t.conflicts), locale.toString(t.taken), locale.toString(t.outdated)));
    for (const KindSpec& spec : PackageSchema::kinds()) {
        const KindCounts& k = outcome.summary.of(spec.kind);
        if (k.added + k.changed + k.taken > 0) {
            lines.append(tr("• %1: %2 new, %3 changed, %4 taken from the package")
                             .arg(PackageSchema::label(spec.kind), locale.toString(k.added), locale.toString(k.changed),
                                  locale.toString(k.taken)));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace ntm::gui
