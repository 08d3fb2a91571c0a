// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/CommuneProgress.h"
#include "service/followup/FollowUpData.h"

#include <QDate>
#include <QString>

class QUndoStack;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// What the dashboard's follow-up tabs show and change: the commune, the shared date, its standing on that date and
/// everything about its working groups, actions and villages (read once per refresh), and where edits go.
struct FollowUpContext
{
    core::Database* db = nullptr;
    QUndoStack* undo = nullptr;
    QString communeId;
    QDate asOf;
    core::CommuneProgress progress;
    core::FollowUpData data;

    bool ready() const { return db && undo && !communeId.isEmpty(); }
};

} // namespace ntm::gui
