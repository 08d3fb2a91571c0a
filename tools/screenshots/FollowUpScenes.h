// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace ntm::gui {
class DatabaseSession;
}

/// Renders Thạch Khê's way (issue 20) into OUTDIR: the dashboard's working groups, actions, village progress and
/// members' results tabs, and their dialogs (files named followup-*.png). Nothing is saved to `demo`.
/// Returns 0, or 1 after saying what failed.
int renderFollowUpScenes(ntm::gui::DatabaseSession& demo, const QString& tmpDir, const QString& outDir,
                         QTextStream& err);
