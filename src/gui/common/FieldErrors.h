// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Issue.h"

#include <QHash>
#include <QString>

class QLabel;

namespace ntm::gui {

/// Shows core's findings next to the field they concern: each field name ("planned_end") has a label under
/// its editor; errors in red, warnings in amber. Findings for unknown fields go to the general label.
class FieldErrors final
{
public:
    void add(const QString& field, QLabel* label);
    void setGeneral(QLabel* label) { m_general = label; }
    /// Shows the findings (clearing earlier ones); returns true when any is an error.
    bool show(const core::Issues& issues);
    void clear();
    /// The text shown for a field (empty when none), for tests and accessibility.
    QString textOf(const QString& field) const;

private:
    QHash<QString, QLabel*> m_labels;
    QLabel* m_general = nullptr;
};

} // namespace ntm::gui
