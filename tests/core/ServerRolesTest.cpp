// SPDX-License-Identifier: GPL-3.0-or-later
// The server itself enforces docs/security.md's roles and scopes (resources/sql/pg/0010_server_accounts.sql): each
// account is a login role, and raw SQL on that login — what a person could type into psql — may change exactly what
// AccessPolicy allows that account, and every change it makes is in the audit trail under its name. One table of
// roles × tables × operations, each tried on the role's own connection. Server only ([pg]).
#include "TestSupport.h"

#include "access/AccountService.h"
#include "db/Sql.h"
#include "util/Ids.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace ntm::core;
using namespace ntm::test;

namespace {
const QString kPassword = QStringLiteral("mật-khẩu-thử-1");

/// The seed: two leaf rows of each scoped table, one inside district A / commune A1 ("own") and one in district B /
/// commune B1 ("other"), so an allowed delete meets no foreign key. Commune B1 has no district from 1/7/2025.
struct Seed
{
    Fixture f;
    QString criterion;
    QHash<QString, QString> own;   ///< table -> id of a row in district A / commune A1
    QHash<QString, QString> other; ///< table -> id of a row in district B / commune B1
    QString officialHomeA;         ///< officials that rotations point at
    QString officialHomeB;
};

void exec(Database& db, const QString& statement, const QVariantList& values)
{
    const Status s = sql::run(db.sql(), statement, values, QStringLiteral("seed"));
    INFO(statement.toStdString() << (s ? std::string() : s.error().message.toStdString()));
    REQUIRE(s.ok());
}

QString addOfficial(Database& db, const QString& district)
{
    const QString id = ids::newId();
    exec(db,
         QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, home_district_id, created_at, "
                        "updated_at) VALUES (?, 'Nguyễn Văn Thử', 'nguyen van thu', 'male', ?, '2026-01-01', "
                        "'2026-01-01')"),
         {id, district});
    return id;
}

QString addRotation(Database& db, const QString& official, const QString& commune, const QString& start)
{
    const QString id = ids::newId();
    exec(db,
         QStringLiteral("INSERT INTO rotation (id, official_id, kind, decision_no, decision_date, issuing_body, "
                        "decision_key, commune_id, to_position, start_date, created_at, updated_at) VALUES (?, ?, "
                        "'luan_chuyen', ?, ?, 'UBND', ?, ?, 'Phó Chủ tịch', ?, '2026-01-01', '2026-01-01')"),
         {id, official, id, start, id, commune, start});
    return id;
}

QString addCommuneRow(Database& db, const QString& table, const QString& commune, const QString& criterion)
{
    const QString id = ids::newId();
    if (table == QLatin1String("village")) {
        exec(db, QStringLiteral("INSERT INTO village (id, commune_id, name) VALUES (?, ?, 'Thôn Một')"), {id, commune});
    } else if (table == QLatin1String("review_meeting")) {
        exec(db,
             QStringLiteral("INSERT INTO review_meeting (id, commune_id, held_on, created_at, updated_at) VALUES (?, "
                            "?, '2026-03-01', '2026-03-01', '2026-03-01')"),
             {id, commune});
    } else if (table == QLatin1String("criterion_plan")) {
        exec(db,
             QStringLiteral("INSERT INTO criterion_plan (id, commune_id, criterion_id, target_date) VALUES (?, ?, ?, "
                            "'2027-01-01')"),
             {id, commune, criterion});
    } else if (table == QLatin1String("working_group")) {
        exec(db,
             QStringLiteral("INSERT INTO working_group (id, commune_id, name, valid_from, created_at, updated_at) "
                            "VALUES (?, ?, 'Tổ công tác', '2026-01-01', '2026-01-01', '2026-01-01')"),
             {id, commune});
    }
    return id;
}

