// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/View.h"

namespace ntm::gui {

void View::refreshWhenShown()
{
    // A page the main window's stack has hidden is explicitly hidden; a view on its own (tests, dialogs) is not,
    // and refreshes at once.
    if (isHidden() && testAttribute(Qt::WA_WState_ExplicitShowHide)) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refresh();
}

void View::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

} // namespace ntm::gui
