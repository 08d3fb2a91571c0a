// SPDX-License-Identifier: GPL-3.0-or-later
// Roles and scopes through the bulk write paths: spreadsheet imports and exchange packages write only what the
// signed-in user may change.
#include "TestSupport.h"

#include "access/Actor.h"
#include "db/Sql.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackageReader.h"
#include "package/PackageScope.h"
#include "service/AssessmentService.h"
#include "sheetimport/SheetImport.h"
#include "store/CriteriaStore.h"
#include "store/OfficialStore.h"

#include <QFile>

using namespace ntm::core;
using namespace ntm::test;

namespace {
Actor personnelOf(const QString& district)
{
    Actor a;
    a.userId = QStringLiteral("u-nam");
    a.username = QStringLiteral("nam");
    a.role = Role::Personnel;
    a.districtId = district;
    return a;
}

Actor leaderOf(const QString& commune)
{
    Actor a;
    a.userId = QStringLiteral("u-thu");
    a.username = QStringLiteral("thu");
    a.role = Role::CommuneLeader;
    a.communeId = commune;
    return a;
}

QString csv(const TempFolder& tmp, const QString& name, const QStringList& lines)
{
    const QString path = tmp.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

int count(Database& db, const char* table)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toInt();
}

void assess(Database& db, const QString& commune, const QDate& date)
{
    const QString criterion = CriteriaStore(db).sets().value().at(1).criterionByNumber(2)->id;
    AssessmentInput in;
    in.criterionId = criterion;
    in.status = CriterionStatus::Met;
    REQUIRE(AssessmentService(db).record(commune, date, {in}).ok());
}
} // namespace

TEST_CASE("A personnel officer's rotation sheet: rows in another district are errors of their rows",
          "[access][scope][sheetimport]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    db->setActor(personnelOf(f.districtA));
    const QString path = csv(
        tmp, QStringLiteral("r.csv"),
        {QStringLiteral("Họ và tên,Ngày sinh,Số quyết định,Ngày quyết định,Cơ quan ban hành,Xã được cử đến,"
                        "Chức vụ tại xã,Từ ngày"),
         QStringLiteral("Trần Văn An,04/05/1980,31-QĐ/HU,10/01/2018,BTV Huyện ủy An Phú,An Hòa,Phó Bí thư,01/02/2018"),
         QStringLiteral("Lê Văn Bình,05/06/1981,32-QĐ/HU,10/01/2018,BTV Huyện ủy An Phú,Bình Minh,Phó Bí thư,"
                        "01/02/2018")});
    SheetImportRequest request;
    request.path = path;
    request.kind = SheetImportKind::Rotations;
    request.createUnknownOfficials = true;
    SheetImport importer(*db);
    const auto preview = importer.preview(request);
    REQUIRE(preview.ok());
    CHECK(preview.value().valid == 1);
    REQUIRE(preview.value().errors.size() == 1);
    const SheetImportProblem& problem = preview.value().errors.constFirst();
    CHECK(problem.row == 3);
    CHECK(problem.header == QStringLiteral("Xã được cử đến"));
    CHECK(problem.message.contains(QStringLiteral("district personnel officer of Huyện An Phú")));
    CHECK(problem.message.contains(QStringLiteral("Huyện Bình Sơn")));

    SheetImportOptions skip;
    skip.skipRowsWithErrors = true;
    const auto outcome = importer.import(request, skip);
    REQUIRE(outcome.ok());
    CHECK(outcome.value().imported == 1);
    CHECK(count(*db, "rotation") == 1);
    // The official the sheet created belongs to the importer's district.
    CHECK(OfficialStore(*db).all().value().constFirst().homeDistrictId == f.districtA);
}

TEST_CASE("Officials imported by a personnel officer belong to their district, and a reviewer may not import",
          "[access][scope][sheetimport]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("s.ntm")));
    const Fixture f = makeFixture(*db);
    const QString path = csv(tmp, QStringLiteral("o.csv"),
                             {QStringLiteral("Họ và tên,Ngày sinh"), QStringLiteral("Võ Thị Sáu,01/01/1980")});
    SheetImportRequest request;
    request.path = path;
    request.kind = SheetImportKind::Officials;

    Actor reviewer;
    reviewer.username = QStringLiteral("lan");
    reviewer.role = Role::Reviewer;
    db->setActor(reviewer);
    const auto refused = SheetImport(*db).import(request, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK(count(*db, "official") == 0);

    db->setActor(personnelOf(f.districtB));
    const auto imported = SheetImport(*db).import(request, {});
    REQUIRE(imported.ok());
    CHECK(imported.value().imported == 1);
    CHECK(OfficialStore(*db).all().value().constFirst().homeDistrictId == f.districtB);
}

TEST_CASE("A package imports only what the importer may change, or nothing", "[access][scope][package]")
{
    TempFolder tmp;
    auto source = openDb(tmp.path(QStringLiteral("source.ntm")));
    const Fixture f = makeFixture(*source);
    // The same units and sets, by id.
    const QString targetPath = copyDatabase(*source, tmp.path(QStringLiteral("target.ntm")));
    assess(*source, f.communeA1, QDate(2019, 5, 1));
    assess(*source, f.communeB1, QDate(2019, 5, 2));
    const QString whole = tmp.path(QStringLiteral("whole.json"));
    const QString communeA1 = tmp.path(QStringLiteral("a1.json"));
    REQUIRE(PackageExporter(*source).write(whole, PackageScope::database(*source).value()).ok());
    REQUIRE(PackageExporter(*source)
                .write(communeA1, PackageScope::unit(*source, PackageScope::Kind::Commune, f.communeA1).value())
                .ok());

    auto target = openDb(targetPath);
    target->setActor(leaderOf(f.communeA1));
    const int audit = count(*target, "audit_log");
    const auto refused = PackageImporter(*target).import(PackageReader::readFile(whole).value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::Denied);
    CHECK(refused.error().message.contains(QStringLiteral("Xã Bình Minh")));
    CHECK(count(*target, "assessment") == 0);
    CHECK(count(*target, "audit_log") == audit);

    const auto own = PackageImporter(*target).import(PackageReader::readFile(communeA1).value());
    INFO((own ? QString() : own.error().message).toStdString());
    REQUIRE(own.ok());
    CHECK(count(*target, "assessment") == 1);
}
