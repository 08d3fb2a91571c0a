// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/View.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QPointer>
#include <QScrollBar>

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
    refreshInPlace();
}

void View::refreshInPlace()
{
    // The rows are read again (another user's change, an undo): the tables stay scrolled where the user was. Each
    // view keeps its own selection and sort.
    struct Place
    {
        QPointer<QAbstractItemView> view;
        int x;
        int y;
    };
    QList<Place> places;
    for (QAbstractItemView* v : findChildren<QAbstractItemView*>()) {
        places.append({v, v->horizontalScrollBar()->value(), v->verticalScrollBar()->value()});
    }
    refresh();
    for (const Place& p : std::as_const(places)) {
        if (p.view && (p.x > 0 || p.y > 0)) {
            p.view->doItemsLayout(); // the scroll ranges follow the new rows now, not at the next paint
            p.view->horizontalScrollBar()->setValue(p.x);
            p.view->verticalScrollBar()->setValue(p.y);
        }
    }
}

bool View::event(QEvent* event)
{
    // ShowToParent: shown within the window (the stack's page changed), even while the window itself is hidden.
    if (event->type() == QEvent::ShowToParent && m_stale) {
        m_stale = false;
        refreshInPlace();
    }
    return QWidget::event(event);
}

} // namespace ntm::gui
