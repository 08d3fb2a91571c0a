// SPDX-License-Identifier: GPL-3.0-or-later
// Files that cannot take a write: a read-only file and a full disk each get a clear message, no crash, and nothing
// is written. (Non-databases, damaged files and newer versions: DatabaseTest.cpp.)
#include "TestSupport.h"

#include "db/Migrator.h"
#include "db/Sql.h"
#include "service/OfficialService.h"
#include "sheetimport/SheetImport.h"
#include "store/OfficialStore.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <unistd.h>

using namespace ntm::core;
using namespace ntm::test;

namespace {
/// Makes a file read-only for real, also for root (who ignores permissions): chattr +i where it works.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString& path) : m_path(path)
    {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        if (geteuid() == 0) {
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        }
    }
    ~ReadOnlyFile()
    {
        if (m_immutable) {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        }
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
    /// Whether the operating system itself now refuses writes (false as root without chattr).
    bool enforced() const { return m_immutable || geteuid() != 0; }

private:
    QString m_path;
    bool m_immutable = false;
};

int officials(Database& db)
{
    return sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM official")).value().toInt();
}

QString officialsSheet(const TempFolder& tmp, int rows)
{
    const QString path = tmp.path(QStringLiteral("officials.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("Họ và tên,Giới tính,Ngày sinh\r\n").toUtf8());
    for (int i = 0; i < rows; ++i) {
        f.write(QStringLiteral("Lê Văn Đầy %1,Nam,01/01/1980\r\n").arg(i).toUtf8());
    }
    return path;
}
} // namespace

TEST_CASE("A read-only file opens for reading, and every write is refused with a message and nothing is written",
          "[db][faults][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("readonly.ntm"));
    {
        auto db = openDb(path);
        Official o;
        o.fullName = QStringLiteral("Bùi Ngọc Nhật");
        REQUIRE(OfficialService(*db).create(o).ok());
    }
    const QByteArray before = fileBytes(path);
    const ReadOnlyFile lock(path);
    Database::Options options;
    options.create = false;
    options.readOnly = !lock.enforced(); // root without chattr: the program is told, as it would find out itself
    auto db = Database::open(path, options);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    CHECK(db.value()->isReadOnly());
    CHECK(OfficialStore(*db.value()).all().value().size() == 1);
    Official another;
    another.fullName = QStringLiteral("Phạm Tiến Nam");
    const auto refused = OfficialService(*db.value()).create(another);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("cannot be written to")));
    CHECK(officials(*db.value()) == 1);
    db = Error{};
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A read-only file of an older version is refused, not half upgraded", "[db][faults][file]")
{
    TempFolder tmp;
    const QString path = tmp.path(QStringLiteral("old.ntm"));
    {
        Database::Options v3;
        v3.migrateTo = 3;
        REQUIRE(Database::open(path, v3).ok());
    }
    const QByteArray before = fileBytes(path);
    const ReadOnlyFile lock(path);
    Database::Options options;
    options.create = false;
    options.readOnly = !lock.enforced();
    auto db = Database::open(path, options);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("must be upgraded")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A full disk stops an import with a message, and nothing of it is written", "[db][faults][file]")
{
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("full.ntm")));
    const QString sheet = officialsSheet(tmp, 3000);
    const auto pages = sql::scalar(db->sql(), QStringLiteral("PRAGMA page_count")).value().toInt();
    // SQLite's limit on the file's size stands in for a full disk: the import needs more pages than are left.
    QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 5));
    const qint64 audit = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    SheetImportRequest request;
    request.path = sheet;
    request.kind = SheetImportKind::Officials;
    const auto outcome = SheetImport(*db).import(request, {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message.contains(QStringLiteral("the disk is full")));
    CHECK(officials(*db) == 0);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong() == audit);
    CHECK(sql::scalar(db->sql(), QStringLiteral("PRAGMA integrity_check")).value().toString() == QStringLiteral("ok"));
    // With room again, the same import goes through.
    QSqlQuery(db->sql()).exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
    const auto again = SheetImport(*db).import(request, {});
    REQUIRE(again.ok());
    CHECK(officials(*db) == 3000);
}
