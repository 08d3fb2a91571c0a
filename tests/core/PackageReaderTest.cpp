// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange packages, bad input tried on purpose: each gets its message and leaves the database as it was.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "package/PackageReader.h"
#include "service/UnitLookup.h"
#include "util/Ids.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;
using json = nlohmann::json;

namespace {
TempFolder& folder()
{
    static TempFolder f;
    return f;
}

/// A package of one commune of the demo (Thạch Khê: rotations, meetings, villages, assessments), made once.
const json& sample()
{
    static const json package = [] {
        auto demo = openDemo(folder().path(QStringLiteral("demo.ntm")));
        const auto commune = UnitLookup::commune(*demo, QStringLiteral("Thạch Khê"), QDate(2020, 6, 1));
        REQUIRE(commune.ok());
        const auto scope = PackageScope::unit(*demo, PackageScope::Kind::Commune, commune.value().id);
        REQUIRE(scope.ok());
        const QString path = folder().path(QStringLiteral("thach-khe.json"));
        REQUIRE(PackageExporter(*demo).write(path, scope.value()).ok());
        const json j = json::parse(fileBytes(path).toStdString());
        REQUIRE(j.at("rotations").size() >= 1);
        return j;
    }();
    return package;
}

/// Recomputes the counts and the checksum as docs/exchange-format.md defines them, so a test can change a
/// record and still have a package whose only problem is the one it made.
void seal(json& package)
{
    json content = package;
    content.erase("manifest");
    for (auto& [key, value] : content.items()) {
        package["manifest"]["counts"][key] = value.size();
    }
    const QByteArray text = QByteArray::fromStdString(content.dump());
    package["manifest"]["sha256"] = QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().toStdString();
}

QString write(const QString& name, const QByteArray& bytes)
{
    const QString path = folder().path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    return path;
}

QString write(const QString& name, const json& package)
{
    return write(name, QByteArray::fromStdString(package.dump(1)));
}

/// Row counts of every table (the audit log included).
QMap<QString, qint64> counts(Database& db)
{
    QMap<QString, qint64> out;
    for (const QString& table : tableNames(db)) {
        out.insert(
            table,
            sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).value().toLongLong());
    }
    return out;
}

/// A database with the shipped criteria, as a province office has it before its first import.
std::unique_ptr<Database> target(const QString& name)
{
    auto db = openDb(folder().path(name));
    REQUIRE(CriteriaImporter(*db).importShipped().ok());
    return db;
}

/// Reads and imports `path` into a fresh database; returns the message, and checks nothing was written.
QString refusal(const QString& path)
{
    static int n = 0;
    auto db = target(QStringLiteral("target-%1.ntm").arg(++n));
    const auto before = counts(*db);
    QString message;
    const auto package = PackageReader::readFile(path);
    if (!package) {
        message = package.error().message;
    } else {
        const auto outcome = PackageImporter(*db).import(package.value());
        REQUIRE_FALSE(outcome.ok());
        message = outcome.error().message;
    }
    CHECK(counts(*db) == before);
    INFO(message.toStdString());
    CHECK_FALSE(message.isEmpty());
    return message;
}

std::string randomId()
{
    return ids::newId().toStdString();
}
} // namespace

TEST_CASE("Package: the sample is importable as it is (so each test below breaks only one thing)", "[package]")
{
    auto db = target(QStringLiteral("sample-ok.ntm"));
    json copy = sample();
    seal(copy);
    CHECK(copy.at("manifest").at("sha256") == sample().at("manifest").at("sha256")); // the doc's checksum
    const auto package = PackageReader::readFile(write(QStringLiteral("sample.json"), copy));
    INFO((package ? QString() : package.error().message).toStdString());
    REQUIRE(package.ok());
    const auto outcome = PackageImporter(*db).import(package.value());
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome.value().summary.totals().added > 100);
}

