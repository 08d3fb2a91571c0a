// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ReformStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Dates.h"

namespace ntm::core {

Result<QList<Reform>> ReformStore::all()
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("SELECT id, code, name, name_en, starts_on, ends_on, act, "
                                                          "recognition_rule, rule_source, rule_verified, note, "
                                                          "row_version FROM reform ORDER BY starts_on, code"));
    if (Status s = sql::exec(q, tr("Reading the reforms")); !s) {
        return s.error();
    }
    QList<Reform> out;
    while (q.next()) {
        Reform r;
        r.id = q.value(0).toString();
        r.code = q.value(1).toString();
        r.name = q.value(2).toString();
        r.nameEn = q.value(3).toString();
        r.startsOn = dates::fromSql(q.value(4));
        r.endsOn = dates::fromSql(q.value(5));
        r.act = q.value(6).toString();
        r.rule = Vocabulary::recognitionRule(q.value(7).toString()).value_or(RecognitionRule::Ends);
        r.ruleSource = q.value(8).toString();
        r.ruleVerified = q.value(9).toInt() != 0;
        r.note = q.value(10).toString();
        r.rowVersion = q.value(11).toInt();
        out.append(r);
    }
    return out;
}

Status ReformStore::insert(const Reform& r)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO reform (id, code, name, name_en, starts_on, ends_on, act, "
                                   "recognition_rule, rule_source, rule_verified, note, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.id, r.code, r.name, sql::textOrNull(r.nameEn), dates::toIso(r.startsOn), dates::toSql(r.endsOn),
                     sql::textOrNull(r.act), Vocabulary::key(r.rule), sql::textOrNull(r.ruleSource),
                     r.ruleVerified ? 1 : 0, sql::textOrNull(r.note), dates::nowTimestamp()},
                    tr("Saving the reform %1").arg(r.name));
}

Status ReformStore::updateRule(const Reform& r)
{
    QSqlQuery q = sql::prepare(m_db.sql(), QStringLiteral("UPDATE reform SET recognition_rule = ?, rule_source = ?, "
                                                          "rule_verified = ?, note = ?, row_version = row_version + 1, "
                                                          "updated_at = ? WHERE id = ? AND row_version = ?"));
    for (const QVariant& v :
         QVariantList{Vocabulary::key(r.rule), sql::textOrNull(r.ruleSource), r.ruleVerified ? 1 : 0,
                      sql::textOrNull(r.note), dates::nowTimestamp(), r.id, r.rowVersion}) {
        q.addBindValue(v);
    }
    if (Status s = sql::exec(q, tr("Saving the rule of %1").arg(r.name)); !s) {
        return s;
    }
    if (q.numRowsAffected() != 1) {
        return Error{QString(),
                     tr("This reform was changed by someone else since you opened it; reload it and make your change "
                        "again."),
                     ErrorKind::Conflict};
    }
    return {};
}

} // namespace ntm::core
