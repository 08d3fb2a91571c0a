// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli import-sheet end to end: the real binary, its JSON contract and exit codes, and what it writes.
#include "TestSupport.h"

#include "db/Sql.h"
#include "exchange/XlsxWriter.h"

#include <QFile>
#include <QProcess>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::test;
using json = nlohmann::json;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(NTM_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

json parse(const QString& text)
{
    const json j = json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(j.is_discarded());
    return j;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString newDatabase(const TempFolder& tmp, bool demo)
{
    // On the server the demo is a copy of the one that the test server built once with `ntm-cli demo`.
    const QString path = dbLocation(tmp.path(QStringLiteral("db.ntm")), demo ? Schema::Demo : Schema::Latest);
    if (!demo || !onServer()) {
        const Run r = cli({demo ? QStringLiteral("demo") : QStringLiteral("init"), path});
        INFO(r.err.toStdString());
        REQUIRE(r.code == 0);
    }
    return path;
}

/// Rows of official, rotation and audit_log, read with the core library.
QList<int> counts(const QString& dbPath)
{
    auto db = openDb(dbPath);
    QList<int> out;
    for (const char* table : {"official", "rotation", "audit_log"}) {
        out.append(
            sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).value().toInt());
    }
    return out;
}

QString officialsCsv(const TempFolder& tmp)
{
    const QString path = tmp.path(QStringLiteral("can-bo.csv"));
    writeBytes(path, QStringLiteral("\uFEFFSTT,Họ và tên,Giới tính,Ngày sinh,Đơn vị,Chức vụ\r\n"
                                    "1,Bùi Ngọc Nhật,Nam,30/04/1975,LĐLĐ huyện Đức Thọ,Chủ tịch\r\n"
                                    "2,Nguyễn Thị Hoa,Nữ,31/02/1975,UBND huyện,Chuyên viên\r\n"
                                    "3,Phạm Tiến Nam,Nam,15/01/1988,Huyện đoàn,Bí thư\r\n")
                         .toUtf8());
    return path;
}

QStringList importArgs(const QString& db, const QString& sheet, const QString& kind)
{
    return {QStringLiteral("import-sheet"), db, sheet, QStringLiteral("--kind"), kind, QStringLiteral("--json")};
}
} // namespace

TEST_CASE("ntm-cli import-sheet --json: the contract, rows with errors stop the import, --skip-errors goes on",
          "[cli][sheetimport]")
{
    TempFolder tmp;
    const QString db = newDatabase(tmp, false);
    const QString sheet = officialsCsv(tmp);
    const QList<int> before = counts(db);

    const Run stopped = cli(importArgs(db, sheet, QStringLiteral("officials")));
    CHECK(stopped.code == 1);
    CHECK(stopped.err.contains(QStringLiteral("1 row(s) have errors")));
    const json j = parse(stopped.out);
    CHECK(j.at("valid") == 2);
    CHECK(j.at("imported") == 0);
    REQUIRE(j.at("errors").size() == 1);
    CHECK(j.at("errors").at(0) == json{{"row", 3}, {"column", "Ngày sinh"}, {"message", "31/02/1975 is not a date"}});
    CHECK(counts(db) == before);

    QStringList dry = importArgs(db, sheet, QStringLiteral("officials"));
    dry << QStringLiteral("--dry-run") << QStringLiteral("--skip-errors");
    const Run preview = cli(dry);
    CHECK(preview.code == 0);
    CHECK(parse(preview.out).at("imported") == 0);
    CHECK(parse(preview.out).at("dry_run") == true);
    CHECK(counts(db) == before);

    QStringList skip = importArgs(db, sheet, QStringLiteral("officials"));
    skip << QStringLiteral("--skip-errors");
    const Run imported = cli(skip);
    CHECK(imported.code == 0);
    const json done = parse(imported.out);
    CHECK(done.at("valid") == 2);
    CHECK(done.at("imported") == 2);
    CHECK(done.at("errors").size() == 1);
    CHECK(done.at("skipped") == 1);
    CHECK(counts(db) == QList<int>{before.at(0) + 2, before.at(1), before.at(2) + 2});

    // The same sheet again: the two officials are already present; nothing new.
    const Run again = cli(skip);
    CHECK(again.code == 0);
    const json second = parse(again.out);
    CHECK(second.at("imported") == 0);
    CHECK(second.at("already_present") == 2);
    CHECK(counts(db) == QList<int>{before.at(0) + 2, before.at(1), before.at(2) + 2});

    const Run text = cli({QStringLiteral("import-sheet"), db, sheet, QStringLiteral("--kind"),
                          QStringLiteral("officials"), QStringLiteral("--dry-run")});
    CHECK(text.code == 1);
    CHECK(text.out.contains(QStringLiteral("row 3, Ngày sinh: 31/02/1975 is not a date")));
}

