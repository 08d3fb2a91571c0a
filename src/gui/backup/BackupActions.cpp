// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupActions.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "backup/RestoreDialog.h"
#include "db/Backups.h"
#include "db/Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

namespace ntm::gui {

using namespace ntm::core;

BackupActions::BackupActions(DatabaseSession& session, AppSettings& settings, QWidget* window, QAction* restore)
    : QObject(window), m_session(session), m_settings(settings), m_window(window), m_restore(restore)
{
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
}

void BackupActions::databaseOpened()
{
    Database* db = m_session.database();
    // A server's backups are its administrators' (pg_dump); File > Back up still copies it into a file.
    m_restore->setEnabled(db && !db->isServer() && db->actor().isAdmin() && !db->isReadOnly());
    if (!db) {
        return;
    }
    const auto made = Backups::makeDaily(*db, m_settings.backupKeepDays());
    if (!made) {
        Q_EMIT statusMessage(tr("Today's backup could not be made: %1").arg(made.error().message));
    } else if (!made.value().isEmpty()) {
        Q_EMIT statusMessage(tr("Today's backup: %1").arg(QDir::toNativeSeparators(made.value())));
    }
}

void BackupActions::restore()
{
    Database* db = m_session.database();
    if (!db) {
        return;
    }
    auto* dialog = new RestoreDialog(db->path(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { restoreFrom(dialog->chosen()); });
    dialog->open();
}

bool BackupActions::restoreFrom(const QString& backupPath)
{
    Database* db = m_session.database();
    if (!db || backupPath.isEmpty()) {
        return false;
    }
    const QString path = db->path();
    if (!Messages::confirm(m_window, tr("Restore from backup"),
                           tr("Replace %1 with the backup %2? Every change made since that backup is undone; a copy "
                              "of the database as it is now is kept first.")
                               .arg(QFileInfo(path).fileName(), QFileInfo(backupPath).fileName()))) {
        return false;
    }
    const auto prepared = Backups::prepareRestore(*db, backupPath);
    if (!prepared) {
        Messages::error(m_window, tr("Restore from backup"), prepared.error().message);
        return false;
    }
    m_session.close();
    const Status replaced = Backups::replace(path, prepared.value());
    if (!replaced) {
        Backups::discard(prepared.value());
    }
    const Status reopened = m_session.open(path);
    if (!replaced) {
        Messages::error(m_window, tr("Restore from backup"), replaced.error().message);
        return false;
    }
    if (!reopened) {
        Messages::error(m_window, tr("Restore from backup"), reopened.error().message);
        return false;
    }
    Messages::information(m_window, tr("Restore from backup"),
                          tr("%1 was restored from %2. The database as it was before is kept as %3.")
                              .arg(QFileInfo(path).fileName(), QFileInfo(backupPath).fileName(),
                                   QDir::toNativeSeparators(prepared.value().safetyCopy)));
    return true;
}

} // namespace ntm::gui
