// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UnitStore.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <QHash>

namespace ntm::core {

namespace {
District readDistrict(const QSqlQuery& q)
{
    District d;
    d.id = q.value(0).toString();
    d.provinceId = q.value(1).toString();
    d.code = q.value(2).toString();
    d.name = q.value(3).toString();
    d.kind = Vocabulary::districtKind(q.value(4).toString()).value_or(DistrictKind::Huyen);
    d.validFrom = dates::fromSql(q.value(5));
    d.validTo = dates::fromSql(q.value(6));
    d.note = q.value(7).toString();
    return d;
}

// Columns: id, province_id, valid_from, valid_to, target_year, illustrative, note, row_version
const QString kCommuneColumns =
    QStringLiteral("id, province_id, valid_from, valid_to, target_year, illustrative, note, "
                   "row_version");

Commune readCommune(const QSqlQuery& q)
{
    Commune c;
    c.id = q.value(0).toString();
    c.provinceId = q.value(1).toString();
    c.validFrom = dates::fromSql(q.value(2));
    c.validTo = dates::fromSql(q.value(3));
    c.targetYear = q.value(4).toInt();
    c.illustrative = q.value(5).toBool();
    c.note = q.value(6).toString();
    c.rowVersion = q.value(7).toInt();
    return c;
}

const QString kDistrictColumns = QStringLiteral("id, province_id, code, name, kind, valid_from, valid_to, note");

Status insertLineage(Database& db, const QString& table, const LineageLink& l, const QString& what)
{
    // sql-safe: `table` is district_lineage (the caller below)
    return sql::run(db.sql(),
                    QStringLiteral("INSERT INTO ") + table +
                        QStringLiteral(" (id, predecessor_id, successor_id, effective_on, kind, act, verified, note) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {l.id, l.predecessorId, l.successorId, dates::toIso(l.effectiveOn), l.kind, sql::textOrNull(l.act),
                     l.verified ? 1 : 0, sql::textOrNull(l.note)},
                    what);
}
} // namespace

Status UnitStore::insertProvince(const Province& p)
{
    return sql::run(m_db.sql(), QStringLiteral("INSERT INTO province (id, code, name) VALUES (?, ?, ?)"),
                    {p.id, p.code, p.name}, tr("Saving province %1").arg(p.name));
}

Status UnitStore::insertDistrict(const District& d)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO district (") + kDistrictColumns +
                        QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {d.id, d.provinceId, d.code, d.name, Vocabulary::key(d.kind), dates::toSql(d.validFrom),
                     dates::toSql(d.validTo), sql::textOrNull(d.note)},
                    tr("Saving district %1").arg(d.name));
}

Status UnitStore::insertCommune(const Commune& c)
{
    const QString what = tr("Saving commune %1").arg(c.periods.isEmpty() ? c.id : c.periods.constLast().name);
    if (Status s = sql::run(m_db.sql(),
                            QStringLiteral("INSERT INTO commune (id, province_id, valid_from, valid_to, target_year, "
                                           "illustrative, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                            {c.id, c.provinceId, dates::toSql(c.validFrom), dates::toSql(c.validTo),
                             c.targetYear > 0 ? QVariant(c.targetYear) : QVariant(QMetaType::fromType<int>()),
                             c.illustrative ? 1 : 0, sql::textOrNull(c.note)},
                            what);
        !s) {
        return s;
    }
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("INSERT INTO commune_period (id, commune_id, valid_from, "
                                                          "valid_to, code, name, kind, district_id) "
                                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CommunePeriod& p : c.periods) {
        q.bindValue(0, p.id);
        q.bindValue(1, c.id);
        q.bindValue(2, dates::toSql(p.validFrom));
        q.bindValue(3, dates::toSql(p.validTo));
        q.bindValue(4, p.code);
        q.bindValue(5, p.name);
        q.bindValue(6, Vocabulary::key(p.kind));
        q.bindValue(7, sql::textOrNull(p.districtId));
        if (Status s = sql::exec(q, what); !s) {
            return s;
        }
    }
    return {};
}

