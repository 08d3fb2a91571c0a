// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWorkingGroups.h"
#include "demo/DemoNotes.h"

#include "demo/DemoNames.h"
#include "demo/DemoVillageProgress.h"
#include "service/ProgressService.h"
#include "store/ActionStore.h"
#include "store/CriteriaStore.h"
#include "store/ReviewStore.h"
#include "store/WorkingGroupStore.h"
#include "util/Ids.h"

#include <QRegularExpression>

namespace ntm::core::demo {

const QDate DemoWorkingGroups::kFormed(2016, 1, 8);
const QDate DemoWorkingGroups::kStart(2016, 1, 11);
const QDate DemoWorkingGroups::kEnd(2020, 9, 30);
const QDate DemoWorkingGroups::kReplaced(2017, 7, 1);

namespace {
const QString kGroupNote =
    QStringLiteral("Theo bài báo: BTV Đảng ủy xã Thạch Khê ra quyết định thành lập 8 đoàn công tác chỉ đạo cơ sở, do "
                   "các đảng ủy viên phụ trách, gắn với kết quả từng thôn. Số, ngày quyết định, thời hạn và thôn phụ "
                   "trách là minh họa. ") +
    kArticle;

/// Posts of commune officials who join a group beside its leader (illustrative).
const QStringList kPosts{QStringLiteral("Công chức Địa chính – Xây dựng"),
                         QStringLiteral("Chủ tịch Hội Nông dân xã"),
                         QStringLiteral("Bí thư Đoàn xã"),
                         QStringLiteral("Công chức Văn hóa – Xã hội"),
                         QStringLiteral("Chủ tịch Hội Phụ nữ xã"),
                         QStringLiteral("Công chức Tài chính – Kế toán"),
                         QStringLiteral("Chủ tịch Hội Cựu chiến binh xã"),
                         QStringLiteral("Công chức Tư pháp – Hộ tịch")};
} // namespace

Status DemoWorkingGroups::write()
{
    const auto villages = ReviewStore(m_db).villages(m_units.focusThachKhe());
    if (!villages) {
        return villages.error();
    }
    if (Status s = writeGroups(villages.value()); !s) {
        return s;
    }
    if (Status s = writeActions(villages.value()); !s) {
        return s;
    }
    if (Status s = writePlans(); !s) {
        return s;
    }
    return DemoVillageProgress(m_db, m_units, m_rng).write(villages.value());
}

QString DemoWorkingGroups::freshName()
{
    QString n;
    do {
        n = generateName(m_rng).fullName;
    } while (m_names.contains(n));
    m_names.insert(n);
    return n;
}

void DemoWorkingGroups::planLeaders(int k, const WorkingGroup& g)
{
    GroupMember leader;
    leader.id = ids::stableId(QStringLiteral("demo:thach-khe:group:%1:leader").arg(k));
    leader.groupId = g.id;
    leader.communeId = g.communeId;
    leader.role = MemberRole::Leader;
    leader.validFrom = kStart;
    leader.illustrative = true;
    if (k == 1) {
        leader.officialId = ids::stableId(QStringLiteral("story:luu-xuan-dong"));
        leader.fullName = QStringLiteral("Lưu Xuân Đồng");
        leader.position = QStringLiteral("Phó Bí thư Đảng ủy xã");
        leader.note = QStringLiteral("Chức vụ theo bài báo; việc làm trưởng đoàn số 1 là minh họa. ") + kArticle;
    } else {
        leader.fullName = freshName();
        leader.position = QStringLiteral("Đảng ủy viên");
        leader.note = QStringLiteral("Trưởng đoàn là đảng ủy viên (theo bài báo); tên là minh họa.");
    }
    if (k == 3) {
        // People change: the leader of group 3 moves to another post mid-2017 and another member takes over.
        leader.validTo = kReplaced.addDays(-1);
        GroupMember next = leader;
        next.id = ids::stableId(QStringLiteral("demo:thach-khe:group:3:leader:2"));
        next.fullName = freshName();
        next.validFrom = kReplaced;
        next.validTo = QDate();
        next.note = QStringLiteral("Thay trưởng đoàn từ 01/07/2017 (minh họa).");
        m_members.append(next);
    }
    m_members.append(leader);
}

void DemoWorkingGroups::planGroups()
{
    m_names = {QStringLiteral("Phạm Tiến Nam"), QStringLiteral("Lưu Xuân Đồng")};
    for (int k = 1; k <= 8; ++k) {
        WorkingGroup g;
        g.id = ids::stableId(QStringLiteral("demo:thach-khe:group:%1").arg(k));
        g.communeId = m_units.focusThachKhe();
        g.name = QStringLiteral("Đoàn công tác số %1").arg(k);
        g.decisionNo = QStringLiteral("12-QĐ/ĐU");
        g.decidedOn = kFormed;
        g.issuingBody = QStringLiteral("Ban Thường vụ Đảng ủy xã Thạch Khê");
        g.validFrom = kStart;
        g.validTo = kEnd;
        g.note = kGroupNote;
        g.illustrative = true;
        m_groups.append(g);
        planLeaders(k, g);
        for (int j = 0; j < 2; ++j) {
            GroupMember m;
            m.id = ids::stableId(QStringLiteral("demo:thach-khe:group:%1:member:%2").arg(k).arg(j));
            m.groupId = g.id;
            m.communeId = g.communeId;
            m.fullName = freshName();
            m.role = j == 0 ? MemberRole::Deputy : MemberRole::Member;
            m.position = kPosts.at((k + j * 3) % kPosts.size());
            m.validFrom = k == 5 && j == 1 ? QDate(2016, 9, 1) : kStart;
            m.note = kIllustrative;
            m.illustrative = true;
            m_members.append(m);
        }
    }
}

Status DemoWorkingGroups::writeGroups(const QList<Village>& villages)
{
    planGroups();
    WorkingGroupStore store(m_db);
    for (const WorkingGroup& g : m_groups) {
        if (Status s = store.insertGroup(g); !s) {
            return s;
        }
    }
    for (const GroupMember& m : m_members) {
        if (Status s = store.insertMember(m); !s) {
            return s;
        }
    }
    return writeResponsibilities(villages);
}

Status DemoWorkingGroups::writeResponsibilities(const QList<Village>& villages)
{
    const QString commune = m_units.focusThachKhe();
    WorkingGroupStore store(m_db);
    // Group k answers for Thôn k, and so does its leader in person while they lead it.
    for (int k = 1; k <= 8; ++k) {
        const QString village = ids::stableId(QStringLiteral("story:village:thach-khe:%1").arg(k));
        bool exists = false;
        for (const Village& v : villages) {
            exists = exists || v.id == village;
        }
        if (!exists) {
            continue;
        }
        VillageResponsibility r{ids::stableId(QStringLiteral("demo:thach-khe:group:%1:village").arg(k)),
                                commune,
                                village,
                                m_groups.at(k - 1).id,
                                QString(),
                                kStart,
                                kEnd,
                                kIllustrative,
                                true,
                                1};
        if (Status s = store.insertResponsibility(r); !s) {
            return s;
        }
        for (const GroupMember& m : m_members) {
            if (m.groupId == r.groupId && m.role == MemberRole::Leader) {
                VillageResponsibility own = r;
                own.id = ids::stableId(QStringLiteral("demo:thach-khe:responsibility:%1").arg(m.id));
                own.memberId = m.id;
                own.validFrom = m.validFrom;
                own.validTo = m.validTo.isValid() ? m.validTo : kEnd;
                if (Status s = store.insertResponsibility(own); !s) {
                    return s;
                }
            }
        }
    }
    return {};
}

const GroupMember* DemoWorkingGroups::leaderOf(int number, const QDate& on) const
{
    const QString group = ids::stableId(QStringLiteral("demo:thach-khe:group:%1").arg(number));
    for (const GroupMember& m : m_members) {
        if (m.groupId == group && m.role == MemberRole::Leader && m.activeOn(on)) {
            return &m;
        }
    }
    return nullptr;
}

Status DemoWorkingGroups::writeActions(const QList<Village>& villages)
{
    const auto meetings = ReviewStore(m_db).meetings(m_units.focusThachKhe());
    const auto sets = CriteriaStore(m_db).sets();
    if (!meetings || !sets) {
        return !meetings ? meetings.error() : sets.error();
    }
    QHash<QString, int> numbers;
    for (const CriteriaSet& s : sets.value()) {
        for (const Criterion& c : s.criteria) {
            numbers.insert(c.id, c.number);
        }
    }
    // The meetings' decisions say "Tiêu chí N (…): đoàn công tác số G …"; each becomes an action of group G's leader.
    static const QRegularExpression line(QStringLiteral("^Tiêu chí (\\d+) \\((.*)\\): đoàn công tác số (\\d+)"));
    ActionStore store(m_db);
    int index = 0;
    for (const ReviewMeeting& m : meetings.value()) {
        for (const QString& text : m.decisions.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto match = line.match(text);
            if (!match.hasMatch()) {
                continue;
            }
            const int number = match.captured(1).toInt();
            const int group = match.captured(3).toInt();
            const GroupMember* leader = leaderOf(group, m.heldOn);
            ReviewAction a;
            a.id = ids::stableId(QStringLiteral("demo:thach-khe:action:%1:%2").arg(m.id).arg(number));
            a.communeId = m.communeId;
            a.meetingId = m.id;
            for (const QString& c : m.criterionIds) {
                a.criterionId = numbers.value(c) == number ? c : a.criterionId;
            }
            a.villageId = ids::stableId(QStringLiteral("story:village:thach-khe:%1").arg(group));
            QString village;
            for (const Village& v : villages) {
                village = v.id == a.villageId ? v.name : village;
            }
            a.what = QStringLiteral("Rà soát, đôn đốc thực hiện tiêu chí %1 (%2) ở %3")
                         .arg(number)
                         .arg(match.captured(2), village);
            a.memberId = leader ? leader->id : QString();
            a.responsible = leader ? leader->fullName : QStringLiteral("Đoàn công tác số %1").arg(group);
            a.dueOn = m.heldOn.addDays(++index % 4 == 0 ? 14 : 7);
            a.illustrative = true;
            settle(a, m.heldOn);
            if (Status s = store.insertAction(a); !s) {
                return s;
            }
        }
    }
    return {};
}

void DemoWorkingGroups::settle(ReviewAction& a, const QDate& heldOn)
{
    const double roll = m_rng.uniform();
    if (heldOn >= QDate(2017, 6, 1) && ++m_lateActions % 12 == 0) {
        // In the last half year before the commune was recognised, a few actions were never followed up: every
        // twelfth, counted rather than drawn, so that the demo has some whatever the other draws are.
        return;
    }
    if (roll < 0.72) {
        a.outcome = ActionOutcome::Done;
        a.closedOn = std::max(heldOn.addDays(1), a.dueOn.addDays(-m_rng.between(0, 3)));
    } else if (roll < 0.9) {
        a.outcome = ActionOutcome::Done;
        a.closedOn = a.dueOn.addDays(m_rng.between(3, 20));
        a.outcomeNote = QStringLiteral("Hoàn thành chậm; đã nhắc tại giao ban (minh họa).");
    } else {
        a.outcome = ActionOutcome::NotDone;
        a.closedOn = a.dueOn.addDays(7);
        a.outcomeNote = QStringLiteral("Không hoàn thành; giao lại tại giao ban sau (minh họa).");
    }
}

Status DemoWorkingGroups::writePlans()
{
    // The commune planned, early in 2016, to meet every criterion it did not meet yet by 31/10/2017 (illustrative).
    auto progress = ProgressService::create(m_db);
    if (!progress) {
        return progress.error();
    }
    const QString commune = m_units.focusThachKhe();
    const auto then = progress.value().communeProgress(commune, QDate(2016, 6, 30));
    const auto later = progress.value().communeProgress(commune, QDate(2017, 1, 2));
    if (!then || !later) {
        return !then ? then.error() : later.error();
    }
    ActionStore store(m_db);
    for (const CriterionState& s : then.value().criteria) {
        if (s.status == CriterionStatus::Met) {
            continue;
        }
        for (const CriterionState& l : later.value().criteria) {
            if (l.number == s.number) {
                const CriterionPlan p{ids::stableId(QStringLiteral("demo:thach-khe:plan:%1").arg(s.number)),
                                      commune,
                                      l.criterionId,
                                      QDate(2017, 10, 31),
                                      kIllustrative,
                                      1};
                if (Status st = store.insertPlan(p); !st) {
                    return st;
                }
            }
        }
    }
    return {};
}

} // namespace ntm::core::demo
