// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportScope.h"

#include "reports/AreaReport.h"
#include "reports/CommuneReport.h"
#include "shell/View.h"

namespace ntm::gui {

ReportScope ReportScope::forView(const View* view, const QDate& asOf)
{
    ReportScope s;
    s.asOf = asOf;
    if (view && !view->reportCommuneId().isEmpty()) {
        s.kind = Kind::Commune;
        s.id = view->reportCommuneId();
    } else if (view && !view->reportDistrictId().isEmpty()) {
        s.kind = Kind::District;
        s.id = view->reportDistrictId();
    }
    return s;
}

core::Result<Report> ReportScope::build(core::Database& db, const QDate& printedOn) const
{
    switch (kind) {
    case Kind::Commune:
        return CommuneReport::build(db, id, asOf, printedOn);
    case Kind::District:
        return AreaReport::district(db, id, asOf, printedOn);
    case Kind::Province:
        break;
    }
    return AreaReport::province(db, asOf, printedOn);
}

} // namespace ntm::gui
