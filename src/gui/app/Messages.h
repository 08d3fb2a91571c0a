// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

namespace ntm::gui {

/// The one place the GUI shows message boxes and file dialogs. Tests switch it to recording mode: nothing is
/// shown, the texts are kept, questions get the answer the test set in advance, and file dialogs return the
/// path the test queued.
class Messages final
{
public:
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    /// Yes / No question; returns true for Yes.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);

    /// File to open / to save; empty when the user cancels. `startIn`: the folder or file the dialog shows first.
    static QString openFile(QWidget* parent, const QString& title, const QString& filter,
                            const QString& startIn = QString());
    static QString saveFile(QWidget* parent, const QString& title, const QString& filter,
                            const QString& startIn = QString());

    /// Test seam: record instead of showing; `answer` is what confirm() returns.
    static void setRecording(bool recording, bool answer = true);
    static QStringList recorded();
    static void clearRecorded();
    /// Test seam: the next file dialog returns this path.
    static void setNextFile(const QString& path);
    /// Test seam: the folder or file the last file dialog was asked to show first (the proposed file name).
    static QString lastStartIn();
};

} // namespace ntm::gui
