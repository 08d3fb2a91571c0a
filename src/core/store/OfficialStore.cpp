// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/OfficialStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace ntm::core {

namespace {
const QString kOfficialColumns =
    QStringLiteral("id, full_name, gender, birth_date, home_unit, home_district_id, position, phone, "
                   "note, illustrative, row_version");

Official readOfficial(const QSqlQuery& q)
{
    Official o;
    o.id = q.value(0).toString();
    o.fullName = q.value(1).toString();
    o.gender = Vocabulary::gender(q.value(2).toString()).value_or(Gender::NotGiven);
    o.birthDate = dates::fromSql(q.value(3));
    o.homeUnit = q.value(4).toString();
    o.homeDistrictId = q.value(5).toString();
    o.position = q.value(6).toString();
    o.phone = q.value(7).toString();
    o.note = q.value(8).toString();
    o.illustrative = q.value(9).toBool();
    o.rowVersion = q.value(10).toInt();
    return o;
}
} // namespace

Status OfficialStore::insert(const Official& o)
{
    const QString now = dates::nowTimestamp();
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, birth_date, home_unit, "
                                   "home_district_id, position, phone, note, illustrative, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {o.id, o.fullName.trimmed(), text::fold(o.fullName), Vocabulary::key(o.gender),
                     dates::toSql(o.birthDate), sql::textOrNull(o.homeUnit), sql::textOrNull(o.homeDistrictId),
                     sql::textOrNull(o.position), sql::textOrNull(o.phone), sql::textOrNull(o.note),
                     o.illustrative ? 1 : 0, now, now},
                    tr("Saving official %1").arg(o.fullName));
}

Status OfficialStore::update(const Official& o)
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("UPDATE official SET full_name = ?, name_folded = ?, gender = ?, "
                                                "birth_date = ?, home_unit = ?, home_district_id = ?, position = ?, "
                                                "phone = ?, note = ?, row_version = row_version + 1, updated_at = ? "
                                                "WHERE id = ? AND row_version = ?"));
    for (const QVariant& v : QVariantList{
             o.fullName.trimmed(), text::fold(o.fullName), Vocabulary::key(o.gender), dates::toSql(o.birthDate),
             sql::textOrNull(o.homeUnit), sql::textOrNull(o.homeDistrictId), sql::textOrNull(o.position),
             sql::textOrNull(o.phone), sql::textOrNull(o.note), dates::nowTimestamp(), o.id, o.rowVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving official %1").arg(o.fullName)); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(),
                     tr("Official %1 was changed or deleted by someone else since you opened it; "
                        "reload it and make your change again.")
                         .arg(o.fullName),
                     ErrorKind::Conflict};
    }
    return {};
}

Status OfficialStore::remove(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM official WHERE id = ?"), {id}, tr("Deleting the official"));
}

Result<std::optional<Official>> OfficialStore::get(const QString& id)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kOfficialColumns +
                                               QStringLiteral(" FROM official WHERE id = ?"));
    q.addBindValue(id);
    if (Status s = sql::exec(q, tr("Reading an official")); !s) {
        return s.error();
    }
    if (!q.next()) {
        return std::optional<Official>();
    }
    return std::optional<Official>(readOfficial(q));
}

Result<QHash<QString, QString>> OfficialStore::names(const QStringList& ids)
{
    QHash<QString, QString> out;
    if (ids.isEmpty()) {
        return out;
    }
    // sql-safe: valueList() is the backend's constant phrase; the ids are bound as one JSON array
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT o.id, o.full_name FROM official o WHERE o.id IN "
                                                          "(SELECT c.value FROM ") +
                                               m_db.backend().valueList(ValueType::Text) + QStringLiteral(" c)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)));
    if (Status s = sql::exec(q, tr("Reading officials")); !s) {
        return s.error();
    }
    while (q.next()) {
        out.insert(q.value(0).toString(), q.value(1).toString());
    }
    return out;
}

Result<QList<Official>> OfficialStore::all()
{
    QSqlQuery q =
        sql::prepare(m_db.sql(), QStringLiteral("SELECT ") + kOfficialColumns + QStringLiteral(" FROM official"));
    if (Status s = sql::exec(q, tr("Reading officials")); !s) {
        return s.error();
    }
    QList<Official> out;
    while (q.next()) {
        out.append(readOfficial(q));
    }
    return out;
}

Result<int> OfficialStore::rotationCount(const QString& id)
{
    const auto v = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM rotation WHERE official_id = ?"), {id});
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

Result<int> OfficialStore::groupMemberCount(const QString& id)
{
    const auto v = sql::scalar(m_db.sql(),
                               QStringLiteral("SELECT count(*) FROM working_group_member WHERE official_id = ?"), {id});
    if (!v) {
        return v.error();
    }
    return v.value().toInt();
}

} // namespace ntm::core
