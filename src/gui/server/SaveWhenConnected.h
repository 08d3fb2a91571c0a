// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QDialog;
class QLabel;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Keeps an edit dialog open while the server cannot be reached: a dialog's Save, once its own checks pass, closes
/// it (and the view saves what was typed) only when the connection to a server holds or could be made again.
/// Otherwise the dialog stays open with what was typed and says why, and tries again every few seconds; when the
/// server answers, it closes and the change is saved. On a file the dialog closes at once.
class SaveWhenConnected final : public QObject
{
    Q_OBJECT

public:
    /// Closes `dialog` as accepted once `db` is connected (the helper lives as the dialog's child).
    static void accept(QDialog* dialog, core::Database& db);
    /// The helper of a dialog, when it has one (tests).
    static SaveWhenConnected* of(QDialog* dialog);

    bool isWaiting() const { return m_retry.isActive(); }
    /// How often to try again while the server is away (ms).
    void setRetryInterval(int milliseconds) { m_retry.setInterval(milliseconds); }

private:
    SaveWhenConnected(QDialog* dialog, core::Database& db);
    void tryNow();

    QPointer<QDialog> m_dialog;
    core::Database& m_db;
    QLabel* m_label = nullptr;
    QTimer m_retry;
};

} // namespace ntm::gui
