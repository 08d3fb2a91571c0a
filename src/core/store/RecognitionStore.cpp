// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/RecognitionStore.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "util/Dates.h"

#include <algorithm>

namespace ntm::core {

Status RecognitionStore::insert(const Recognition& r)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("INSERT INTO recognition (id, commune_id, tier, decision_no, decided_on, ended_on, "
                                   "end_reason, note, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {r.id, r.communeId, Vocabulary::key(r.tier), sql::textOrNull(r.decisionNo),
                     dates::toIso(r.decidedOn), dates::toSql(r.endedOn), sql::textOrNull(r.endReason),
                     sql::textOrNull(r.note), r.illustrative ? 1 : 0},
                    tr("Saving the recognition"));
}

Status RecognitionStore::remove(const QString& id)
{
    return sql::run(m_db.sql(), QStringLiteral("DELETE FROM recognition WHERE id = ?"), {id},
                    tr("Deleting the recognition"));
}

Status RecognitionStore::endAll(const QString& communeId, const QDate& date, const QString& reason)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("UPDATE recognition SET ended_on = ?, end_reason = ?, row_version = row_version + 1 "
                                   "WHERE commune_id = ? AND ended_on IS NULL AND decided_on <= ?"),
                    {dates::toIso(date), reason, communeId, dates::toIso(date)}, tr("Ending recognitions"));
}

Status RecognitionStore::end(const QString& id, const QDate& date, const QString& reason)
{
    return sql::run(m_db.sql(),
                    QStringLiteral("UPDATE recognition SET ended_on = ?, end_reason = ?, row_version = row_version + 1 "
                                   "WHERE id = ?"),
                    {dates::toIso(date), reason, id}, tr("Ending a recognition"));
}

Result<QList<Recognition>> RecognitionStore::list(const QString& communeId)
{
    QString statement =
        QStringLiteral("SELECT id, commune_id, tier, decision_no, decided_on, ended_on, end_reason, note, illustrative "
                       "FROM recognition");
    // One commune's come in date order from the recognition_commune index; all of them are sorted below, which
    // costs far less than SQLite's sort of every column (a tenth of the national stats' time).
    if (!communeId.isEmpty()) {
        statement += QStringLiteral(" WHERE commune_id = ? ORDER BY decided_on");
    }
    // Read straight from SQLite: the national stats read every recognition of the country.
    RowReader q(m_db, statement);
    if (!communeId.isEmpty()) {
        q.bind(communeId);
    }
    if (Status s = q.exec(tr("Reading recognitions")); !s) {
        return s.error();
    }
    QList<Recognition> out;
    while (q.next()) {
        Recognition r;
        r.id = q.text(0);
        r.communeId = q.text(1);
        r.tier = Vocabulary::recognitionTier(q.text(2)).value_or(RecognitionTier::Ntm);
        r.decisionNo = q.text(3);
        r.decidedOn = q.date(4);
        r.endedOn = q.date(5);
        r.endReason = q.text(6);
        r.note = q.text(7);
        r.illustrative = q.integer(8) != 0;
        out.append(std::move(r));
    }
    if (Status s = q.finished(tr("Reading recognitions")); !s) {
        return s.error();
    }
    if (communeId.isEmpty()) {
        std::stable_sort(out.begin(), out.end(),
                         [](const Recognition& a, const Recognition& b) { return a.decidedOn < b.decidedOn; });
    }
    return out;
}

} // namespace ntm::core
