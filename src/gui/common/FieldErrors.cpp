// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldErrors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ntm::gui {

void FieldErrors::add(const QString& field, QLabel* label)
{
    m_labels.insert(field, label);
    label->setWordWrap(true);
    label->hide();
}

void FieldErrors::watch(const QString& field, QWidget* editor)
{
    QLabel* label = m_labels.value(field);
    if (!label || !editor) {
        return;
    }
    // The label is the context: the connection ends with it.
    const auto changed = [this, field] { clearField(field); };
    if (auto* e = qobject_cast<QLineEdit*>(editor)) {
        QObject::connect(e, &QLineEdit::textEdited, label, changed);
    } else if (auto* t = qobject_cast<QPlainTextEdit*>(editor)) {
        QObject::connect(t, &QPlainTextEdit::textChanged, label, changed);
    } else if (auto* c = qobject_cast<QComboBox*>(editor)) {
        QObject::connect(c, &QComboBox::currentIndexChanged, label, changed);
        QObject::connect(c, &QComboBox::editTextChanged, label, changed);
    } else if (auto* d = qobject_cast<QDateEdit*>(editor)) {
        QObject::connect(d, &QDateEdit::dateChanged, label, changed);
    } else if (auto* s = qobject_cast<QSpinBox*>(editor)) {
        QObject::connect(s, &QSpinBox::valueChanged, label, changed);
    } else if (auto* b = qobject_cast<QAbstractButton*>(editor)) {
        QObject::connect(b, &QAbstractButton::toggled, label, changed);
    }
}

void FieldErrors::clearField(const QString& field)
{
    for (QLabel* l : {m_labels.value(field), m_general}) {
        if (l && !l->isHidden()) {
            l->clear();
            l->hide();
        }
    }
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
