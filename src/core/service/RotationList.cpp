// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationList.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"

#include <QHash>

#include <algorithm>
#include <numeric>
#include <vector>

namespace ntm::core {

namespace {
/// Shares one copy of each repeated text (issuing bodies, units, positions, names, ids): the national table has
/// 80,000 rows but a few thousand distinct values in these columns.
class Interner final
{
public:
    QString operator()(const QString& s)
    {
        const auto it = m_pool.constFind(s);
        if (it != m_pool.constEnd()) {
            return *it;
        }
        m_pool.insert(s, s);
        return s;
    }

private:
    QHash<QString, QString> m_pool;
};

/// The name of the commune when the term started, for the few rows whose start no period covers.
void nameFromNearestPeriod(Database& db, RotationListRow& row, QHash<QString, std::optional<Commune>>& communes)
{
    auto it = communes.find(row.rotation.communeId);
    if (it == communes.end()) {
        const auto c = UnitStore(db).commune(row.rotation.communeId);
        it = communes.insert(row.rotation.communeId, c ? c.value() : std::nullopt);
    }
    if (!it->has_value()) {
        return;
    }
    if (const CommunePeriod* p = (*it)->periodOn(row.rotation.startDate)) {
        row.communeName = p->name;
        row.communeTitle = Vocabulary::communeTitle(p->kind, p->name);
        row.districtId = p->districtId;
        const auto d = p->districtId.isEmpty() ? Result<std::optional<District>>(std::optional<District>())
                                               : UnitStore(db).district(p->districtId);
        row.districtName = d && d.value() ? d.value()->name : QString();
    }
}
} // namespace

Result<QList<RotationListRow>> RotationList::rows(const QString& officialId)
{
    // One query: the official's name, and the commune's period covering the start of the term with its district.
    // sql-safe: RotationStore's fixed column list and constant clauses; every value is bound
    QString statement = QStringLiteral("SELECT ") + RotationStore::columns(QStringLiteral("r")) +
                        QStringLiteral(", o.full_name, p.name, p.kind, p.district_id, d.name FROM rotation r "
                                       "LEFT JOIN official o ON o.id = r.official_id "
                                       "LEFT JOIN commune_period p ON p.commune_id = r.commune_id "
                                       "AND (p.valid_from IS NULL OR p.valid_from <= r.start_date) "
                                       "AND (p.valid_to IS NULL OR p.valid_to >= r.start_date) "
                                       "LEFT JOIN district d ON d.id = p.district_id ");
    if (!officialId.isEmpty()) {
        statement += QStringLiteral("WHERE r.official_id = ? ");
    }
    // No ORDER BY: sorting 80,000 joined rows in SQLite costs more than sorting the list below (same order).
    RowReader q(m_db, statement);
    if (!officialId.isEmpty()) {
        q.bind(officialId);
    }
    if (Status s = q.exec(tr("Reading rotations")); !s) {
        return s.error();
    }
    constexpr int names = 19; // first column after the rotation's own
    Interner intern;
    QHash<QString, std::optional<Commune>> uncovered;
    QList<RotationListRow> out;
    if (const auto count = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM rotation")); count) {
        out.reserve(count.value().toLongLong());
    }
    while (q.next()) {
        RotationListRow row;
        row.rotation = RotationStore::read(q);
        Rotation& r = row.rotation;
        for (QString* s : {&r.officialId, &r.issuingBody, &r.fromUnit, &r.fromPosition, &r.communeId, &r.toPosition,
                           &r.returnPosition}) {
            *s = intern(*s);
        }
        row.officialName = intern(q.text(names));
        if (q.isNull(names + 1)) {
            nameFromNearestPeriod(m_db, row, uncovered);
        } else {
            row.communeName = intern(q.text(names + 1));
            row.communeTitle = intern(Vocabulary::communeTitle(
                Vocabulary::communeKind(q.text(names + 2)).value_or(CommuneKind::Xa), row.communeName));
            row.districtId = intern(q.text(names + 3));
            row.districtName = intern(q.text(names + 4));
        }
        row.searchKey = RotationFilter::searchKey(row.officialName, row.communeName, r.decisionNo);
        out.append(std::move(row));
    }
    if (Status s = q.finished(tr("Reading rotations")); !s) {
        return s.error();
    }
    // Sorted through an index: moving 80,000 rows of some twenty strings each once beats swapping them in a sort.
    std::vector<qsizetype> order(static_cast<size_t>(out.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&out](qsizetype a, qsizetype b) {
        const Rotation& x = out.at(a).rotation;
        const Rotation& y = out.at(b).rotation;
        return x.startDate != y.startDate ? x.startDate < y.startDate : x.id < y.id;
    });
    QList<RotationListRow> sorted;
    sorted.reserve(out.size());
    for (const qsizetype i : order) {
        sorted.append(std::move(out[i]));
    }
    return sorted;
}

} // namespace ntm::core
