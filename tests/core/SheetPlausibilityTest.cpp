// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheets that are not what they claim: a register must identify officials, rows must be people, and a gender
// that no column gives is recorded as not given (migration 8), never guessed.
#include "TestSupport.h"

#include "db/Migrator.h"
#include "db/Sql.h"
#include "sheetimport/SheetImport.h"
#include "sheetimport/SheetPlausibility.h"
#include "store/OfficialStore.h"

#include <QFile>

using namespace ntm::core;
using namespace ntm::test;

namespace {

QString csvFile(const TempFolder& tmp, const QString& name, const QStringList& lines)
{
    const QString path = tmp.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

SheetImportRequest officials(const QString& path)
{
    SheetImportRequest r;
    r.path = path;
    r.kind = SheetImportKind::Officials;
    return r;
}

int officialCount(Database& db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM official")).value().toInt();
}

QString errorsOf(const SheetImportPreview& p)
{
    QStringList out;
    for (const SheetImportProblem& e : p.errors) {
        out.append(e.toString());
    }
    return out.join(u'\n');
}

} // namespace

TEST_CASE("A list of pets with a Name column is refused, naming the headers found and expected",
          "[sheetimport][plausibility]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const QString path =
        csvFile(tmp, QStringLiteral("pets.csv"),
                {QStringLiteral("Name,Species,Age"), QStringLiteral("Milu,dog,3"), QStringLiteral("Kitty,cat,2")});
    const auto p = SheetImport(*db).preview(officials(path));
    REQUIRE(p.ok());
    CHECK(p.value().refused());
    CHECK(p.value().headerIncomplete());
    const QString errors = errorsOf(p.value());
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral("does not say who the officials are")));
    CHECK(errors.contains(QStringLiteral("“Name” (A), “Species” (B), “Age” (C)")));
    CHECK(errors.contains(QStringLiteral("“Họ và tên” with “Ngày sinh”, or with “Đơn vị công tác” and “Chức vụ”")));
    SheetImportOptions skip;
    skip.skipRowsWithErrors = true;
    const auto o = SheetImport(*db).import(officials(path), skip);
    REQUIRE(o.ok());
    CHECK_FALSE(o.value().written);
    CHECK(officialCount(*db) == 0);
}

TEST_CASE("Rows whose names are not people's are refused even when the headers fit", "[sheetimport][plausibility]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    // A pet register that happens to use a register's headers.
    const QString path = csvFile(tmp, QStringLiteral("pets.csv"),
                                 {QStringLiteral("Họ và tên,Ngày sinh"), QStringLiteral("Milu,01/02/2020"),
                                  QStringLiteral("Kitty,03/04/2021"), QStringLiteral("Nguyễn Văn An,05/06/1980")});
    const auto p = SheetImport(*db).preview(officials(path));
    REQUIRE(p.ok());
    CHECK(p.value().notPeople);
    CHECK(p.value().refused());
    const QString errors = errorsOf(p.value());
    INFO(errors.toStdString());
    CHECK(errors.contains(QStringLiteral("2 of 3 entries under “Họ và tên”")));
    CHECK(errors.contains(QStringLiteral("“Milu”, “Kitty”")));
    SheetImportOptions skip;
    skip.skipRowsWithErrors = true;
    const auto o = SheetImport(*db).import(officials(path), skip);
    REQUIRE(o.ok());
    CHECK_FALSE(o.value().written);
    CHECK(officialCount(*db) == 0);
}

