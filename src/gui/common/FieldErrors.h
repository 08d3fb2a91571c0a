// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Issue.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace ntm::gui {

/// Shows core's findings next to the field they concern: each field name ("planned_end") has a label under
/// its editor; errors in red, warnings in amber. Findings for unknown fields go to the general label. A finding
/// disappears as soon as its field is edited (watch()): it no longer describes what the field holds, and the next
/// check says again what is still wrong.
class FieldErrors final
{
public:
    void add(const QString& field, QLabel* label);
    /// add() and watch() in one.
    void add(const QString& field, QLabel* label, QWidget* editor)
    {
        add(field, label);
        watch(field, editor);
    }
    /// Clears the field's finding (and the general one) when `editor` changes: a line or text edit, a combo box,
    /// a date edit, a spin box or a check box.
    void watch(const QString& field, QWidget* editor);
    /// Clears one field's finding.
    void clearField(const QString& field);
    /// Shows one finding beside its field, leaving the others as they are.
    void showField(const QString& field, const core::Issue& issue);
    /// Keeps room for `lines` lines of the field's finding even while there is none, so that a finding appearing
    /// does not move the rest of a pane (the criteria board's form).
    void reserve(const QString& field, int lines);
    void setGeneral(QLabel* label) { m_general = label; }
    /// Shows the findings (clearing earlier ones); returns true when any is an error.
    bool show(const core::Issues& issues);
    void clear();
    /// The text shown for a field (empty when none), for tests and accessibility.
    QString textOf(const QString& field) const;

private:
    void hide(QLabel* label) const;

    QHash<QString, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace ntm::gui
