// SPDX-License-Identifier: GPL-3.0-or-later
// Test runner for core tests: Qt SQL needs a QCoreApplication for its driver plugins.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestServer.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    ntm::test::TestServer::dropDatabases();
    return failed;
}