Seed makeSeed(Database& db)
{
    Seed s;
    s.f = makeFixture(db);
    s.criterion = column(db, QStringLiteral("SELECT id FROM criterion ORDER BY id")).value(0);
    exec(db,
         QStringLiteral("UPDATE commune_period SET valid_to = '2025-06-30' WHERE commune_id = ? AND valid_to IS NULL"),
         {s.f.communeB1});
    exec(db,
         QStringLiteral("INSERT INTO commune_period (id, commune_id, valid_from, code, name, kind, district_id) "
                        "VALUES (?, ?, '2025-07-01', '90001', 'Xã Bình Minh', 'xa', NULL)"),
         {ids::newId(), s.f.communeB1});
    s.own[QStringLiteral("official")] = addOfficial(db, s.f.districtA);
    s.other[QStringLiteral("official")] = addOfficial(db, s.f.districtB);
    s.officialHomeA = addOfficial(db, s.f.districtA);
    s.officialHomeB = addOfficial(db, s.f.districtB);
    s.own[QStringLiteral("rotation")] = addRotation(db, s.officialHomeB, s.f.communeA1, QStringLiteral("2024-03-01"));
    s.other[QStringLiteral("rotation")] = addRotation(db, s.officialHomeA, s.f.communeB1, QStringLiteral("2024-03-01"));
    // From 1/7/2025 commune B1 has no district: a rotation into it belongs to its official's home district.
    s.own[QStringLiteral("rotation after 1/7/2025")] =
        addRotation(db, s.officialHomeA, s.f.communeB1, QStringLiteral("2025-09-01"));
    s.other[QStringLiteral("rotation after 1/7/2025")] =
        addRotation(db, s.officialHomeB, s.f.communeB1, QStringLiteral("2025-09-01"));
    for (const char* table : {"village", "review_meeting", "criterion_plan", "working_group"}) {
        s.own[QString::fromLatin1(table)] = addCommuneRow(db, QString::fromLatin1(table), s.f.communeA1, s.criterion);
        s.other[QString::fromLatin1(table)] = addCommuneRow(db, QString::fromLatin1(table), s.f.communeB1, s.criterion);
    }
    return s;
}

/// The accounts, one per kind: an administrator, the personnel officer of district A, the leader of commune A1 and
/// a provincial reviewer. Returns their login roles by role word.
QHash<QString, QString> makeAccounts(Database& db, const Seed& s)
{
    AccountService accounts(db);
    QHash<QString, QString> logins;
    const struct
    {
        const char* name;
        Role role;
        QString district;
        QString commune;
    } people[] = {{"quantri", Role::Admin, {}, {}},
                  {"canbo", Role::Personnel, s.f.districtA, {}},
                  {"xa", Role::CommuneLeader, {}, s.f.communeA1},
                  {"xem", Role::Reviewer, {}, {}}};
    for (const auto& p : people) {
        NewAccount n;
        n.username = QString::fromLatin1(p.name);
        n.role = p.role;
        n.districtId = p.district;
        n.communeId = p.commune;
        n.password = kPassword;
        const auto id = accounts.create(n);
        INFO((id ? QString() : id.error().message).toStdString());
        REQUIRE(id.ok());
    }
    for (const Account& a : accounts.accounts().value()) {
        REQUIRE_FALSE(a.login.isEmpty());
        logins.insert(a.username, a.login);
    }
    return logins;
}

/// The test database's URI with another user.
QString asLogin(const QString& uri, const QString& login)
{
    QString out = uri;
    out.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://)[^@/]*@")),
                QStringLiteral("\\1") + login + QLatin1Char('@'));
    return out;
}

