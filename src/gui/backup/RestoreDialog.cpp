// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/RestoreDialog.h"

#include "ui_RestoreDialog.h"

#include "app/Messages.h"
#include "db/Backups.h"

#include <QDir>
#include <QLocale>
#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString kindLabel(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Daily:
        return RestoreDialog::tr("daily backup");
    case BackupInfo::Kind::BeforeUpgrade:
        return RestoreDialog::tr("before an upgrade");
    case BackupInfo::Kind::BeforeRestore:
        return RestoreDialog::tr("before a restore");
    }
    return {};
}
} // namespace

RestoreDialog::RestoreDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    setMinimumSize(600, 340);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->introLabel->setText(
        tr("Choose the backup that replaces %1. A copy of the database as it is now is kept "
           "in %2.")
            .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(Backups::folderFor(databasePath))));
    const QLocale locale;
    for (const BackupInfo& b : Backups::list(databasePath)) {
        auto* item = new QListWidgetItem(tr("%1 – %2 (%3)")
                                             .arg(b.made.toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                                  kindLabel(b.kind), locale.formattedDataSize(b.size)),
                                         m_ui->backupList);
        item->setData(Qt::UserRole, b.path);
        item->setToolTip(QDir::toNativeSeparators(b.path));
    }
    m_ui->backupList->setCurrentRow(0);
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(m_ui->backupList->count() > 0);
    connect(m_ui->backupList, &QListWidget::currentRowChanged, this, [ok](int row) { ok->setEnabled(row >= 0); });
    connect(m_ui->backupList, &QListWidget::itemDoubleClicked, this, [this] { m_ui->buttonBox->accepted(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (QListWidgetItem* item = m_ui->backupList->currentItem()) {
            m_chosen = item->data(Qt::UserRole).toString();
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->otherButton, &QPushButton::clicked, this, [this] {
        const QString path =
            Messages::openFile(this, tr("Restore from backup"), tr("NTM Tracker databases (*.ntm);;All files (*)"));
        if (!path.isEmpty()) {
            m_chosen = path;
            accept();
        }
    });
}

RestoreDialog::~RestoreDialog() = default;

int RestoreDialog::backupCount() const
{
    return m_ui->backupList->count();
}

} // namespace ntm::gui
