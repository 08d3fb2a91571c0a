// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/SaveWhenConnected.h"

#include "db/Database.h"

#include <QBoxLayout>
#include <QDialog>
#include <QLabel>

namespace ntm::gui {

SaveWhenConnected::SaveWhenConnected(QDialog* dialog, core::Database& db) : QObject(dialog), m_dialog(dialog), m_db(db)
{
    setObjectName(QStringLiteral("saveWhenConnected"));
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &SaveWhenConnected::tryNow);
    // Closing the dialog gives up waiting; what was typed goes with it, as the user chose.
    connect(dialog, &QDialog::rejected, &m_retry, &QTimer::stop);
}

SaveWhenConnected* SaveWhenConnected::of(QDialog* dialog)
{
    return dialog->findChild<SaveWhenConnected*>(QStringLiteral("saveWhenConnected"), Qt::FindDirectChildrenOnly);
}

void SaveWhenConnected::accept(QDialog* dialog, core::Database& db)
{
    SaveWhenConnected* helper = of(dialog);
    if (!helper) {
        helper = new SaveWhenConnected(dialog, db);
    }
    helper->tryNow();
}

void SaveWhenConnected::tryNow()
{
    if (!m_dialog) {
        return;
    }
    // A file, or a server that answers (or answers again after a restart): the view saves at once.
    if (!m_db.isServer() || m_db.checkConnection() || m_db.reconnect()) {
        m_retry.stop();
        if (m_label) {
            m_label->hide();
        }
        m_dialog->done(QDialog::Accepted);
        return;
    }
    if (!m_label) {
        m_label = new QLabel(m_dialog);
        m_label->setObjectName(QStringLiteral("connectionLostLabel"));
        m_label->setWordWrap(true);
        m_label->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }"));
        if (auto* box = qobject_cast<QBoxLayout*>(m_dialog->layout())) {
            box->insertWidget(std::max(0, box->count() - 1), m_label); // above the buttons
        }
    }
    m_label->setText(tr("The connection to the server %1 is lost. What you typed is kept here and saved as soon as "
                        "the server answers again (trying every few seconds); Cancel gives it up.")
                         .arg(m_db.displayName()));
    m_label->show();
    m_retry.start();
}

} // namespace ntm::gui