std::unique_ptr<Database> connectAs(const QString& uri, const QString& login)
{
    Database::Options options;
    options.create = false;
    options.password = kPassword;
    auto db = Database::open(asLogin(uri, login), options);
    INFO(login.toStdString() << ": " << (db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

/// One statement tried on a login's connection, rolled back afterwards: whether it changed a row, and whether the
/// audit trail then holds an entry for that row naming the login (and its account).
struct Outcome
{
    bool changed = false;
    bool audited = false;
    QString error;
};

Outcome attempt(Database& db, const QString& statement, const QVariantList& values, const QString& table,
                const QString& rowId)
{
    Outcome o;
    REQUIRE(db.begin().ok());
    QSqlQuery q(db.sql());
    q.prepare(statement);
    for (const QVariant& v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        o.error = q.lastError().databaseText();
    } else {
        o.changed = q.numRowsAffected() > 0;
        const auto n = sql::scalar(db.sql(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = ? AND row_id = ? "
                                                  "AND login = session_user AND actor = ?"),
                                   {table, rowId, db.actor().username});
        o.audited = n && n.value().toInt() == 1;
    }
    db.rollback();
    return o;
}

enum class Op
{
    Insert,
    Update,
    Delete
};

/// The statement of one operation on one table: for an insert a new row where `own` says (district A or commune
/// A1, else B or B1); for an update or delete the seed's row there.
struct Statement
{
    QString sql;
    QVariantList values;
    QString table;
    QString rowId;
};

Statement statementFor(const Seed& s, const QString& what, Op op, bool own)
{
    const bool rotationAfterReform = what == QLatin1String("rotation after 1/7/2025");
    const QString table = rotationAfterReform ? QStringLiteral("rotation") : what;
    const QString id = ids::newId();
    const QString commune = own ? s.f.communeA1 : s.f.communeB1;
    if (op == Op::Update) {
        const QString row = own ? s.own.value(what) : s.other.value(what);
        // sql-safe: a test's own table names
        return {QStringLiteral("UPDATE %1 SET note = 'sửa bằng psql' WHERE id = ?").arg(table), {row}, table, row};
    }
    if (op == Op::Delete) {
        const QString row = own ? s.own.value(what) : s.other.value(what);
        // sql-safe: a test's own table names
        return {QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {row}, table, row};
    }
    if (table == QLatin1String("official")) {
        return {QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, home_district_id, "
                               "created_at, updated_at) VALUES (?, 'Trần Thị Mới', 'tran thi moi', 'female', ?, "
                               "'2026-01-01', '2026-01-01')"),
                {id, own ? s.f.districtA : s.f.districtB},
                table,
                id};
    }
    if (table == QLatin1String("rotation")) {
        const QString official = rotationAfterReform ? (own ? s.officialHomeA : s.officialHomeB) : s.officialHomeB;
        const QString start = rotationAfterReform ? QStringLiteral("2025-10-01") : QStringLiteral("2024-06-01");
        const QString into = rotationAfterReform ? s.f.communeB1 : commune;
        return {QStringLiteral("INSERT INTO rotation (id, official_id, kind, decision_no, decision_date, issuing_body, "
                               "decision_key, commune_id, to_position, start_date, created_at, updated_at) VALUES (?, "
                               "?, 'dieu_dong', ?, ?, 'UBND', ?, ?, 'Chủ tịch', ?, '2026-01-01', '2026-01-01')"),
                {id, official, id, start, id, into, start},
                table,
                id};
    }
    if (table == QLatin1String("assessment")) {
        return {QStringLiteral("INSERT INTO assessment (id, seq, commune_id, criterion_id, set_id, family, "
                               "criterion_number, assessed_on, status, recorded_by, recorded_at) SELECT ?, "
                               "(SELECT coalesce(max(seq), 0) + 1 FROM assessment), ?, c.id, c.set_id, 't', c.number, "
                               "'2026-05-01', 'met', 'psql', '2026-05-01' FROM criterion c WHERE c.id = ?"),
                {id, commune, s.criterion},
                table,
                id};
    }
    if (table == QLatin1String("commune")) {
        return {QStringLiteral("INSERT INTO commune (id, province_id) VALUES (?, ?)"), {id, s.f.province}, table, id};
    }
    if (table == QLatin1String("criterion_plan")) {
        // Another criterion than the seed's plan (one plan per commune and criterion).
        return {QStringLiteral("INSERT INTO criterion_plan (id, commune_id, criterion_id, target_date) SELECT ?, ?, "
                               "id, '2028-01-01' FROM criterion WHERE id <> ? ORDER BY id LIMIT 1"),
                {id, commune, s.criterion},
                table,
                id};
    }
    if (table == QLatin1String("village")) {
        return {QStringLiteral("INSERT INTO village (id, commune_id, name) VALUES (?, ?, 'Thôn Mới')"),
                {id, commune},
                table,
                id};
    }
    if (table == QLatin1String("review_meeting")) {
        return {QStringLiteral("INSERT INTO review_meeting (id, commune_id, held_on, created_at, updated_at) VALUES "
                               "(?, ?, '2026-06-01', '2026-06-01', '2026-06-01')"),
                {id, commune},
                table,
                id};
    }
    return {
        QStringLiteral("INSERT INTO working_group (id, commune_id, name, valid_from, created_at, updated_at) VALUES "
                       "(?, ?, 'Tổ mới', '2026-02-01', '2026-02-01', '2026-02-01')"),
        {id, commune},
        table,
        id};
}
} // namespace

TEST_CASE("Each account's own login may change with raw SQL exactly what its role and scope allow, audited under its "
          "name",
          "[access][server][pg]")
{
    REQUIRE(onServer());
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("roles")));
    auto owner = openDb(tmp.path(QStringLiteral("roles")));
    const Seed seed = makeSeed(*owner);
    const QHash<QString, QString> logins = makeAccounts(*owner, seed);

    // role word -> the kinds of record it may write inside its scope ("*": every table, anywhere).
    const QHash<QString, QStringList> writes{
        {QStringLiteral("quantri"), {QStringLiteral("*")}},
        {QStringLiteral("canbo"),
         {QStringLiteral("official"), QStringLiteral("rotation"), QStringLiteral("rotation after 1/7/2025")}},
        {QStringLiteral("xa"),
         {QStringLiteral("assessment"), QStringLiteral("village"), QStringLiteral("review_meeting"),
          QStringLiteral("criterion_plan"), QStringLiteral("working_group")}},
        {QStringLiteral("xem"), {}}};
    const QStringList scoped{
        QStringLiteral("official"),     QStringLiteral("rotation"),       QStringLiteral("rotation after 1/7/2025"),
        QStringLiteral("village"),      QStringLiteral("review_meeting"), QStringLiteral("criterion_plan"),
        QStringLiteral("working_group")};

    for (const QString& user :
         {QStringLiteral("quantri"), QStringLiteral("canbo"), QStringLiteral("xa"), QStringLiteral("xem")}) {
        auto db = connectAs(uri, logins.value(user));
        // Connected with its own login, the program acts as the account: no second sign-in.
        CHECK(db->actor().username == user);
        // Everyone with an account reads everything.
        CHECK(column(*db, QStringLiteral("SELECT id FROM official")).size() ==
              column(*owner, QStringLiteral("SELECT id FROM official")).size());
        const bool admin = user == QLatin1String("quantri");
        const QStringList mine = writes.value(user);
        for (const QString& what : scoped + QStringList{QStringLiteral("assessment"), QStringLiteral("commune")}) {
            for (const Op op : {Op::Insert, Op::Update, Op::Delete}) {
                const bool appendOnly = what == QLatin1String("assessment") || what == QLatin1String("commune");
                if (appendOnly && op != Op::Insert) {
                    continue; // assessments are never edited (a trigger), communes' rows are tried below
                }
                for (const bool own : {true, false}) {
                    if (appendOnly && !own) {
                        continue;
                    }
                    const bool inScope = admin || (mine.contains(what) && own);
                    const Statement st = statementFor(seed, what, op, own);
                    const Outcome o = attempt(*db, st.sql, st.values, st.table, st.rowId);
                    INFO(user.toStdString()
                         << " "
                         << (op == Op::Insert   ? "inserts"
                             : op == Op::Update ? "updates"
                                                : "deletes")
                         << " " << what.toStdString() << (own ? " in" : " outside")
                         << " district A / commune A1: " << st.sql.toStdString() << "\n-> " << o.error.toStdString());
                    CHECK(o.changed == inScope);
                    CHECK(o.audited == inScope);
                }
            }
        }
        // Reference data and accounts: administrators only.
        for (const QString& statement :
             {QStringLiteral("UPDATE commune SET note = 'x' WHERE id = ?"),
              QStringLiteral("UPDATE district SET note = 'x' WHERE id = ?"),
              QStringLiteral("UPDATE app_user SET role = 'admin' WHERE username = 'xem' AND ? <> ''")}) {
            const QString row = statement.contains(QLatin1String("district")) ? seed.f.districtA : seed.f.communeA1;
            const Outcome o = attempt(*db, statement, {row}, statement.section(QLatin1Char(' '), 1, 1),
                                      statement.contains(QLatin1String("app_user")) ? QString() : row);
            INFO(user.toStdString() << ": " << statement.toStdString() << "\n-> " << o.error.toStdString());
            CHECK(o.changed == admin);
        }
        // Nobody rewrites the audit trail, administrators included.
        for (const QString& statement :
             {QStringLiteral("UPDATE audit_log SET actor = 'ai đó'"), QStringLiteral("DELETE FROM audit_log"),
              QStringLiteral("TRUNCATE audit_log")}) {
            const Outcome o = attempt(*db, statement, {}, QString(), QString());
            INFO(user.toStdString() << ": " << statement.toStdString());
            CHECK_FALSE(o.changed);
            CHECK_FALSE(o.error.isEmpty());
        }
    }
}

