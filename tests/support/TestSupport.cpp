// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "TestServer.h"

#include "db/DatabaseCopier.h"
#include "db/DatabaseLocation.h"
#include "demo/DemoBuilder.h"
#include "store/AssessmentStore.h"
#include "store/CriteriaStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

#include <QFile>
#include <QSqlQuery>

#include <sys/stat.h>

namespace ntm::test {

using namespace core;

std::unique_ptr<Database> openDb(const QString& path)
{
    auto db = Database::open(dbLocation(path));
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

std::unique_ptr<Database> openDemo(const QString& path)
{
    auto db = openDb(dbLocation(path, Schema::Demo));
    if (!onServer()) {
        const Status built = DemoBuilder(*db).build();
        INFO((built ? QString() : built.error().message).toStdString());
        REQUIRE(built.ok());
    }
    return db;
}

bool onServer()
{
    return TestServer::instance() != nullptr;
}

QString dbLocation(const QString& path, Schema schema)
{
    TestServer* server = TestServer::instance();
    if (!server || core::DatabaseLocation::isServerUri(path)) {
        return path; // a file, or a database made already
    }
    const QString made = schema == Schema::Empty  ? QString()
                         : schema == Schema::Demo ? QStringLiteral("ntm_demo")
                                                  : QStringLiteral("ntm_template");
    return server->database(path, made);
}

QString serverUri(const QString& database)
{
    TestServer* server = TestServer::instance();
    REQUIRE(server);
    return server->uri(database);
}

void serverRun(const QString& statement, const QString& database)
{
    TestServer* server = TestServer::instance();
    REQUIRE(server);
    const QString failed = server->run(statement, database);
    INFO(failed.toStdString());
    REQUIRE(failed.isEmpty());
}

QString copyDatabase(Database& db, const QString& path)
{
    if (!onServer()) {
        const Status s = db.backupTo(path);
        INFO((s ? QString() : s.error().message).toStdString());
        REQUIRE(s.ok());
        return path;
    }
    const QString target = dbLocation(path);
    const auto copied = DatabaseCopier::copy(db, target, {});
    INFO((copied ? QString() : copied.error().message).toStdString());
    REQUIRE(copied.ok());
    return target;
}

QStringList tableNames(Database& db)
{
    const auto tables = db.backend().tables();
    REQUIRE(tables.ok());
    QStringList out;
    for (const TableInfo& t : tables.value()) {
        out.append(t.name);
    }
    out.sort();
    return out;
}

QStringList column(Database& db, const QString& statement)
{
    QSqlQuery q(db.sql());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
    QStringList out;
    while (q.next()) {
        out.append(q.value(0).toString());
    }
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

CriteriaSet makeSet(const QString& code, const QString& family, const QDate& from, int count)
{
    CriteriaSet s;
    s.code = code;
    s.family = family;
    s.name = QStringLiteral("Bộ tiêu chí ") + code;
    s.scope = QStringLiteral("national");
    s.validFrom = from;
    s.contentHash = code + QStringLiteral("-hash");
    for (int n = 1; n <= count; ++n) {
        Criterion c;
        c.number = n;
        c.name = QStringLiteral("Tiêu chí %1").arg(n);
        Indicator i;
        i.code = QStringLiteral("%1.1").arg(n);
        i.name = QStringLiteral("Chỉ tiêu %1.1").arg(n);
        i.kind = n == 1 ? IndicatorKind::Percent : n == 2 ? IndicatorKind::Count : IndicatorKind::Boolean;
        c.indicators.append(i);
        s.criteria.append(c);
    }
    CriteriaStore::assignIds(s);
    return s;
}

Fixture makeFixture(Database& db)
{
    Fixture f;
    UnitStore units(db);
    CriteriaStore criteria(db);
    f.province = ids::newId();
    REQUIRE(units.insertProvince({f.province, QStringLiteral("99"), QStringLiteral("Tỉnh Thử")}).ok());
    auto district = [&](const QString& code, const QString& name) {
        District d;
        d.id = ids::newId();
        d.provinceId = f.province;
        d.code = code;
        d.name = name;
        d.validTo = QDate(2025, 6, 30);
        REQUIRE(units.insertDistrict(d).ok());
        return d.id;
    };
    f.districtA = district(QStringLiteral("001"), QStringLiteral("An Phú"));
    f.districtB = district(QStringLiteral("002"), QStringLiteral("Bình Sơn"));
    auto commune = [&](const QString& code, const QString& name, CommuneKind kind, const QString& districtId,
                       const QDate& to) {
        Commune c;
        c.id = ids::newId();
        c.provinceId = f.province;
        c.validTo = to;
        c.periods.append({ids::newId(), QDate(), to, code, name, kind, districtId});
        REQUIRE(units.insertCommune(c).ok());
        return c.id;
    };
    f.communeA1 = commune(QStringLiteral("00011"), QStringLiteral("An Hòa"), CommuneKind::Xa, f.districtA, QDate());
    f.communeA2 =
        commune(QStringLiteral("00012"), QStringLiteral("Ân Phong"), CommuneKind::Xa, f.districtA, QDate(2019, 12, 31));
    f.communeB1 = commune(QStringLiteral("00021"), QStringLiteral("Bình Minh"), CommuneKind::Xa, f.districtB, QDate());
    f.wardB2 = commune(QStringLiteral("00022"), QStringLiteral("Bình Tân"), CommuneKind::Phuong, f.districtB, QDate());
    REQUIRE(units
                .insertCommuneLineage({ids::newId(), f.communeA2, f.communeA1, QDate(2020, 1, 1),
                                       QStringLiteral("merge"), QString(), true, QString(), QString()})
                .ok());
    CriteriaSet oldSet = makeSet(QStringLiteral("T-OLD"), QStringLiteral("t"), QDate(2010, 1, 1), 3);
    CriteriaSet newSet = makeSet(QStringLiteral("T-NEW"), QStringLiteral("t"), QDate(2016, 1, 1), 3);
    CriteriaSet other = makeSet(QStringLiteral("T-2026"), QStringLiteral("t2"), QDate(2026, 1, 1), 2);
    for (const CriteriaSet& s : {oldSet, newSet, other}) {
        REQUIRE(criteria.insertSet(s).ok());
    }
    f.setOld = oldSet.id;
    f.setNew = newSet.id;
    f.setOther = other.id;
    return f;
}

void addEvent(Database& db, const QString& commune, const QString& setId, int number, const QDate& date,
              CriterionStatus status)
{
    const auto sets = CriteriaStore(db).sets();
    REQUIRE(sets.ok());
    for (const CriteriaSet& s : sets.value()) {
        if (s.id != setId) {
            continue;
        }
        Assessment a;
        a.communeId = commune;
        a.criterionId = s.criterionByNumber(number)->id;
        a.setId = s.id;
        a.family = s.family;
        a.criterionNumber = number;
        a.assessedOn = date;
        a.status = status;
        REQUIRE(AssessmentStore(db).insert(a).ok());
        return;
    }
    FAIL("no such set");
}

QString fixturePath(const QString& name)
{
    return QStringLiteral(NTM_TEST_FIXTURES) + QLatin1Char('/') + name;
}

ScopedUmask::ScopedUmask(mode_t mask) : m_previous(::umask(mask))
{
}

ScopedUmask::~ScopedUmask()
{
    ::umask(m_previous);
}

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(path).constData(), &st) == 0);
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace ntm::test
