// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PlaceNames.h"

#include "store/UnitStore.h"

#include <QDate>

namespace ntm::gui {

using namespace ntm::core;

QHash<QString, QString> placeNames(Database& db)
{
    QHash<QString, QString> names;
    UnitStore units(db);
    if (const auto districts = units.districts()) {
        for (const District& d : districts.value()) {
            names.insert(d.id, d.title());
        }
    }
    if (const auto communes = units.allCommunes()) {
        for (const Commune& c : communes.value()) {
            if (const CommunePeriod* p = c.periodOn(QDate::currentDate())) {
                names.insert(c.id, Vocabulary::communeTitle(p->kind, p->name));
            }
        }
    }
    return names;
}

} // namespace ntm::gui
