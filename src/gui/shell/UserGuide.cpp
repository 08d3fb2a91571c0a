// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserGuide.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ntm::gui {

UserGuide::UserGuide(const QString& language, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("User guide"));
    resize(760, 640);
    auto* layout = new QVBoxLayout(this);
    auto* browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("guideBrowser"));
    browser->setOpenExternalLinks(false);
    QFile file(language == QLatin1String("en") ? QStringLiteral(":/docs/user-guide-en.md")
                                               : QStringLiteral(":/docs/user-guide-vi.md"));
    if (file.open(QIODevice::ReadOnly)) {
        browser->setMarkdown(QString::fromUtf8(file.readAll()));
    } else {
        browser->setPlainText(tr("The user guide is missing from this build."));
    }
    layout->addWidget(browser);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace ntm::gui