TEST_CASE("The server's audit trail names the login, whatever the client claims", "[access][server][pg]")
{
    REQUIRE(onServer());
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("claims")));
    auto owner = openDb(tmp.path(QStringLiteral("claims")));
    const Seed seed = makeSeed(*owner);
    const QHash<QString, QString> logins = makeAccounts(*owner, seed);
    auto db = connectAs(uri, logins.value(QStringLiteral("canbo")));
    REQUIRE(
        sql::run(db->sql(), QStringLiteral("SELECT set_config('ntm.actor', 'quantri', false)"), {}, QString()).ok());
    REQUIRE(sql::run(db->sql(), QStringLiteral("UPDATE official SET note = 'x' WHERE id = ?"),
                     {seed.own.value(QStringLiteral("official"))}, QString())
                .ok());
    const QStringList entry = column(*db, QStringLiteral("SELECT actor || ' ' || login || ' ' || action FROM "
                                                         "audit_log ORDER BY seq DESC LIMIT 1"));
    CHECK(entry ==
          QStringList{QStringLiteral("canbo ") + logins.value(QStringLiteral("canbo")) + QStringLiteral(" update")});
    // A switch no client may pull: turning the audit triggers off needs the tables' owner.
    CHECK_FALSE(sql::run(db->sql(), QStringLiteral("SELECT ntm_audit_triggers(false)"), {}, QString()).ok());
    CHECK_FALSE(
        sql::run(db->sql(), QStringLiteral("ALTER TABLE official DISABLE TRIGGER ntm_audit_update"), {}, QString())
            .ok());
}

