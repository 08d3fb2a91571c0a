// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AccessActions.h"

#include "access/AccessPolicy.h"
#include "access/LoginDialog.h"
#include "access/PasswordDialog.h"
#include "access/UsersDialog.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "db/Database.h"

#include <QAction>
#include <QLabel>
#include <QMenu>

namespace ntm::gui {

using namespace ntm::core;

AccessActions::AccessActions(DatabaseSession& session, QWidget* window, QMenu* menu)
    : QObject(window), m_session(session), m_window(window), m_signIn(menu->addAction(tr("Sign &in as another user…"))),
      m_changePassword(menu->addAction(tr("&Change password…"))), m_users(menu->addAction(tr("&Users…"))),
      m_status(new QLabel(window))
{
    m_signIn->setObjectName(QStringLiteral("actionSignIn"));
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_users->setObjectName(QStringLiteral("actionUsers"));
    m_status->setObjectName(QStringLiteral("signedInLabel"));
    connect(m_signIn, &QAction::triggered, this, [this] { signIn(false); });
    connect(m_changePassword, &QAction::triggered, this, &AccessActions::changePassword);
    connect(m_users, &QAction::triggered, this, &AccessActions::manageUsers);
    update();
}

void AccessActions::databaseOpened()
{
    update();
    Database* db = m_session.database();
    if (db && db->hasAccounts() && !db->actor().signedIn()) {
        signIn(true);
    }
}

void AccessActions::signIn(bool atOpen)
{
    Database* db = m_session.database();
    if (!db) {
        return;
    }
    auto* dialog = new LoginDialog(*db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        update();
        Q_EMIT signedIn();
        // A password an administrator reset is changed now, before any work.
        if (dialog->account().mustChangePassword) {
            changePassword();
        }
    });
    if (atOpen) {
        connect(dialog, &QDialog::rejected, this, [this] { m_session.close(); });
    }
    dialog->open();
}

void AccessActions::changePassword()
{
    Database* db = m_session.database();
    if (!db || db->actor().userId.isEmpty()) {
        return;
    }
    auto* dialog = new PasswordDialog(*db, QString(), db->actor().username, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { Messages::information(m_window, tr("Change password"), tr("Your new password is saved.")); });
    dialog->open();
}

void AccessActions::manageUsers()
{
    Database* db = m_session.database();
    if (!db) {
        return;
    }
    auto* dialog = new UsersDialog(*db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Creating the first account signs its administrator in: the status bar follows.
    connect(dialog, &QDialog::finished, this, &AccessActions::update);
    dialog->open();
}

void AccessActions::update()
{
    Database* db = m_session.database();
    const Actor actor = db ? db->actor() : Actor();
    m_signIn->setEnabled(db && db->hasAccounts());
    m_changePassword->setEnabled(db && !actor.userId.isEmpty());
    m_users->setEnabled(db && actor.isAdmin());
    if (!db) {
        m_status->clear();
    } else if (actor.localOwner) {
        m_status->setText(tr("Single-user mode"));
        m_status->setToolTip(tr("This database has no user accounts: whoever opens it administers it. Create "
                                "accounts in Account > Users to require a sign-in."));
    } else if (!actor.signedIn()) {
        m_status->setText(tr("Not signed in: nothing can be changed"));
        m_status->setToolTip(QString());
    } else {
        m_status->setText(tr("Signed in: %1").arg(actor.display()));
        m_status->setToolTip(tr("May change: %1.").arg(AccessPolicy::roleAllows(*actor.role)));
    }
}

} // namespace ntm::gui
