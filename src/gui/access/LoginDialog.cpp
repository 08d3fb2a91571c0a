// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/LoginDialog.h"

#include "ui_LoginDialog.h"

#include "db/Database.h"

#include <QPushButton>
#include <QTimer>

namespace ntm::gui {

using namespace ntm::core;

namespace {
AccountService::Clock& clock()
{
    static AccountService::Clock c;
    return c;
}
} // namespace

void LoginDialog::setClock(AccountService::Clock c)
{
    clock() = std::move(c);
}

LoginDialog::LoginDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db), m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->introLabel->setText(tr("%1 has user accounts. Sign in to work on it; Cancel closes it.").arg(db.shortName()));
    m_ui->messageLabel->hide();
    m_ui->waitLabel->hide();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LoginDialog::tick);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->userEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::signIn()
{
    if (m_secondsLeft > 0) {
        return;
    }
    AccountService accounts(m_db, clock());
    const QString username = m_ui->userEdit->text().trimmed();
    const auto signedIn = accounts.signIn(username, m_ui->passwordEdit->text());
    if (signedIn) {
        m_account = signedIn.value();
        accept();
        return;
    }
    m_ui->messageLabel->setText(signedIn.error().message);
    m_ui->messageLabel->show();
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->setFocus();
    const auto wait = accounts.secondsToWait(username);
    startWaiting(wait ? wait.value() : 0);
}

void LoginDialog::startWaiting(int seconds)
{
    m_secondsLeft = seconds;
    if (seconds <= 0) {
        m_timer->stop();
        m_ui->waitLabel->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
        return;
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->waitLabel->setText(tr("The next attempt can be made in %n second(s).", nullptr, seconds));
    m_ui->waitLabel->show();
    m_timer->start();
}

void LoginDialog::tick()
{
    startWaiting(m_secondsLeft - 1);
}

} // namespace ntm::gui
