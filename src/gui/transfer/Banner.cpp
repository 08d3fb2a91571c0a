// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/Banner.h"

#include <QLabel>

namespace ntm::gui::banner {

namespace {
void show(QLabel* label, const QString& message, const char* colour)
{
    QString html = message.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(QLatin1String(colour), html));
    label->setToolTip(message);
    label->show();
}
} // namespace

void showError(QLabel* label, const QString& message)
{
    show(label, message, "#b00020");
}

void showNote(QLabel* label, const QString& message)
{
    show(label, message, "#8a5a00");
}

void clear(QLabel* label)
{
    label->clear();
    label->setToolTip(QString());
    label->hide();
}

} // namespace ntm::gui::banner