Status UnitStore::insertCommuneLineage(const LineageLink& l)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO commune_lineage (id, predecessor_id, successor_id, effective_on, kind, "
                                   "act, verified, note, reform_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {l.id, l.predecessorId, l.successorId, dates::toIso(l.effectiveOn), l.kind, sql::textOrNull(l.act),
                     l.verified ? 1 : 0, sql::textOrNull(l.note), sql::textOrNull(l.reformId)},
                    tr("Saving a commune merger"));
}

Status UnitStore::insertDistrictLineage(const LineageLink& link)
{
    return insertLineage(m_db, QStringLiteral("district_lineage"), link, tr("Saving a district merger"));
}

Status UnitStore::setTargetYear(const QString& communeId, int year, int expectedVersion)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("UPDATE commune SET target_year = ?, "
                                                          "row_version = row_version + 1 "
                                                          "WHERE id = ? AND (? < 0 OR row_version = ?)"));
    for (const QVariant& v : QVariantList{year > 0 ? QVariant(year) : QVariant(QMetaType::fromType<int>()), communeId,
                                          expectedVersion, expectedVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving the target year")); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(),
                     tr("This commune's settings were changed by someone else since you opened them; close "
                        "the window, open it again and make your change again."),
                     ErrorKind::Conflict};
    }
    return {};
}

Result<QList<Province>> UnitStore::provinces()
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, code, name FROM province ORDER BY code"));
    if (Status s = sql::exec(q, tr("Reading provinces")); !s) {
        return s.error();
    }
    QList<Province> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

Result<QList<District>> UnitStore::districts()
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kDistrictColumns +
                                               QStringLiteral(" FROM district ORDER BY code"));
    if (Status s = sql::exec(q, tr("Reading districts")); !s) {
        return s.error();
    }
    QList<District> out;
    while (q.next()) {
        out.append(readDistrict(q));
    }
    return out;
}

Result<std::optional<District>> UnitStore::district(const QString& id)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kDistrictColumns +
                                               QStringLiteral(" FROM district WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sql::exec(q, tr("Reading a district")); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<District>();
    }
    return std::optional<District>(readDistrict(q));
}

Result<QList<CommuneRow>> UnitStore::communesOn(const QDate& date, const QString& districtId, bool programmeOnly,
                                                const QString& provinceId)
{
    QString statement = QStringLiteral(
        "SELECT c.id, p.code, p.name, p.kind, p.district_id, d.name, c.province_id, c.target_year, c.illustrative, "
        "d.kind FROM commune c JOIN commune_period p ON p.commune_id = c.id "
        "LEFT JOIN district d ON d.id = p.district_id "
        "WHERE (p.valid_from IS NULL OR p.valid_from <= ?) AND (p.valid_to IS NULL OR p.valid_to >= ?)");
    if (!districtId.isEmpty()) {
        statement += QStringLiteral(" AND p.district_id = ?");
    }
    if (!provinceId.isEmpty()) {
        statement += QStringLiteral(" AND c.province_id = ?");
    }
    if (programmeOnly) {
        statement += QStringLiteral(" AND p.kind = 'xa'");
    }
    // Read straight from SQLite: the national stats, board and overview list 10,000 communes.
    RowReader q(m_db, statement);
    q.bind(dates::toIso(date));
    q.bind(dates::toIso(date));
    if (!districtId.isEmpty()) {
        q.bind(districtId);
    }
    if (!provinceId.isEmpty()) {
        q.bind(provinceId);
    }
    if (Status s = q.exec(tr("Reading communes")); !s) {
        return s.error();
    }
    QList<CommuneRow> out;
    while (q.next()) {
        CommuneRow r;
        r.id = q.text(0);
        r.code = q.text(1);
        r.name = q.text(2);
        r.kind = Vocabulary::communeKind(q.text(3)).value_or(CommuneKind::Xa);
        r.districtId = q.text(4);
        r.districtName = q.text(5);
        r.provinceId = q.text(6);
        r.targetYear = static_cast<int>(q.integer(7));
        r.illustrative = q.integer(8) != 0;
        if (!r.districtId.isEmpty()) {
            r.districtTitle = Vocabulary::districtTitle(
                Vocabulary::districtKind(q.text(9)).value_or(DistrictKind::Huyen), r.districtName);
        }
        out.append(std::move(r));
    }
    if (Status s = q.finished(tr("Reading communes")); !s) {
        return s.error();
    }
    return out;
}

