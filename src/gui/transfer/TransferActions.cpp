// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/TransferActions.h"

#include "app/DatabaseSession.h"
#include "transfer/ExportPackageDialog.h"
#include "transfer/ImportPackageWizard.h"
#include "transfer/SheetImportWizard.h"

#include <QWidget>

namespace ntm::gui {

TransferActions::TransferActions(DatabaseSession& session, AppSettings& settings, QWidget* window)
    : QObject(window), m_session(session), m_settings(settings), m_window(window)
{
}

void TransferActions::exportPackage()
{
    if (!m_session.isOpen()) {
        return;
    }
    auto* dialog = new ExportPackageDialog(*m_session.database(), m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TransferActions::importPackage()
{
    if (!m_session.isOpen()) {
        return;
    }
    auto* wizard = new ImportPackageWizard(*m_session.database(), m_settings, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TransferWizard::dataChanged, this, &TransferActions::dataImported);
    wizard->open();
}

void TransferActions::importSpreadsheet()
{
    if (!m_session.isOpen()) {
        return;
    }
    auto* wizard = new SheetImportWizard(*m_session.database(), m_settings, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &TransferWizard::dataChanged, this, &TransferActions::dataImported);
    wizard->open();
}

} // namespace ntm::gui
