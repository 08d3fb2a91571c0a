// SPDX-License-Identifier: GPL-3.0-or-later
// ctest learns the tests from the names Catch lists and keeps them in a CMake list, which splits a name at ';':
// such a test becomes two ctest entries that match nothing and "pass" without running. No test name has one.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

TEST_CASE("No test name holds a semicolon, which would keep ctest from running it", "[tests]")
{
    static const QRegularExpression name(QStringLiteral("TEST_CASE\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList bad;
    int names = 0;
    QDirIterator it(QStringLiteral(NTM_SOURCE_DIR "/tests"), {QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (auto m = name.globalMatch(text); m.hasNext();) {
            const QString found = m.next().captured(1);
            ++names;
            if (found.contains(u';') && !f.fileName().endsWith(QLatin1String("TestNamesTest.cpp"))) {
                bad.append(found);
            }
        }
    }
    CHECK(names > 100);
    INFO(bad.join(u'\n').toStdString());
    CHECK(bad.isEmpty());
}
