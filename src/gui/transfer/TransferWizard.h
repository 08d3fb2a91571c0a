// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transfer/ProgressPump.h"

#include <QWizard>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// What the import wizards share: the database they write to, the ProgressPump their pages run long work
/// with, and a Cancel that stops that work (the database stays as it was) rather than closing the wizard
/// while it runs. Emits dataChanged() once an import wrote something, so that the window reloads its views.
class TransferWizard : public QWizard
{
    Q_OBJECT

public:
    TransferWizard(core::Database& db, QWidget* parent);

    core::Database& database() const { return m_db; }
    ProgressPump& pump() { return m_pump; }
    /// True while a page runs work: pages refuse to move on, buttons other than Cancel are disabled.
    bool isBusy() const { return m_pump.isRunning(); }

    /// What the last page says (plain text): set by the job of the RunPage.
    QString summary() const { return m_summary; }
    void setSummary(const QString& text) { m_summary = text; }

    void reject() override;

Q_SIGNALS:
    void dataChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setBusyButtons(bool busy);

    core::Database& m_db;
    ProgressPump m_pump;
    QString m_summary;
};

} // namespace ntm::gui
