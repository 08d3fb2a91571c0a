// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "service/RotationFilter.h"

using namespace ntm::core;

namespace {
RotationListRow row(const QString& official, const QString& commune, const QString& district, RotationKind kind,
                    const QDate& start, const QDate& planned, const QDate& actual = {})
{
    RotationListRow r;
    r.rotation.id = official + commune;
    r.rotation.kind = kind;
    r.rotation.communeId = commune;
    r.rotation.decisionNo = QStringLiteral("15-QĐ/HU");
    r.rotation.startDate = start;
    r.rotation.plannedEnd = planned;
    r.rotation.actualEnd = actual;
    r.officialName = official;
    r.communeName = commune;
    r.districtId = district;
    r.searchKey = RotationFilter::searchKey(official, commune, r.rotation.decisionNo);
    return r;
}

const QDate kToday(2026, 11, 29);
} // namespace

TEST_CASE("Rotation states on a date", "[filter][rotation]")
{
    Rotation r;
    r.startDate = QDate(2025, 1, 1);
    r.plannedEnd = QDate(2027, 12, 31);
    CHECK(RotationFilter::stateOf(r, kToday, 90) == RotationState::Active);
    CHECK(RotationFilter::stateOf(r, QDate(2024, 12, 31), 90) == RotationState::Upcoming);
    CHECK(RotationFilter::stateOf(r, QDate(2027, 10, 2), 90) == RotationState::EndingSoon);
    CHECK(RotationFilter::stateOf(r, QDate(2027, 10, 1), 90) == RotationState::Active);
    CHECK(RotationFilter::stateOf(r, QDate(2028, 1, 1), 90) == RotationState::Overdue);
    r.actualEnd = QDate(2026, 6, 30);
    CHECK(RotationFilter::stateOf(r, QDate(2026, 6, 30), 90) == RotationState::EndingSoon);
    CHECK(RotationFilter::stateOf(r, QDate(2026, 7, 1), 90) == RotationState::Ended);
    Rotation open;
    open.startDate = QDate(2020, 1, 1);
    CHECK(RotationFilter::stateOf(open, kToday, 90) == RotationState::Active);
}

TEST_CASE("Rotation filters apply together", "[filter][rotation]")
{
    const QList<RotationListRow> rows{
        row(QStringLiteral("Bùi Ngọc Nhật"), QStringLiteral("Đức Yên"), QStringLiteral("d1"), RotationKind::DieuDong,
            QDate(2016, 3, 1), QDate(2019, 2, 28), QDate(2019, 2, 28)),
        row(QStringLiteral("Phạm Tiến Nam"), QStringLiteral("Thạch Khê"), QStringLiteral("d2"), RotationKind::DieuDong,
            QDate(2016, 1, 4), QDate(2020, 9, 30), QDate(2020, 9, 30)),
        row(QStringLiteral("Lê Văn Hùng"), QStringLiteral("Đức Lạc"), QStringLiteral("d1"), RotationKind::LuanChuyen,
            QDate(2025, 8, 1), QDate(2027, 1, 15)),
    };
    auto matching = [&](const RotationFilter& f) {
        QStringList names;
        for (const RotationListRow& r : rows) {
            if (f.accepts(r)) {
                names.append(r.officialName);
            }
        }
        return names;
    };
    RotationFilter f;
    f.asOf = kToday;
    CHECK(matching(f).size() == 3);
    f.setText(QStringLiteral("bui ngoc"));
    CHECK(matching(f) == QStringList{QStringLiteral("Bùi Ngọc Nhật")});
    f.setText(QStringLiteral("DUC"));
    CHECK(matching(f).size() == 2);
    f.setText(QStringLiteral("15-qđ/hu"));
    CHECK(matching(f).size() == 3);
    f.setText(QString());
    f.districtId = QStringLiteral("d1");
    CHECK(matching(f).size() == 2);
    f.kind = RotationKind::DieuDong;
    CHECK(matching(f) == QStringList{QStringLiteral("Bùi Ngọc Nhật")});
    f = RotationFilter();
    f.asOf = kToday;
    f.state = RotationState::Active;
    CHECK(matching(f) == QStringList{QStringLiteral("Lê Văn Hùng")});
    f.state = RotationState::EndingSoon;
    CHECK(matching(f) == QStringList{QStringLiteral("Lê Văn Hùng")});
    f.endingSoonDays = 30;
    CHECK(matching(f).isEmpty());
    f.state = RotationState::Ended;
    CHECK(matching(f).size() == 2);
    f.state.reset();
    f.from = QDate(2019, 6, 1);
    f.to = QDate(2019, 12, 31);
    CHECK(matching(f) == QStringList{QStringLiteral("Phạm Tiến Nam")});
    f.from = QDate();
    f.to = QDate(2016, 2, 1);
    CHECK(matching(f) == QStringList{QStringLiteral("Phạm Tiến Nam")});
    f.communeId = QStringLiteral("Đức Yên");
    CHECK(matching(f).isEmpty());
}
