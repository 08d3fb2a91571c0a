// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace ntm::gui {

class AppSettings;
class DatabaseSession;

/// The File menu's exchange commands: Export package, Import package, Import from spreadsheet. Opens each
/// flow on the database of the session, window-modal; says when an import changed the data, so that the window
/// reloads its views and clears its undo history (an import is not undoable: it is one transaction, all or
/// nothing, and a backup is the way back).
class TransferActions final : public QObject
{
    Q_OBJECT

public:
    TransferActions(DatabaseSession& session, AppSettings& settings, QWidget* window);

    void exportPackage();
    void importPackage();
    void importSpreadsheet();

Q_SIGNALS:
    /// An import wrote records.
    void dataImported();

private:
    DatabaseSession& m_session;
    AppSettings& m_settings;
    QWidget* m_window;
};

} // namespace ntm::gui
