// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportFonts.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace ntm::gui {

QString ReportFonts::family()
{
    return preferredMissing() ? QGuiApplication::font().family() : preferredFamily();
}

bool ReportFonts::preferredMissing()
{
    static const bool missing = !QFontDatabase::families().contains(preferredFamily());
    return missing;
}

QFont ReportFonts::body()
{
    QFont f(family());
    f.setPointSizeF(9.5);
    return f;
}

QFont ReportFonts::footer()
{
    QFont f(family());
    f.setPointSizeF(7.5);
    return f;
}

QFont ReportFonts::chart(int pixelSize, bool bold)
{
    QFont f(family());
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

} // namespace ntm::gui
