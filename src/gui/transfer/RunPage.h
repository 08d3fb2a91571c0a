// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class RunPage;
}

class QLabel;
class QProgressBar;

namespace ntm::gui {

class TransferWizard;

/// The page of an import wizard that writes: it starts the wizard's job as soon as it is shown, with a progress
/// bar (the wizard's Cancel stops the job, which rolls back), then moves on to the summary by itself.
class RunPage final : public QWizardPage
{
    Q_OBJECT

public:
    /// The job writes and leaves what happened for the summary page (TransferWizard::setSummary).
    using Job = std::function<void(QProgressBar* bar, QLabel* stage)>;

    RunPage(TransferWizard& wizard, Job job);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override { return m_done; }

private:
    void run();

    std::unique_ptr<Ui::RunPage> m_ui;
    TransferWizard& m_wizard;
    Job m_job;
    bool m_done = false;
};

} // namespace ntm::gui