TEST_CASE("ntm-cli import-sheet rotations from .xlsx into the demo database, creating the official",
          "[cli][sheetimport]")
{
    TempFolder tmp;
    const QString db = newDatabase(tmp, true);
    TableData t;
    t.title = QStringLiteral("Luân chuyển");
    using T = TableColumn::Type;
    t.columns = {{QStringLiteral("Họ và tên"), T::Text, 20},      {QStringLiteral("Ngày sinh"), T::Date, 12},
                 {QStringLiteral("Hình thức"), T::Text, 12},      {QStringLiteral("Số QĐ"), T::Text, 12},
                 {QStringLiteral("Ngày QĐ"), T::Date, 12},        {QStringLiteral("Cơ quan ban hành"), T::Text, 20},
                 {QStringLiteral("Đơn vị"), T::Text, 20},         {QStringLiteral("Xã"), T::Text, 12},
                 {QStringLiteral("Chức vụ tại xã"), T::Text, 20}, {QStringLiteral("Từ ngày"), T::Date, 12},
                 {QStringLiteral("Đến ngày"), T::Date, 12}};
    t.rows = {
        {QStringLiteral("Võ Văn Thử"), QDate(1984, 2, 3), QStringLiteral("Điều động"), QStringLiteral("77-QĐ/THU"),
         QDate(2017, 5, 2), QStringLiteral("Huyện ủy Thạch Hà"), QStringLiteral("Huyện đoàn Thạch Hà"),
         QStringLiteral("Thạch Khê"), QStringLiteral("Phó Chủ tịch UBND xã"), QDate(2017, 6, 1), QDate(2019, 5, 31)},
        {QStringLiteral("Võ Văn Thử"), QDate(1984, 2, 3), QStringLiteral("Điều động"), QStringLiteral("78-QĐ/THU"),
         QDate(2018, 5, 2), QStringLiteral("Huyện ủy Thạch Hà"), QStringLiteral("Huyện đoàn Thạch Hà"),
         QStringLiteral("Atlantis"), QStringLiteral("Phó Chủ tịch UBND xã"), QDate(2019, 6, 1), QVariant()}};
    const QString sheet = tmp.path(QStringLiteral("luan-chuyen.xlsx"));
    REQUIRE(XlsxWriter::write(sheet, {t}).ok());
    const QList<int> before = counts(db);

    QStringList noCreate = importArgs(db, sheet, QStringLiteral("rotations"));
    noCreate << QStringLiteral("--sheet") << QStringLiteral("Luân chuyển");
    const Run unknown = cli(noCreate);
    CHECK(unknown.code == 1);
    const json u = parse(unknown.out);
    CHECK(u.at("valid") == 0);
    CHECK(u.at("errors").at(0).at("column") == "Họ và tên");
    CHECK(counts(db) == before);

    QStringList create = noCreate;
    create << QStringLiteral("--create-officials") << QStringLiteral("--skip-errors");
    const Run r = cli(create);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.code == 0);
    const json j = parse(r.out);
    CHECK(j.at("valid") == 1);
    CHECK(j.at("imported") == 1);
    CHECK(j.at("officials_created") == 1);
    REQUIRE(j.at("errors").size() == 1);
    CHECK(j.at("errors").at(0).at("row") == 3);
    CHECK(j.at("errors").at(0).at("column") == "Xã");
    CHECK(counts(db) == QList<int>{before.at(0) + 1, before.at(1) + 1, before.at(2) + 2});
}

TEST_CASE("ntm-cli import-sheet: unreadable files are user errors, wrong words are usage errors", "[cli][sheetimport]")
{
    TempFolder tmp;
    const QString db = newDatabase(tmp, false);
    const QString ansi = tmp.path(QStringLiteral("ansi.csv"));
    writeBytes(ansi, "H\xF2 v\xE0 t\xEAn,Ng\xE0y sinh\r\nB\xF9i,30/04/1975\r\n");
    const Run encoding = cli(importArgs(db, ansi, QStringLiteral("officials")));
    CHECK(encoding.code == 1);
    CHECK(encoding.err.contains(QStringLiteral("CSV UTF-8 (Comma delimited)")));
    const json e = parse(encoding.out);
    CHECK(e.at("imported") == 0);
    CHECK(e.at("errors").at(0).at("message").get<std::string>().find("UTF-8") != std::string::npos);

    const Run missing = cli({QStringLiteral("import-sheet"), db, tmp.path(QStringLiteral("none.xlsx")),
                             QStringLiteral("--kind"), QStringLiteral("rotations")});
    CHECK(missing.code == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK(missing.err.count(u'\n') == 1);

    const QString headerOnly = tmp.path(QStringLiteral("r.csv"));
    writeBytes(headerOnly, "Họ và tên;Xã\nA;B\n");
    const Run incomplete = cli(importArgs(db, headerOnly, QStringLiteral("rotations")));
    CHECK(incomplete.code == 1);
    CHECK(parse(incomplete.out).at("errors").at(0).at("row") == 1);

    const QString sheet = officialsCsv(tmp);
    CHECK(cli({QStringLiteral("import-sheet"), db, sheet}).code == 2);
    CHECK(cli({QStringLiteral("import-sheet"), db, sheet, QStringLiteral("--kind"), QStringLiteral("people")}).code ==
          2);
    CHECK(cli({QStringLiteral("import-sheet"), db, QStringLiteral("--kind"), QStringLiteral("officials")}).code == 2);
    CHECK(cli({QStringLiteral("import-sheet"), db, sheet, QStringLiteral("--kind"), QStringLiteral("officials"),
               QStringLiteral("--force")})
              .code == 2);
    CHECK(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("import-sheet")));
}
