// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/View.h"

#include <QEvent>

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

bool View::event(QEvent* event)
{
    // ShowToParent: shown within the window (the stack's page changed), even while the window itself is hidden.
    if (event->type() == QEvent::ShowToParent && m_stale) {
        m_stale = false;
        refresh();
    }
    return QWidget::event(event);
}

} // namespace ntm::gui
