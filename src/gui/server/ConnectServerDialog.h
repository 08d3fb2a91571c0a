// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseLocation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectServerDialog;
}

namespace ntm::gui {

class AppSettings;
class DatabaseSession;

/// File > Connect to server: host, port, database, user, password and TLS mode of a PostgreSQL server (or its
/// libpq URI, pasted into Address), a Test button that connects once and says whether it works or exactly what
/// failed, and Connect, which opens the database in the session. A failure keeps the dialog open with everything
/// typed and the reason under the form. The password is for this session only: it is never written to settings.
class ConnectServerDialog final : public QDialog
{
    Q_OBJECT

public:
    ConnectServerDialog(DatabaseSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~ConnectServerDialog() override;

    /// Fills the form from a URI (the last server, or a recent one that needs a password) and shows `message`.
    void setLocation(const QString& uri, const QString& message = QString());
    /// What the last test or connection attempt said (for tests).
    QString resultText() const;

    /// The location the form describes (an error names the field when it does not make an address).
    core::Result<core::DatabaseLocation> location() const;

public Q_SLOTS:
    void test();

private:
    void connectToServer();
    void fillFields(const core::DatabaseLocation& location);
    void updateUri();
    void readUri();
    void showResult(bool ok, const QString& text);

    std::unique_ptr<Ui::ConnectServerDialog> m_ui;
    DatabaseSession& m_session;
    AppSettings& m_settings;
    bool m_updating = false;
};

} // namespace ntm::gui
