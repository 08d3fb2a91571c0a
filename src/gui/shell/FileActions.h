// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

#include <functional>

class QWidget;

namespace ntm::gui {

class DatabaseSession;
class View;

/// The File menu's one-step actions on the open database: Back up…, Import criteria set… and Export table…
/// (the view's table as shown, to .xlsx or CSV). Each asks for its file, calls core and reports the outcome; the
/// main window only connects the menu entries.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    /// `asOf`: the shared date, which names exported files.
    FileActions(DatabaseSession& session, QWidget* window, std::function<View*()> currentView,
                std::function<QDate()> asOf);

    /// The file filter of NTM Tracker databases, for every file dialog that picks one.
    static QString databaseFilter();

    void backup();
    void importCriteriaSet();
    void exportTable();

Q_SIGNALS:
    /// A criteria set was added or replaced: views that show criteria read them again.
    void criteriaImported();
    /// A short note for the status bar.
    void statusMessage(const QString& text, int timeoutMs);

private:
    DatabaseSession& m_session;
    QWidget* m_window;
    std::function<View*()> m_currentView;
    std::function<QDate()> m_asOf;
    QString m_folder; ///< Where the last table was exported (the next export proposes it).
};

} // namespace ntm::gui
