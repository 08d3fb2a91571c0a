// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/SummaryPage.h"

#include "ui_SummaryPage.h"

#include "transfer/TransferWizard.h"

namespace ntm::gui {

SummaryPage::SummaryPage(TransferWizard& wizard) : m_ui(std::make_unique<Ui::SummaryPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setFinalPage(true);
}

SummaryPage::~SummaryPage() = default;

void SummaryPage::initializePage()
{
    m_ui->summaryLabel->setText(m_wizard.summary());
}

QString SummaryPage::text() const
{
    return m_ui->summaryLabel->text();
}

} // namespace ntm::gui
