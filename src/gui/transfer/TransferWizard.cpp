// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/TransferWizard.h"

#include <QAbstractButton>
#include <QCloseEvent>

namespace ntm::gui {

TransferWizard::TransferWizard(core::Database& db, QWidget* parent) : QWizard(parent), m_db(db)
{
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("wizardCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("wizardFinishButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    connect(&m_pump, &ProgressPump::started, this, [this] { setBusyButtons(true); });
    connect(&m_pump, &ProgressPump::finished, this, [this] {
        setBusyButtons(false);
        // Let QWizard set each button as the page now stands (a page that is not complete keeps Next disabled).
        if (QWizardPage* page = currentPage()) {
            Q_EMIT page->completeChanged();
        }
    });
}

void TransferWizard::reject()
{
    if (m_pump.isRunning()) {
        m_pump.cancel(); // the work stops at its next step and rolls back; the page then says so
        return;
    }
    QWizard::reject();
}

void TransferWizard::closeEvent(QCloseEvent* event)
{
    if (m_pump.isRunning()) {
        m_pump.cancel();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void TransferWizard::setBusyButtons(bool busy)
{
    // QWizard enables its buttons again itself when the page changes or says it is complete.
    for (QWizard::WizardButton b :
         {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton}) {
        if (QAbstractButton* w = button(b)) {
            w->setEnabled(!busy);
        }
    }
}

} // namespace ntm::gui
