// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/Report.h"
#include "service/followup/MemberSummary.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// The one-page summary of a working-group member for the year-end review of officials: their memberships, the
/// villages they answered for with the villages' progress over that time, the actions they answered for and the
/// commune's criteria those actions concerned. Its data is core's MemberSummary (FollowUpService), the same as the
/// dashboard's "Members' results" tab.
class MemberReport final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::MemberReport)

public:
    static core::Result<Report> build(core::Database& db, const QString& communeId, const QString& personKey,
                                      const QDate& asOf, const QDate& printedOn = QDate::currentDate());
    static Report fromSummary(const core::MemberSummary& s, const QString& communeTitle, const QStringList& place,
                              const QDate& printedOn);
};

} // namespace ntm::gui
