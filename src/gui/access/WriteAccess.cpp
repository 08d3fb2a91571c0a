// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/WriteAccess.h"

#include "access/AccessGuard.h"
#include "db/Database.h"

#include <QAbstractButton>
#include <QAction>

namespace ntm::gui::writeAccess {

using namespace ntm::core;

namespace {
constexpr const char* kOwnToolTip = "ntmOwnToolTip";

/// Why not (empty when allowed, or when there is nothing to say because the view disables it anyway).
QString reasonFor(Database* db, RecordKind kind, const std::optional<RecordPlace>& place, bool enabled)
{
    return db && enabled ? AccessGuard(*db).whyNot(kind, place) : QString();
}

template <typename T> void show(T* target, const QString& reason, bool enabled)
{
    if (!target->property(kOwnToolTip).isValid()) {
        target->setProperty(kOwnToolTip, target->toolTip());
    }
    target->setEnabled(enabled && reason.isEmpty());
    target->setToolTip(reason.isEmpty() ? target->property(kOwnToolTip).toString() : reason);
}
} // namespace

void apply(QAbstractButton* button, Database* db, RecordKind kind, const std::optional<RecordPlace>& place,
           bool enabled)
{
    show(button, reasonFor(db, kind, place, enabled), enabled);
}

void apply(QAction* action, Database* db, RecordKind kind, const std::optional<RecordPlace>& place, bool enabled)
{
    const QString reason = reasonFor(db, kind, place, enabled);
    show(action, reason, enabled);
    action->setStatusTip(reason);
}

} // namespace ntm::gui::writeAccess
