// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldErrors.h"

#include <QLabel>

namespace ntm::gui {

void FieldErrors::add(const QString& field, QLabel* label)
{
    m_labels.insert(field, label);
    label->setWordWrap(true);
    label->hide();
}

void FieldErrors::clear()
{
    for (QLabel* l : std::as_const(m_labels)) {
        l->clear();
        l->hide();
    }
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

bool FieldErrors::show(const core::Issues& issues)
{
    clear();
    bool errors = false;
    for (const core::Issue& i : issues) {
        QLabel* label = m_labels.value(i.field, m_general);
        if (!label) {
            continue;
        }
        const QString colour = i.isError() ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00");
        const QString line =
            QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, i.message.toHtmlEscaped());
        label->setText(label->text().isEmpty() ? line : label->text() + QStringLiteral("<br>") + line);
        label->show();
        errors = errors || i.isError();
    }
    return errors;
}

QString FieldErrors::textOf(const QString& field) const
{
    const QLabel* l = m_labels.value(field);
    return l ? l->text() : QString();
}

} // namespace ntm::gui
