// SPDX-License-Identifier: GPL-3.0-or-later
// Every user-visible string has a Vietnamese translation: the committed catalogue is complete, and running
// lupdate over today's sources finds nothing new.
#include "TestSupport.h"

#include "app/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QXmlStreamReader>

using namespace ntm::test;

namespace {
/// Source texts of messages without a finished translation.
QStringList untranslated(const QString& tsPath)
{
    QFile f(tsPath);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList out;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            bool numerus = false;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                }
                numerus = numerus || (xml.isStartElement() && xml.name() == QLatin1String("numerusform"));
            }
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || text.trimmed().isEmpty()) {
                if (type != QLatin1String("obsolete") && type != QLatin1String("vanished")) {
                    out.append(source);
                }
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return out;
}
} // namespace

TEST_CASE("The Vietnamese catalogue has a translation for every string", "[gui][i18n]")
{
    const QString ts = QStringLiteral(NTM_SOURCE_DIR) + QStringLiteral("/resources/translations/ntm_vi.ts");
    const QStringList missing = untranslated(ts);
    INFO("untranslated: " << missing.join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("lupdate finds no string in the sources that the catalogue lacks", "[gui][i18n]")
{
    TempFolder tmp;
    const QString copy = tmp.path(QStringLiteral("ntm_vi.ts"));
    REQUIRE(QFile::copy(QStringLiteral(NTM_SOURCE_DIR) + QStringLiteral("/resources/translations/ntm_vi.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(NTM_LUPDATE),
                  {QStringLiteral("-recursive"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral(NTM_SOURCE_DIR) + QStringLiteral("/src/core"),
                   QStringLiteral(NTM_SOURCE_DIR) + QStringLiteral("/src/gui"),
                   QStringLiteral(NTM_SOURCE_DIR) + QStringLiteral("/ui"), QStringLiteral("-ts"), copy});
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);
    const QStringList missing = untranslated(copy);
    INFO("new or changed strings without Vietnamese: " << missing.join(QStringLiteral(" | ")).toStdString());
    CHECK(missing.isEmpty());
}

TEST_CASE("The Vietnamese catalogue is compiled into the program and translates the UI", "[gui][i18n]")
{
    REQUIRE(ntm::gui::Translations::install(QStringLiteral("vi")));
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&Tệp"));
    CHECK(QCoreApplication::translate("ntm::core::Vocabulary", "Met") == QStringLiteral("Đạt"));
    REQUIRE(ntm::gui::Translations::install(QStringLiteral("en")));
    CHECK(QCoreApplication::translate("MainWindow", "&File") == QStringLiteral("&File"));
}
