// SPDX-License-Identifier: GPL-3.0-or-later
// One version number everywhere: CMake's project version is what the program reports (ProgramVersion), what
// CHANGELOG.md has a section for, and what exchange packages' manifests carry, with the schema version beside it.
#include "TestSupport.h"

#include "criteria/CriteriaSetLoader.h"
#include "db/Migrator.h"
#include "package/PackageExporter.h"
#include "package/PackageReader.h"
#include "package/PackageSchema.h"
#include "service/ProgramInfo.h"
#include "util/ProgramVersion.h"

#include <QFile>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;
using json = nlohmann::json;

namespace {
QString sourceText(const QString& relative)
{
    QFile f(QStringLiteral(NTM_SOURCE_DIR "/") + relative);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_CASE("The program's version is CMake's project version, and CHANGELOG.md has its section", "[version]")
{
    static const QRegularExpression project(QStringLiteral("project\\(NtmTracker VERSION ([0-9]+\\.[0-9]+\\.[0-9]+)"));
    const auto m = project.match(sourceText(QStringLiteral("CMakeLists.txt")));
    REQUIRE(m.hasMatch());
    CHECK(ProgramVersion::text() == m.captured(1));
    CHECK(ProgramVersion::nameAndVersion() == QStringLiteral("NTM Tracker ") + m.captured(1));

    // The package's Debian changelog and AppStream releases are made from these sections (cmake/NtmReleaseNotes).
    const QString changelog = sourceText(QStringLiteral("CHANGELOG.md"));
    static const QRegularExpression release(
        QStringLiteral("^## ([0-9]+\\.[0-9]+\\.[0-9]+) — ([0-9]{4}-[0-9]{2}-[0-9]{2})$"),
        QRegularExpression::MultilineOption);
    QStringList versions;
    for (auto it = release.globalMatch(changelog); it.hasNext();) {
        const auto r = it.next();
        CHECK(QDate::fromString(r.captured(2), Qt::ISODate).isValid());
        versions.append(r.captured(1));
    }
    REQUIRE_FALSE(versions.isEmpty());
    CHECK(versions.constFirst() == ProgramVersion::text());
    // Work merged after the release goes under "Unreleased", above every released section.
    CHECK(changelog.indexOf(QStringLiteral("\n## Unreleased")) <
          changelog.indexOf(QStringLiteral("\n## ") + versions.constFirst()));
}

TEST_CASE("Help > About's facts: the version, the schema version and every criteria set shipped", "[version]")
{
    const ProgramInfo info = ProgramInfo::collect();
    CHECK(info.version == ProgramVersion::text());
    CHECK(info.schemaVersion == Migrator::latestVersion());
    CHECK(info.qtVersion.startsWith(QStringLiteral("6.")));
    CHECK(info.sqliteVersion.startsWith(QStringLiteral("3.")));
    const QStringList files = CriteriaSetLoader::shippedFiles();
    REQUIRE(files.size() >= 6);
    REQUIRE(info.criteriaSets.size() == files.size());
    QStringList codes;
    for (const ShippedCriteriaSet& set : info.criteriaSets) {
        INFO(set.code.toStdString());
        CHECK_FALSE(set.name.isEmpty());
        // Hà Tĩnh's 20-criterion variants have no known decision or date (reference/README.md): left empty.
        if (set.code.startsWith(QStringLiteral("QD"))) {
            CHECK(set.decision.contains(QStringLiteral("QĐ-TTg")));
            CHECK(set.validFrom.isValid());
        }
        codes.append(set.code);
    }
    CHECK(codes.contains(QStringLiteral("QD491-2009")));
    CHECK(codes.contains(QStringLiteral("QD51-2025")));
}

TEST_CASE("An exchange package's manifest carries the program's version and the database's schema version",
          "[version][package]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("a.ntm")));
    makeFixture(*db);
    const QString path = tmp.path(QStringLiteral("a.json"));
    const auto written = PackageExporter(*db).write(path, PackageScope::database(*db).value());
    REQUIRE(written.ok());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const json manifest = json::parse(file.readAll().toStdString()).at("manifest");
    // producer.program and producer.version as in format version 1; schema_version is an addition. Format 2 added
    // the working groups (issue 20); the manifest's members are the same.
    CHECK(manifest.at("format_version") == PackageSchema::kFormatVersion);
    CHECK(manifest.at("producer").at("program") == "NTM Tracker");
    CHECK(manifest.at("producer").at("version") == ProgramVersion::text().toStdString());
    CHECK(manifest.at("producer").at("schema_version") == Migrator::latestVersion());

    const auto read = PackageReader::readFile(path);
    REQUIRE(read.ok());
    CHECK(read.value().manifest.producerVersion == ProgramVersion::text());
    CHECK(read.value().manifest.producerSchemaVersion == Migrator::latestVersion());
}

TEST_CASE("A manifest without producer.schema_version reads, and a wrong one is named", "[version][package]")
{
    PackageManifest m;
    m.format = QStringLiteral("ntm-package");
    m.formatVersion = 1;
    m.producerProgram = QStringLiteral("NTM Tracker");
    m.producerVersion = QStringLiteral("0.1.0");
    m.createdAt = QStringLiteral("2026-11-29T08:30:00.000Z");
    m.scopeKind = QStringLiteral("database");
    m.sha256 = QString(64, QLatin1Char('a'));
    // Through text, as a reader meets a manifest (whole numbers then read as unsigned).
    const auto read = [](const json& manifest) { return PackageManifest::fromJson(json::parse(manifest.dump())); };
    json j = m.toJson();
    CHECK_FALSE(j.at("producer").contains("schema_version")); // as 0.1.0 wrote them
    const auto old = read(j);
    INFO((old ? QString() : old.error().toString()).toStdString());
    REQUIRE(old.ok());
    CHECK(old.value().producerSchemaVersion == 0);

    j["producer"]["schema_version"] = 6;
    const auto newer = read(j);
    REQUIRE(newer.ok());
    CHECK(newer.value().producerSchemaVersion == 6);

    for (const json& wrong : {json("6"), json(0), json(-1), json(2.5)}) {
        j["producer"]["schema_version"] = wrong;
        const auto refused = read(j);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == QStringLiteral("manifest.producer.schema_version"));
    }
}