TEST_CASE("People's names: two to seven words of letters, a number beside them at most", "[sheetimport][plausibility]")
{
    CHECK(SheetPlausibility::looksLikePersonName(QStringLiteral("Bùi Ngọc Nhật")));
    CHECK(SheetPlausibility::looksLikePersonName(QStringLiteral("Y Ngông Niê Kdăm")));
    CHECK(SheetPlausibility::looksLikePersonName(QStringLiteral("Nguyễn Thị Mai-Anh")));
    CHECK_FALSE(SheetPlausibility::looksLikePersonName(QStringLiteral("Milu")));
    CHECK(SheetPlausibility::looksLikePersonName(QStringLiteral("Nguyễn Văn An 2")));
    CHECK_FALSE(SheetPlausibility::looksLikePersonName(QStringLiteral("Phòng 302")));
    CHECK_FALSE(SheetPlausibility::looksLikePersonName(QStringLiteral("12 34")));
    CHECK_FALSE(SheetPlausibility::looksLikePersonName(QStringLiteral("Họ và tên:")));
    CHECK_FALSE(SheetPlausibility::looksLikePersonName(QStringLiteral("a@b.vn c")));
}

TEST_CASE("A register by home unit and position is accepted and the gender it lacks is recorded as not given",
          "[sheetimport][plausibility][gender]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("p.ntm")));
    const QString path = csvFile(tmp, QStringLiteral("o.csv"),
                                 {QStringLiteral("Họ và tên,Đơn vị công tác,Chức vụ"),
                                  QStringLiteral("Trần Thị Hoa,Huyện ủy Đức Thọ,Chuyên viên"),
                                  QStringLiteral("Lê Văn Bình,UBND huyện,Phó phòng")});
    const auto p = SheetImport(*db).preview(officials(path));
    REQUIRE(p.ok());
    CHECK_FALSE(p.value().refused());
    QStringList warnings;
    for (const SheetImportProblem& w : p.value().warnings) {
        warnings.append(w.message);
    }
    CHECK(warnings.join(u'\n').contains(QStringLiteral("recorded as not given")));
    const auto o = SheetImport(*db).import(officials(path), {});
    REQUIRE(o.ok());
    CHECK(o.value().imported == 2);
    const auto all = OfficialStore(*db).all();
    REQUIRE(all.ok());
    REQUIRE(all.value().size() == 2);
    for (const Official& off : all.value()) {
        CHECK(off.gender == Gender::NotGiven);
    }
    CHECK(Vocabulary::label(Gender::NotGiven) == QStringLiteral("Not given"));
}

TEST_CASE("Migration 8 keeps every official's gender and lets a gender be not given", "[db][migration][gender][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("old.ntm"));
    {
        Database::Options at6;
        at6.migrateTo = 6;
        auto db = Database::open(path, at6);
        REQUIRE(db.ok());
        REQUIRE(sql::run(db.value()->sql(),
                         QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {QStringLiteral("o-1"), QStringLiteral("Võ Thị Sáu"), QStringLiteral("vo thi sau"),
                          QStringLiteral("female"), QStringLiteral("2020-01-01"), QStringLiteral("2020-01-01")},
                         QStringLiteral("insert"))
                    .ok());
        // Before migration 8 the schema refuses it.
        CHECK_FALSE(sql::run(db.value()->sql(),
                             QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                             {QStringLiteral("o-2"), QStringLiteral("A B"), QStringLiteral("a b"),
                              QStringLiteral("not_given"), QStringLiteral("2020-01-01"), QStringLiteral("2020-01-01")},
                             QStringLiteral("insert"))
                        .ok());
    }
    auto db = openDb(path);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    const auto kept = OfficialStore(*db).get(QStringLiteral("o-1"));
    REQUIRE(kept.ok());
    REQUIRE(kept.value());
    CHECK(kept.value()->gender == Gender::Female);
    Official o;
    o.id = QStringLiteral("o-3");
    o.fullName = QStringLiteral("Phan Văn Cường");
    REQUIRE(OfficialStore(*db).insert(o).ok());
    const auto read = OfficialStore(*db).get(QStringLiteral("o-3"));
    REQUIRE(read.ok());
    CHECK(read.value()->gender == Gender::NotGiven);
    // Values outside the vocabulary are still refused by the schema.
    CHECK_FALSE(sql::run(db->sql(), QStringLiteral("UPDATE official SET gender = ? WHERE id = ?"),
                         {QStringLiteral("unknown"), QStringLiteral("o-3")}, QStringLiteral("update"))
                    .ok());
}
