// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ntm::gui {

bool Translations::install(const QString& language)
{
    static QTranslator* ours = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator* t : {ours, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    ours = nullptr;
    qt = nullptr;
    if (language == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    // Qt's own strings first (the translator installed last is asked first, so ours wins where both translate):
    // the program's copy, else a system catalogue where one exists (Debian's Qt 6.4 has none for Vietnamese).
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral(":/i18n/qtbase_vi.qm")) ||
        qt->load(QStringLiteral("qtbase_vi"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(QStringLiteral(":/i18n/ntm_vi.qm"));
    QCoreApplication::installTranslator(ours);
    return loaded;
}

} // namespace ntm::gui