TEST_CASE("Package: malformed JSON is reported with its line and column", "[package]")
{
    const QString path = write(QStringLiteral("malformed.json"),
                               QByteArray("{\n  \"manifest\": {\n    \"format\": \"ntm-package\",,\n  }\n}\n"));
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("malformed.json is not valid JSON: line 3, column 29")));
    // In words, without the parser's internal exception code or jargon.
    CHECK_FALSE(message.contains(QStringLiteral("json.exception")));
    CHECK_FALSE(message.contains(QStringLiteral("parse_error")));
    CHECK_FALSE(message.contains(QStringLiteral("syntax error while parsing")));
    CHECK(message.contains(
        QStringLiteral("a value is missing (two commas in a row, or a comma before a closing bracket)")));
    CHECK(PackageReader::lineAndColumn("ab\ncđe", 7, 7) == std::pair<qint64, qint64>(2, 3)); // columns count characters
}

TEST_CASE("Package: a truncated file and binary garbage are not JSON", "[package]")
{
    const QByteArray whole = QByteArray::fromStdString(sample().dump(1));
    const QString truncated = refusal(write(QStringLiteral("truncated.json"), whole.left(whole.size() / 2)));
    CHECK(truncated.contains(QStringLiteral("is not valid JSON: line")));
    CHECK(truncated.contains(QStringLiteral("the text ends before a bracket, brace or quotation mark is closed")));
    CHECK_FALSE(truncated.contains(QStringLiteral("json.exception")));
    QByteArray garbage(4096, '\0');
    QRandomGenerator random(42);
    for (char& c : garbage) {
        c = static_cast<char>(random.bounded(256));
    }
    CHECK(refusal(write(QStringLiteral("garbage.bin"), garbage))
              .contains(QStringLiteral("is not valid JSON: line 1, column 1")));
    CHECK(refusal(write(QStringLiteral("empty.json"), QByteArray())).contains(QStringLiteral("is empty")));
    CHECK(refusal(write(QStringLiteral("array.json"), QByteArray("[1, 2]")))
              .contains(QStringLiteral("not an NTM Tracker exchange package")));
    CHECK(refusal(write(QStringLiteral("nomanifest.json"), QByteArray("{\"rotations\": []}")))
              .contains(QStringLiteral("no manifest")));
    const QByteArray deep = "{\"rotations\": [" + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}";
    CHECK(refusal(write(QStringLiteral("deep.json"), deep)).contains(QStringLiteral("more than 32 levels deep")));
}

TEST_CASE("Package: a file above the size limit is refused before it is read", "[package]")
{
    const QString path = folder().path(QStringLiteral("huge.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(PackageReader::kMaxFileBytes + 1)); // sparse: no disk, no time
    }
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("larger than 512.00 MiB are refused")));
    QFile::remove(path);
}

TEST_CASE("Package: a newer format version is refused with a clear message", "[package]")
{
    json p = sample();
    p["manifest"]["format_version"] = PackageSchema::kFormatVersion + 1;
    const QString message = refusal(write(QStringLiteral("newer.json"), p));
    CHECK(message.contains(QStringLiteral("format version %1").arg(PackageSchema::kFormatVersion + 1)));
    CHECK(message.contains(QStringLiteral("Update the program")));
    p = sample();
    p["manifest"]["format"] = "something-else";
    CHECK(refusal(write(QStringLiteral("other.json"), p))
              .contains(QStringLiteral("not an NTM Tracker exchange package")));
}

TEST_CASE("Package: content that does not match its SHA-256 is refused", "[package]")
{
    json p = sample();
    p["rotations"][0]["note"] = "changed after export";
    CHECK(refusal(write(QStringLiteral("tampered.json"), p)).contains(QStringLiteral("does not match its SHA-256")));
    p = sample();
    p["manifest"]["counts"]["rotations"] = 99;
    CHECK(
        refusal(write(QStringLiteral("counts.json"), p)).contains(QStringLiteral("manifest.counts.rotations says 99")));
}

