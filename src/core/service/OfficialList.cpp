// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/OfficialList.h"

#include "service/RotationList.h"
#include "store/OfficialStore.h"
#include "store/UnitStore.h"
#include "util/TextFold.h"

#include <QHash>

namespace ntm::core {

Result<QList<OfficialListRow>> OfficialList::rows(const QDate& asOf)
{
    const auto officials = OfficialStore(m_db).all();
    const auto rotations = RotationList(m_db).rows();
    const auto districts = UnitStore(m_db).districts();
    if (!officials || !rotations || !districts) {
        return !officials ? officials.error() : !rotations ? rotations.error() : districts.error();
    }
    QHash<QString, QString> districtNames;
    for (const District& d : districts.value()) {
        districtNames.insert(d.id, d.name);
    }
    QHash<QString, QList<const RotationListRow*>> byOfficial;
    for (const RotationListRow& r : rotations.value()) {
        byOfficial[r.rotation.officialId].append(&r);
    }
    QList<OfficialListRow> out;
    out.reserve(officials.value().size());
    for (const Official& o : officials.value()) {
        OfficialListRow row;
        row.official = o;
        row.homeDistrictName = districtNames.value(o.homeDistrictId);
        const auto mine = byOfficial.value(o.id);
        row.rotationCount = static_cast<int>(mine.size());
        for (const RotationListRow* r : mine) {
            if (r->rotation.activeOn(asOf)) {
                row.currentCommune = r->communeTitle;
                row.currentPosition = r->rotation.toPosition;
            }
        }
        row.searchKey = text::fold(o.fullName + QLatin1Char(' ') + o.homeUnit + QLatin1Char(' ') + o.position);
        out.append(row);
    }
    return out;
}

} // namespace ntm::core
