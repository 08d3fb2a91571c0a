// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ExportPackageDialog.h"

#include "ui_ExportPackageDialog.h"

#include "app/AppSettings.h"
#include "app/Messages.h"
#include "common/UnitChoices.h"
#include "db/Database.h"
#include "db/OwnerOnly.h"
#include "package/PackageExporter.h"
#include "transfer/Banner.h"
#include "util/TextFold.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString packageFilter()
{
    return ExportPackageDialog::tr("Exchange packages (*.json);;All files (*)");
}
} // namespace

ExportPackageDialog::ExportPackageDialog(Database& db, AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportPackageDialog>()), m_db(db), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->progressBar->hide();
    banner::clear(m_ui->errorLabel);
    unitChoices::fillDistricts(m_ui->districtCombo, db);
    unitChoices::fillCommunes(m_ui->communeCombo, db);
    m_ui->districtCombo->lineEdit()->setPlaceholderText(tr("Type a district, e.g. duc tho"));
    m_ui->communeCombo->lineEdit()->setPlaceholderText(tr("Type a commune, e.g. duc yen"));
    for (QRadioButton* radio : {m_ui->databaseRadio, m_ui->districtRadio, m_ui->communeRadio}) {
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                scopeChanged();
            }
        });
    }
    for (QComboBox* combo : {m_ui->districtCombo, m_ui->communeCombo}) {
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            banner::clear(m_ui->errorLabel);
            suggestPath();
        });
    }
    m_ui->readableCheck->setChecked(settings.packagesReadableByAll());
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportPackageDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportPackageDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportPackageDialog::reject);
    suggestPath();
}

ExportPackageDialog::~ExportPackageDialog() = default;

void ExportPackageDialog::scopeChanged()
{
    m_ui->districtCombo->setEnabled(m_ui->districtRadio->isChecked());
    m_ui->communeCombo->setEnabled(m_ui->communeRadio->isChecked());
    if (m_ui->districtRadio->isChecked()) {
        m_ui->districtCombo->setFocus();
    } else if (m_ui->communeRadio->isChecked()) {
        m_ui->communeCombo->setFocus();
    }
    banner::clear(m_ui->errorLabel);
    suggestPath();
}

QString ExportPackageDialog::scopeName() const
{
    if (m_ui->districtRadio->isChecked()) {
        return m_ui->districtCombo->currentText().section(QStringLiteral(" ("), 0, 0);
    }
    if (m_ui->communeRadio->isChecked()) {
        return m_ui->communeCombo->currentText()
            .section(QStringLiteral(" – "), 0, 0)
            .section(QStringLiteral(" ("), 0, 0);
    }
    return m_db.backend().location().baseName();
}

void ExportPackageDialog::suggestPath()
{
    if (m_pathTyped) {
        return;
    }
    // "Huyện Đức Thọ" on 29/11/2026 -> huyen-duc-tho-2026-11-29.json in the folder used last.
    QString slug = text::fold(scopeName());
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.section(QLatin1Char('-'), 0, -1, QString::SectionSkipEmpty);
    if (slug.isEmpty()) {
        slug = QStringLiteral("ntm");
    }
    const QString name = slug + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".json");
    m_ui->pathEdit->setText(QDir(m_settings.transferFolder()).filePath(name));
}

void ExportPackageDialog::browse()
{
    QString path = Messages::saveFile(this, tr("Export package"), packageFilter(), m_ui->pathEdit->text());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".json");
    }
    m_ui->pathEdit->setText(path);
    m_pathTyped = true;
}

void ExportPackageDialog::accept()
{
    if (m_pump.isRunning()) {
        return;
    }
    banner::clear(m_ui->errorLabel);
    Result<PackageScope> scope = PackageScope::database(m_db);
    if (!m_ui->databaseRadio->isChecked()) {
        const bool district = m_ui->districtRadio->isChecked();
        QComboBox* combo = district ? m_ui->districtCombo : m_ui->communeCombo;
        const QString id = unitChoices::chosenId(combo);
        if (id.isEmpty()) {
            banner::showError(m_ui->errorLabel, district
                                                    ? tr("Choose a district from the list (type part of its name).")
                                                    : tr("Choose a commune from the list (type part of its name)."));
            combo->setFocus();
            return;
        }
        scope = PackageScope::unit(m_db, district ? PackageScope::Kind::District : PackageScope::Kind::Commune, id);
    }
    const QString path = m_ui->pathEdit->text().trimmed();
    if (path.isEmpty()) {
        banner::showError(m_ui->errorLabel, tr("Choose the file to write."));
        m_ui->pathEdit->setFocus();
        return;
    }
    if (!scope) {
        banner::showError(m_ui->errorLabel, scope.error().message);
        return;
    }
    if (QFileInfo::exists(path) &&
        !Messages::confirm(this, tr("Export package"),
                           tr("%1 exists. Replace it?").arg(QDir::toNativeSeparators(path)))) {
        return;
    }
    Result<PackageManifest> manifest = Error{};
    {
        m_ui->scopeGroup->setEnabled(false);
        m_ui->readableCheck->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        const PumpRun run(m_pump, m_ui->progressBar);
        manifest = PackageExporter(m_db).write(path, scope.value(), m_pump.callback());
        m_ui->scopeGroup->setEnabled(true);
        m_ui->readableCheck->setEnabled(true);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    }
    m_ui->progressBar->hide();
    if (!manifest) {
        banner::showError(m_ui->errorLabel, manifest.error().message);
        return;
    }
    if (m_ui->readableCheck->isChecked() && !OwnerOnly::makeReadableByAll(path)) {
        banner::showError(m_ui->errorLabel, tr("%1 was written for you only: it could not be made readable by "
                                               "other users of this computer.")
                                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_settings.setTransferFolder(QFileInfo(path).absolutePath());
    m_settings.setPackagesReadableByAll(m_ui->readableCheck->isChecked());
    Messages::information(this, tr("Export package"), describe(manifest.value(), path));
    QDialog::accept();
}

void ExportPackageDialog::reject()
{
    if (m_pump.isRunning()) {
        m_pump.cancel(); // the exporter stops at its next step and removes its partial file
        return;
    }
    QDialog::reject();
}

QString ExportPackageDialog::describe(const PackageManifest& manifest, const QString& path) const
{
    const QLocale locale;
    qint64 total = 0;
    QStringList lines;
    for (const KindSpec& spec : PackageSchema::kinds()) {
        const qint64 n = manifest.counts.value(QString::fromLatin1(spec.key));
        total += n;
        if (n > 0) {
            lines.append(QStringLiteral("• %1 %2").arg(locale.toString(n), PackageSchema::label(spec.kind)));
        }
    }
    return tr("%1 records of %2 were exported to %3:")
               .arg(locale.toString(total), manifest.scopeName,
                    QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace ntm::gui