TEST_CASE("Package: invalid dates and dates out of range name their place", "[package]")
{
    json p = sample();
    p["rotations"][0]["start_date"] = "2023-02-31";
    seal(p);
    const QString invalid = refusal(write(QStringLiteral("date.json"), p));
    CHECK(invalid.contains(QStringLiteral("rotations[0].start_date: \"2023-02-31\" is not a date")));
    p = sample();
    p["assessments"][3]["assessed_on"] = "1850-01-01";
    seal(p);
    CHECK(refusal(write(QStringLiteral("range.json"), p))
              .contains(QStringLiteral("assessments[3].assessed_on: \"1850-01-01\"")));
    p = sample();
    p["assessments"][0]["assessed_on"] = "2099-01-01";
    seal(p);
    CHECK(refusal(write(QStringLiteral("future.json"), p)).contains(QStringLiteral("is in the future")));
    p = sample();
    p["rotations"][0]["planned_end"] = "2001-01-01";
    seal(p);
    CHECK(refusal(write(QStringLiteral("order.json"), p)).contains(QStringLiteral("planned_end")));
}

TEST_CASE("Package: wrong types and unknown members name their place", "[package]")
{
    json p = sample();
    p["officials"][0]["illustrative"] = "yes";
    seal(p);
    CHECK(refusal(write(QStringLiteral("type.json"), p))
              .contains(QStringLiteral("officials[0].illustrative: must be true or false")));
    p = sample();
    p["gossip"] = json::array();
    seal(p);
    p["manifest"]["counts"].erase("gossip");
    CHECK(refusal(write(QStringLiteral("member.json"), p))
              .contains(QStringLiteral("gossip: is not part of an exchange package")));
    p = sample();
    p["rotations"][0]["id"] = "not-a-uuid";
    seal(p);
    CHECK(refusal(write(QStringLiteral("id.json"), p))
              .contains(QStringLiteral("rotations[0].id: \"not-a-uuid\" is not an id")));
}

TEST_CASE("Package: an unknown criteria set, commune or official is an error naming the record", "[package]")
{
    json p = sample();
    p["set_assignments"].push_back({{"id", randomId()},
                                    {"set_id", randomId()},
                                    {"commune_id", p["communes"][0]["id"]},
                                    {"valid_from", "2020-01-01"}});
    seal(p);
    const QString set = refusal(write(QStringLiteral("set.json"), p));
    CHECK(set.contains(QStringLiteral("set_assignments[")));
    CHECK(set.contains(
        QStringLiteral("set_id refers to a criteria set that is neither in the package nor in the database")));
    p = sample();
    p["assessments"][0]["criterion_id"] = randomId();
    seal(p);
    CHECK(refusal(write(QStringLiteral("criterion.json"), p)).contains(QStringLiteral("assessments[0] (")));
    p = sample();
    p["assessments"][1]["commune_id"] = randomId();
    seal(p);
    CHECK(refusal(write(QStringLiteral("commune.json"), p))
              .contains(QStringLiteral("commune_id refers to a commune that is neither")));
    p = sample();
    p["rotations"][0]["official_id"] = randomId();
    seal(p);
    const QString official = refusal(write(QStringLiteral("official.json"), p));
    CHECK(official.contains(QStringLiteral("rotations[0] (")));
    CHECK(official.contains(QStringLiteral("official_id refers to an official that is neither")));
}

TEST_CASE("Package: a decision recorded twice is reported naming both records", "[package]")
{
    json p = sample();
    json copy = p["rotations"][0];
    copy["id"] = randomId();
    copy["start_date"] = "2099-01-01"; // no overlap with the first: only the decision number is the problem
    copy.erase("planned_end");
    copy.erase("actual_end");
    copy.erase("end_reason");
    copy.erase("evaluation");
    p["rotations"].push_back(copy);
    seal(p);
    const QString path = write(QStringLiteral("decision.json"), p);
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("rotations[0] (")));
    CHECK(message.contains(QStringLiteral("is recorded twice: also rotations[%1] (").arg(p["rotations"].size() - 1)));
    auto db = target(QStringLiteral("decision-preview.ntm"));
    const auto preview = PackagePreview::compute(*db, PackageReader::readFile(path).value());
    REQUIRE(preview.ok());
    CHECK_FALSE(preview.value().canImport());
}
