// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"
#include "util/Result.h"

#include <QDate>
#include <QString>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

class View;

/// Which report to make: a commune's, a district's summary or the province's, as of a date.
struct ReportScope
{
    enum class Kind
    {
        Commune,
        District,
        Province
    };
    Kind kind = Kind::Province;
    QString id; ///< The commune's or the district's id; empty for the province.
    QDate asOf;

    /// The default for a view: its commune, else its district, else the province; as of `asOf`.
    static ReportScope forView(const View* view, const QDate& asOf);

    /// Gathers the data from core and builds the report (CommuneReport or AreaReport).
    core::Result<Report> build(core::Database& db, const QDate& printedOn = QDate::currentDate()) const;
};

} // namespace ntm::gui
