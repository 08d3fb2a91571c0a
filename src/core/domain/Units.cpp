// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Units.h"

namespace ntm::core {

const CommunePeriod* Commune::periodOn(const QDate& d) const
{
    if (periods.isEmpty()) {
        return nullptr;
    }
    const CommunePeriod* before = nullptr;
    for (const CommunePeriod& p : periods) {
        if (coversDate(p.validFrom, p.validTo, d)) {
            return &p;
        }
        if (p.validTo.isValid() && p.validTo < d) {
            before = &p;
        }
    }
    return before ? before : &periods.constFirst();
}

} // namespace ntm::core