TEST_CASE("A disabled account's login can no longer connect, and its open session reads and writes nothing",
          "[access][server][pg]")
{
    REQUIRE(onServer());
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("disabled")));
    auto owner = openDb(tmp.path(QStringLiteral("disabled")));
    const Seed seed = makeSeed(*owner);
    const QHash<QString, QString> logins = makeAccounts(*owner, seed);
    auto admin = connectAs(uri, logins.value(QStringLiteral("quantri")));
    auto open = connectAs(uri, logins.value(QStringLiteral("canbo")));
    REQUIRE_FALSE(column(*open, QStringLiteral("SELECT id FROM official")).isEmpty());

    AccountService accounts(*admin);
    Account canbo;
    for (const Account& a : accounts.accounts().value()) {
        if (a.username == QLatin1String("canbo")) {
            canbo = a;
        }
    }
    canbo.active = false;
    REQUIRE(accounts.update(canbo).ok());

    // Its group is gone (permission denied) and the policies find no active account (no rows): either way, nothing.
    const auto officials = sql::scalar(open->sql(), QStringLiteral("SELECT count(*) FROM official"));
    CHECK((!officials || officials.value().toInt() == 0));
    CHECK_FALSE(attempt(*open, QStringLiteral("UPDATE official SET note = 'x' WHERE id = ?"),
                        {seed.own.value(QStringLiteral("official"))}, QStringLiteral("official"),
                        seed.own.value(QStringLiteral("official")))
                    .changed);
    Database::Options options;
    options.password = kPassword;
    CHECK_FALSE(Database::open(asLogin(uri, logins.value(QStringLiteral("canbo"))), options).ok());
}

TEST_CASE("Every table of a server database has row-level security and the audit triggers", "[access][server][pg]")
{
    // A later migration that adds a table must protect it too (ntm_protect_table in its PostgreSQL counterpart).
    REQUIRE(onServer());
    TempFolder tmp;
    auto db = openDb(tmp.path(QStringLiteral("tables")));
    const QStringList unprotected =
        column(*db, QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = "
                                   "'public'::regnamespace AND c.relname NOT IN ('ntm_schema_migration') AND NOT "
                                   "c.relrowsecurity ORDER BY 1"));
    CHECK(unprotected.isEmpty());
    const QStringList unaudited = column(
        *db, QStringLiteral("SELECT c.relname FROM pg_class c WHERE c.relkind = 'r' AND c.relnamespace = "
                            "'public'::regnamespace AND c.relname NOT IN ('ntm_schema_migration', 'audit_log') AND "
                            "(SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname IN "
                            "('ntm_audit_insert', 'ntm_audit_update', 'ntm_audit_delete')) <> 3 ORDER BY 1"));
    CHECK(unaudited.isEmpty());
    CHECK(tableNames(*db).size() > 30);
}

TEST_CASE("An account changes its own password on its own login, for the program and the server alike",
          "[access][server][pg]")
{
    REQUIRE(onServer());
    TempFolder tmp;
    const QString uri = dbLocation(tmp.path(QStringLiteral("password")));
    auto owner = openDb(tmp.path(QStringLiteral("password")));
    const Seed seed = makeSeed(*owner);
    const QHash<QString, QString> logins = makeAccounts(*owner, seed);
    const QString login = logins.value(QStringLiteral("xem"));
    {
        auto db = connectAs(uri, login);
        const Status changed = AccountService(*db).changePassword(kPassword, QStringLiteral("Mật-khẩu-mới-2"));
        INFO((changed ? QString() : changed.error().message).toStdString());
        REQUIRE(changed.ok());
    }
    Database::Options options;
    options.create = false;
    options.password = kPassword;
    CHECK_FALSE(Database::open(asLogin(uri, login), options).ok());
    options.password = QStringLiteral("Mật-khẩu-mới-2");
    CHECK(Database::open(asLogin(uri, login), options).ok());
    // The program's own sign-in (through the owner's connection) takes the new password too.
    CHECK(AccountService(*owner).signIn(QStringLiteral("xem"), QStringLiteral("Mật-khẩu-mới-2")).ok());
}
