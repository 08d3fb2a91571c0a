// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for GUI tests: a QApplication on the offscreen platform, set here because catch_discover_tests
// runs this binary at build time without the test environment.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestServer.h"

#include "app/Messages.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("NTM Tracker Tests"));
    QApplication::setApplicationName(QStringLiteral("ntm-gui-tests"));
    ntm::gui::Messages::setRecording(true);
    const int failed = Catch::Session().run(argc, argv);
    ntm::test::TestServer::dropDatabases();
    return failed;
}
