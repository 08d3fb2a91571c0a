// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>

namespace ntm::gui {

/// The fonts reports are set in, chosen explicitly rather than left to the platform's default: Noto Sans
/// (Debian's fonts-noto-core) has every Vietnamese letter with its tone marks, and the PDF writer embeds it, so
/// the text of a report can be searched and copied. When Noto Sans is missing the application's font is used
/// and preferredMissing() says so (the command line warns).
class ReportFonts final
{
public:
    static QString preferredFamily() { return QStringLiteral("Noto Sans"); }
    /// Noto Sans when installed, else the application font's family.
    static QString family();
    static bool preferredMissing();

    /// Body text, in points.
    static QFont body();
    /// The footer.
    static QFont footer();
    /// Chart text, in pixels of the chart's layout (charts are laid out in pixels and scaled onto the page).
    static QFont chart(int pixelSize, bool bold = false);
};

} // namespace ntm::gui
