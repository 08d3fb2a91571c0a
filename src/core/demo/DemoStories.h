// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoPlan.h"
#include "demo/DemoUnits.h"
#include "domain/People.h"
#include "domain/Review.h"
#include "store/CriteriaStore.h"

#include <QList>

namespace ntm::core::demo {

/// The two stories of the seed article (Baohatinh.vn, "Luân chuyển cán bộ huyện về giúp xã làm nông thôn mới"):
///  - Bùi Ngọc Nhật, chair of the Đức Thọ district labour federation, sent in March 2016 to Đức Yên as deputy
///    party secretary and chair of the commune People's Committee: 9 of 20 criteria met on arrival, all 20 seven
///    months later, recognised in 2016;
///  - Phạm Tiến Nam, sent by Thạch Hà district to be party secretary of Thạch Khê, with Lưu Xuân Đồng as deputy
///    secretary, 8 working groups tied to the villages, and a weekly review of every criterion.
/// What the article does not say (decision numbers, exact days, Thạch Khê's recognition date, the content of the
/// weekly meetings, village names) is illustrative and marked so.
class DemoStories final
{
public:
    static const QDate kNhatStart;
    static const QDate kNhatEnd;
    static const QDate kDucYenRecognised;
    static const QDate kNamStart;
    static const QDate kNamEnd;
    static const QDate kThachKheRecognised;

    explicit DemoStories(const DemoUnits& units) : m_units(units) {}

    /// Fixes the stories' facts on the two communes' plans (years, anchors, tenures).
    void shapePlans(PlanMap& plans) const;
    /// The officials and rotations of the stories.
    void addPeople(QList<Official>& officials, QList<Rotation>& rotations) const;
    /// Thạch Khê's weekly review meetings; criteria are resolved by number under the set in force.
    QList<ReviewMeeting> meetings(const CommunePlan& thachKhe,
                                  const std::function<QString(const QDate&, int)>& criterionId,
                                  const std::function<QString(const QDate&, int)>& criterionName) const;
    QList<Village> villages() const;

private:
    const DemoUnits& m_units;
};

} // namespace ntm::core::demo