Result<QList<Commune>> UnitStore::allCommunes()
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kCommuneColumns + QStringLiteral(" FROM commune"));
    if (Status s = sql::exec(q, tr("Reading communes")); !s) {
        return s.error();
    }
    QList<Commune> out;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const Commune c = readCommune(q);
        index.insert(c.id, out.size());
        out.append(c);
    }
    QSqlQuery p =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, commune_id, valid_from, valid_to, code, name, kind, "
                                                "district_id FROM commune_period "
                                                "ORDER BY commune_id, COALESCE(valid_from, '')"));
    if (Status s = sql::exec(p, tr("Reading communes")); !s) {
        return s.error();
    }
    while (p.next()) {
        const auto it = index.constFind(p.value(1).toString());
        if (it == index.constEnd()) {
            continue;
        }
        CommunePeriod period;
        period.id = p.value(0).toString();
        period.validFrom = dates::fromSql(p.value(2));
        period.validTo = dates::fromSql(p.value(3));
        period.code = p.value(4).toString();
        period.name = p.value(5).toString();
        period.kind = Vocabulary::communeKind(p.value(6).toString()).value_or(CommuneKind::Xa);
        period.districtId = p.value(7).toString();
        out[*it].periods.append(period);
    }
    return out;
}

Result<std::optional<Commune>> UnitStore::commune(const QString& id)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kCommuneColumns +
                                               QStringLiteral(" FROM commune WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sql::exec(q, tr("Reading a commune")); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Commune>();
    }
    Commune c = readCommune(q);
    QSqlQuery p =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, valid_from, valid_to, code, name, kind, district_id "
                                                "FROM commune_period WHERE commune_id = ? "
                                                "ORDER BY COALESCE(valid_from, '')"));
    p.addBindValue(id);
    if (Status s = sql::exec(p, tr("Reading a commune")); !s) {
        return s.error();
    }
    while (p.next()) {
        c.periods.append({p.value(0).toString(), dates::fromSql(p.value(1)), dates::fromSql(p.value(2)),
                          p.value(3).toString(), p.value(4).toString(),
                          Vocabulary::communeKind(p.value(5).toString()).value_or(CommuneKind::Xa),
                          p.value(6).toString()});
    }
    return std::optional<Commune>(c);
}

namespace {
QList<LineageLink> readLinks(QSqlQuery& q)
{
    QList<LineageLink> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), dates::fromSql(q.value(3)),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(), q.value(7).toString(),
                    q.value(8).toString()});
    }
    return out;
}
} // namespace

Result<QList<LineageLink>> UnitStore::communeLineage(const QString& communeId)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, predecessor_id, successor_id, effective_on, kind, "
                                                "act, verified, note, reform_id FROM commune_lineage "
                                                "WHERE predecessor_id = ? OR successor_id = ? "
                                                "ORDER BY effective_on"));
    q.addBindValue(communeId);
    q.addBindValue(communeId);
    if (Status s = sql::exec(q, tr("Reading commune lineage")); !s) {
        return s.error();
    }
    return readLinks(q);
}

Result<QList<LineageLink>> UnitStore::allCommuneLineage()
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT id, predecessor_id, successor_id, effective_on, kind, "
                                                "act, verified, note, reform_id FROM commune_lineage "
                                                "ORDER BY effective_on, id"));
    if (Status s = sql::exec(q, tr("Reading commune lineage")); !s) {
        return s.error();
    }
    return readLinks(q);
}

} // namespace ntm::core
