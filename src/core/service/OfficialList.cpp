// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OfficialList.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/OfficialStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QHash>

namespace ntm::core {

void OfficialListRow::assignAsOf(const QDate& asOf)
{
    currentCommune.clear();
    currentPosition.clear();
    for (const OfficialTerm& t : std::as_const(terms)) {
        // Active on the date: started, and not ended before it (Rotation::activeOn).
        if (t.start <= asOf && !(t.actualEnd.isValid() && t.actualEnd < asOf)) {
            currentCommune = t.communeTitle;
            currentPosition = t.position;
        }
    }
}

namespace {
/// Every official's terms, by start, with the commune as called when each started: one query.
Result<QHash<QString, QList<OfficialTerm>>> termsByOfficial(Database& db)
{
    QSqlQuery q = sql::prepare(
        db.sql(),
        QStringLiteral("SELECT r.official_id, r.start_date, r.actual_end, r.to_position, p.name, p.kind, r.commune_id "
                       "FROM rotation r LEFT JOIN commune_period p ON p.commune_id = r.commune_id "
                       "AND (p.valid_from IS NULL OR p.valid_from <= r.start_date) AND (p.valid_to IS NULL OR "
                       "p.valid_to >= r.start_date) "
                       "ORDER BY r.official_id, r.start_date"));
    if (Status s = sql::exec(q, OfficialList::tr("Reading rotations")); !s) {
        return s.error();
    }
    QHash<QString, QList<OfficialTerm>> out;
    QHash<QString, QString> titles; // communes receive many terms: one copy of each title
    while (q.next()) {
        OfficialTerm t{dates::fromSql(q.value(1)), dates::fromSql(q.value(2)), QString(), q.value(3).toString()};
        if (q.value(4).isNull()) {
            // No period covers the start (a term recorded before the commune existed): its nearest period.
            const auto c = UnitStore(db).commune(q.value(6).toString());
            const CommunePeriod* p = c && c.value() ? c.value()->periodOn(t.start) : nullptr;
            t.communeTitle = p ? Vocabulary::communeTitle(p->kind, p->name) : QString();
        } else {
            const QString title = Vocabulary::communeTitle(
                Vocabulary::communeKind(q.value(5).toString()).value_or(CommuneKind::Xa), q.value(4).toString());
            t.communeTitle = *titles.insert(title, titles.value(title, title));
        }
        out[q.value(0).toString()].append(t);
    }
    return out;
}
} // namespace

Result<QList<OfficialListRow>> OfficialList::rows(const QDate& asOf)
{
    const auto officials = OfficialStore(m_db).all();
    const auto terms = termsByOfficial(m_db);
    const auto districts = UnitStore(m_db).districts();
    if (!officials || !terms || !districts) {
        return !officials ? officials.error() : !terms ? terms.error() : districts.error();
    }
    QHash<QString, QString> districtNames;
    for (const District& d : districts.value()) {
        districtNames.insert(d.id, d.name);
    }
    QList<OfficialListRow> out;
    out.reserve(officials.value().size());
    for (const Official& o : officials.value()) {
        OfficialListRow row;
        row.official = o;
        row.homeDistrictName = districtNames.value(o.homeDistrictId);
        row.terms = terms.value().value(o.id);
        row.rotationCount = static_cast<int>(row.terms.size());
        row.assignAsOf(asOf);
        row.searchKey = text::fold(o.fullName + QLatin1Char(' ') + o.homeUnit + QLatin1Char(' ') + o.position);
        out.append(row);
    }
    return out;
}

} // namespace ntm::core
