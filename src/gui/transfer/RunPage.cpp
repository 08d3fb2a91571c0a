// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/RunPage.h"

#include "ui_RunPage.h"

#include "transfer/TransferWizard.h"

#include <QTimer>

namespace ntm::gui {

RunPage::RunPage(TransferWizard& wizard, Job job)
    : m_ui(std::make_unique<Ui::RunPage>()), m_wizard(wizard), m_job(std::move(job))
{
    m_ui->setupUi(this);
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    m_done = false;
    m_ui->progressBar->setRange(0, 0);
    // After the page is shown: the user sees the bar (and Cancel) from the first step.
    QTimer::singleShot(0, this, &RunPage::run);
}

void RunPage::run()
{
    if (m_done || m_wizard.currentPage() != this) {
        return;
    }
    m_job(m_ui->progressBar, m_ui->stageLabel);
    m_done = true;
    Q_EMIT completeChanged();
    m_wizard.next();
}

} // namespace ntm::gui
