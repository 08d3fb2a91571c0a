// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FieldErrors.h"

#include "common/DateEdit.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace ntm::gui {

namespace {
constexpr const char* kReserved = "ntmReserved";

/// A dialog grows by itself when findings appear; when they go, it gives the room back instead of spreading its
/// rows apart (the "large blank gaps").
void fitDialog(const QLabel* label)
{
    auto* dialog = qobject_cast<QDialog*>(label->window());
    if (!dialog || !dialog->layout()) {
        return;
    }
    dialog->layout()->activate();
    QLayout* layout = dialog->layout();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    if (dialog->height() > needed) {
        dialog->resize(dialog->width(), needed);
    }
}
} // namespace

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
        if (auto* ours = qobject_cast<DateEdit*>(d)) {
            // A typed date refused is said where the form says what is wrong with this field.
            ours->setRefusalShownByForm(true);
            QObject::connect(ours, &DateEdit::refused, label, [this, field](const QString& message) {
                showField(field, core::errorIssue(field, message));
            });
        }
    } else if (auto* s = qobject_cast<QSpinBox*>(editor)) {
        QObject::connect(s, &QSpinBox::valueChanged, label, changed);
    } else if (auto* b = qobject_cast<QAbstractButton*>(editor)) {
        QObject::connect(b, &QAbstractButton::toggled, label, changed);
    }
}

void FieldErrors::showField(const QString& field, const core::Issue& issue)
{
    QLabel* label = m_labels.value(field, m_general);
    if (!label) {
        return;
    }
    const QString colour = issue.isError() ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00");
    label->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, issue.message.toHtmlEscaped()));
    label->show();
}

void FieldErrors::clearField(const QString& field)
{
    for (QLabel* l : {m_labels.value(field), m_general}) {
        if (l && !l->isHidden()) {
            hide(l);
            fitDialog(l);
        }
    }
}

void FieldErrors::hide(QLabel* label) const
{
    label->clear();
    label->setVisible(label->property(kReserved).toBool()); // a reserved line stays, empty
}

void FieldErrors::reserve(const QString& field, int lines)
{
    if (QLabel* label = m_labels.value(field)) {
        label->setProperty(kReserved, true);
        label->setMinimumHeight(lines * label->fontMetrics().lineSpacing());
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->show();
    }
}

void FieldErrors::clear()
{
    for (QLabel* l : std::as_const(m_labels)) {
        hide(l);
    }
    if (m_general) {
        hide(m_general);
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
    if (!m_labels.isEmpty()) {
        fitDialog(m_labels.constBegin().value());
    }
    return errors;
}

QString FieldErrors::textOf(const QString& field) const
{
    const QLabel* l = m_labels.value(field);
    return l ? l->text() : QString();
}

} // namespace ntm::gui
