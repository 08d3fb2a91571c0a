// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace ntm::gui {
class DatabaseSession;
}

/// Renders the export dialog and the two import wizards into OUTDIR (files named export-package-*.png,
/// import-package-*.png, import-sheet-*.png); `demo` is left as it was. Returns 0, or 1 after saying what failed.
int renderTransferScenes(ntm::gui::DatabaseSession& demo, const QString& tmpDir, const QString& outDir,
                         QTextStream& err);
