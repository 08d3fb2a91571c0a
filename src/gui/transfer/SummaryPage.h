// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SummaryPage;
}

namespace ntm::gui {

class TransferWizard;

/// The last page of an import wizard: what was written, or why nothing was.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SummaryPage(TransferWizard& wizard);
    ~SummaryPage() override;

    void initializePage() override;
    QString text() const;

private:
    std::unique_ptr<Ui::SummaryPage> m_ui;
    TransferWizard& m_wizard;
};

} // namespace ntm::gui
