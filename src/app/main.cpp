// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-tracker: the desktop program. Opens the database given on the command line, else the last one, else
// the default database (created with the Hà Tĩnh demo data on first run).
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Translations.h"
#include "shell/MainWindow.h"

#include <QApplication>

using namespace ntm::gui;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ntm-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("NTM Tracker"));
    QApplication::setOrganizationName(QStringLiteral("NTM Tracker"));
    QApplication::setApplicationVersion(QStringLiteral(NTM_VERSION));
    AppSettings settings;
    Translations::install(settings.language());

    DatabaseSession session;
    MainWindow window(session, settings);
    window.show();
    const QStringList args = QApplication::arguments();
    window.openAtStart(args.size() > 1 ? args.at(1) : QString());
    return QApplication::exec();
}
