// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/ConnectServerDialog.h"

#include "ui_ConnectServerDialog.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "db/Database.h"
#include "db/DatabaseWarnings.h"

#include <QApplication>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

ConnectServerDialog::ConnectServerDialog(DatabaseSession& session, AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConnectServerDialog>()), m_session(session), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    const QList<std::pair<QString, QString>> modes{
        {QString(), tr("default: TLS required, except on this computer")},
        {QStringLiteral("prefer"), tr("prefer: TLS when the server offers it")},
        {QStringLiteral("require"), tr("require: always TLS, certificate not checked")},
        {QStringLiteral("verify-ca"), tr("verify-ca: TLS with a certificate of a known authority")},
        {QStringLiteral("verify-full"), tr("verify-full: TLS, certificate and server name checked")},
        {QStringLiteral("disable"), tr("disable: no TLS (only on a trusted network)")}};
    for (const auto& [mode, label] : modes) {
        m_ui->tlsCombo->addItem(label, mode);
    }
    m_ui->userEdit->setText(qEnvironmentVariable("USER"));
    m_ui->resultLabel->hide();
    for (QLineEdit* edit : {m_ui->hostEdit, m_ui->databaseEdit, m_ui->userEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &ConnectServerDialog::updateUri);
    }
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, &ConnectServerDialog::updateUri);
    connect(m_ui->tlsCombo, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updateUri);
    connect(m_ui->uriEdit, &QLineEdit::editingFinished, this, &ConnectServerDialog::readUri);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectServerDialog::test);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectServerDialog::connectToServer);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!settings.lastServer().isEmpty()) {
        setLocation(settings.lastServer());
    } else {
        updateUri();
    }
    m_ui->hostEdit->setFocus();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::setLocation(const QString& uri, const QString& message)
{
    const auto parsed = DatabaseLocation::parse(uri);
    if (parsed && parsed.value().isServer()) {
        fillFields(parsed.value());
        m_ui->passwordEdit->setText(parsed.value().password());
    }
    if (!message.isEmpty()) {
        showResult(false, message);
        m_ui->passwordEdit->setFocus();
    }
}

QString ConnectServerDialog::resultText() const
{
    return m_ui->resultLabel->isVisible() || !m_ui->resultLabel->text().isEmpty() ? m_ui->resultLabel->text()
                                                                                  : QString();
}

Result<DatabaseLocation> ConnectServerDialog::location() const
{
    if (m_ui->hostEdit->text().trimmed().isEmpty()) {
        return Error{tr("Server"), tr("Give the server's name or address.")};
    }
    if (m_ui->databaseEdit->text().trimmed().isEmpty()) {
        return Error{tr("Database"), tr("Give the name of the database on the server.")};
    }
    auto made = DatabaseLocation::server(m_ui->hostEdit->text(), m_ui->portSpin->value(), m_ui->databaseEdit->text(),
                                         m_ui->userEdit->text(), m_ui->tlsCombo->currentData().toString());
    if (made) {
        made.value().setPassword(m_ui->passwordEdit->text());
    }
    return made;
}

void ConnectServerDialog::fillFields(const DatabaseLocation& location)
{
    m_updating = true;
    m_ui->hostEdit->setText(location.host());
    m_ui->portSpin->setValue(location.port().isEmpty() ? 5432 : location.port().toInt());
    m_ui->databaseEdit->setText(location.database());
    if (!location.user().isEmpty()) {
        m_ui->userEdit->setText(location.user());
    }
    const int mode = location.sslMode().isEmpty() ? 0 : m_ui->tlsCombo->findData(location.sslMode());
    m_ui->tlsCombo->setCurrentIndex(std::max(0, mode));
    m_updating = false;
    m_ui->uriEdit->setText(location.uri());
    m_ui->uriEdit->setCursorPosition(0); // the start of a long address: the user and the server
}

void ConnectServerDialog::updateUri()
{
    if (m_updating) {
        return;
    }
    const auto made =
        DatabaseLocation::server(m_ui->hostEdit->text(), m_ui->portSpin->value(), m_ui->databaseEdit->text(),
                                 m_ui->userEdit->text(), m_ui->tlsCombo->currentData().toString());
    m_ui->uriEdit->setText(made ? made.value().uri() : QString());
    m_ui->uriEdit->setCursorPosition(0);
}

void ConnectServerDialog::readUri()
{
    const QString text = m_ui->uriEdit->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    const auto parsed = DatabaseLocation::parse(text);
    if (!parsed || !parsed.value().isServer()) {
        showResult(false, parsed ? tr("An address starts with postgresql:// (for example "
                                      "postgresql://user@host:5432/database).")
                                 : parsed.error().message);
        return;
    }
    fillFields(parsed.value());
    if (!parsed.value().password().isEmpty()) {
        m_ui->passwordEdit->setText(parsed.value().password());
        updateUri(); // the address shown never keeps the password
    }
}

void ConnectServerDialog::showResult(bool ok, const QString& text)
{
    m_ui->resultLabel->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
    m_ui->resultLabel->setText(text);
    m_ui->resultLabel->show();
}

void ConnectServerDialog::test()
{
    const auto where = location();
    if (!where) {
        showResult(false, where.error().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Database::Options options;
    options.password = where.value().password();
    const auto db = Database::open(where.value().uri(), options);
    QApplication::restoreOverrideCursor();
    if (!db) {
        showResult(false, db.error().message);
        return;
    }
    const Database& d = *db.value();
    QString text =
        d.notice().isEmpty()
            ? tr("Connected to %1: an NTM Tracker database (schema %2).").arg(d.displayName()).arg(d.schemaVersion())
            : tr("Connected to %1. %2").arg(d.displayName(), d.notice());
    for (const QString& warning : DatabaseWarnings::check(*db.value())) {
        text += QLatin1Char(' ') + warning;
    }
    showResult(true, text);
}

void ConnectServerDialog::connectToServer()
{
    const auto where = location();
    if (!where) {
        showResult(false, where.error().toString());
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_session.open(where.value().uri(), where.value().password());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showResult(false, opened.error().message);
        return;
    }
    m_settings.setLastServer(where.value().uri());
    accept();
}

} // namespace ntm::gui
