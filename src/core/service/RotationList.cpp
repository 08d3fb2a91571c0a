// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationList.h"

#include "store/OfficialStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"

#include <QHash>

namespace ntm::core {

Result<QList<RotationListRow>> RotationList::rows(const QString& officialId)
{
    RotationStore rotations(m_db);
    const auto list = officialId.isEmpty() ? rotations.all() : rotations.ofOfficial(officialId);
    const auto officials = OfficialStore(m_db).all();
    const auto communes = UnitStore(m_db).allCommunes();
    const auto districts = UnitStore(m_db).districts();
    if (!list || !officials || !communes || !districts) {
        return !list ? list.error() : !officials ? officials.error() : !communes ? communes.error()
                                                                                 : districts.error();
    }
    QHash<QString, QString> officialNames;
    for (const Official& o : officials.value()) {
        officialNames.insert(o.id, o.fullName);
    }
    QHash<QString, const Commune*> communeById;
    for (const Commune& c : communes.value()) {
        communeById.insert(c.id, &c);
    }
    QHash<QString, QString> districtNames;
    for (const District& d : districts.value()) {
        districtNames.insert(d.id, d.name);
    }
    QList<RotationListRow> out;
    out.reserve(list.value().size());
    for (const Rotation& r : list.value()) {
        RotationListRow row;
        row.rotation = r;
        row.officialName = officialNames.value(r.officialId);
        if (const Commune* c = communeById.value(r.communeId)) {
            if (const CommunePeriod* p = c->periodOn(r.startDate)) {
                row.communeName = p->name;
                row.communeTitle = Vocabulary::communeTitle(p->kind, p->name);
                row.districtId = p->districtId;
                row.districtName = districtNames.value(p->districtId);
            }
        }
        row.searchKey = RotationFilter::searchKey(row.officialName, row.communeName, r.decisionNo);
        out.append(row);
    }
    return out;
}

} // namespace ntm::core
