// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMenu;
class QWidget;

namespace ntm::gui {

class DatabaseSession;

/// The Account menu and the signed-in user in the status bar: the sign-in when a database with accounts opens
/// (Cancel closes it), signing in as another user, changing one's own password, and the administrator's Users
/// dialog. The main window only routes: it calls databaseOpened() and shows the start view on signedIn().
class AccessActions final : public QObject
{
    Q_OBJECT

public:
    /// Fills `menu`; dialogs open over `window`.
    AccessActions(DatabaseSession& session, QWidget* window, QMenu* menu);

    /// The label for the status bar: who is signed in.
    QLabel* statusLabel() const { return m_status; }
    /// After a database was opened or closed: asks for a sign-in when it has accounts.
    void databaseOpened();
    /// Opens the sign-in dialog; `atOpen`: Cancel closes the database (else the current user stays).
    void signIn(bool atOpen);

Q_SIGNALS:
    /// Someone signed in: the window shows their start view.
    void signedIn();

private:
    void changePassword();
    void manageUsers();
    void update();

    DatabaseSession& m_session;
    QWidget* m_window;
    QAction* m_signIn;
    QAction* m_changePassword;
    QAction* m_users;
    QLabel* m_status;
};

} // namespace ntm::gui
