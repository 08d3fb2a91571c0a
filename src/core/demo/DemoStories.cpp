// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoStories.h"
#include "demo/DemoNotes.h"

#include "demo/EventPlanner.h"
#include "util/Dates.h"
#include "util/Ids.h"

namespace ntm::core::demo {

const QDate DemoStories::kNhatStart(2016, 3, 1);
const QDate DemoStories::kNhatEnd(2019, 2, 28);
const QDate DemoStories::kDucYenRecognised(2016, 9, 30);
const QDate DemoStories::kNamStart(2016, 1, 4);
const QDate DemoStories::kNamEnd(2020, 9, 30);
const QDate DemoStories::kThachKheRecognised(2017, 12, 20);

void DemoStories::shapePlans(PlanMap& plans) const
{
    // Published facts (shared/reference/progress-figures.md): Sơn Kim 1 was recognised in 2014, the first
    // mountain and border commune in Vietnam; 22 communes registered to reach the standard in 2018
    // (QĐ 429/QĐ-UBND), and Đức Quang and Tân Hương were found eligible in December 2018.
    struct Fact
    {
        const char16_t* name;
        const char* district;
        int year;
    };
    static const QList<Fact> facts{
        {u"Sơn Kim 1", "439", 2014},   {u"Kỳ Giang", "447", 2018},    {u"Cẩm Hòa", "446", 2018},
        {u"Hương Quang", "441", 2018}, {u"Sơn Hà", "439", 2018},      {u"Gia Hanh", "443", 2018},
        {u"Kỳ Ninh", "449", 2018},     {u"Mai Phụ", "448", 2018},     {u"Đức Lạc", "440", 2018},
        {u"Đức An", "440", 2018},      {u"Tân Hương", "440", 2018},   {u"Liên Minh", "440", 2018},
        {u"Đức Thanh", "440", 2018},   {u"Đức Dũng", "440", 2018},    {u"Đức Lập", "440", 2018},
        {u"Xuân Yên", "442", 2018},    {u"Xuân Trường", "442", 2018}, {u"Xuân Hội", "442", 2018},
        {u"Cương Gián", "442", 2018},  {u"Thạch Thắng", "445", 2018}, {u"Thạch Thanh", "445", 2018},
        {u"Hương Trạch", "444", 2018}, {u"Thạch Đồng", "436", 2018},  {u"Đức Quang", "440", 2018}};
    for (const Fact& f : facts) {
        const Commune* c = m_units.findByName(QString::fromUtf16(f.name), QString::fromLatin1(f.district));
        if (c && plans.contains(c->id)) {
            plans[c->id].recognitionYear = f.year;
        }
    }

    CommunePlan& ducYen = plans[m_units.focusDucYen()];
    ducYen.recognitionYear = 2016;
    ducYen.recognisedOn = kDucYenRecognised;
    ducYen.forced = {{kNhatStart, 9}, {kDucYenRecognised.addDays(-10), 20}};
    ducYen.tenures.append({kNhatStart, kNhatEnd});
    ducYen.illustrative = false;
    ducYen.eventNote =
        QStringLiteral("Số tiêu chí đạt (9 khi đồng chí Nhật về nhận nhiệm vụ, đủ 20 sau 7 tháng) theo bài "
                       "báo; tiêu chí cụ thể và ngày đánh giá là minh họa. ") +
        kArticle;
    CommunePlan& thachKhe = plans[m_units.focusThachKhe()];
    thachKhe.recognitionYear = 2017;
    thachKhe.recognisedOn = kThachKheRecognised;
    thachKhe.tenures.append({kNamStart, kNamEnd});
    thachKhe.eventNote = QStringLiteral("Dữ liệu minh họa; bài báo không nêu năm Thạch Khê đạt chuẩn.");
}

void DemoStories::addPeople(QList<Official>& officials, QList<Rotation>& rotations) const
{
    const District* ducTho = m_units.districtByCode(QStringLiteral("440"));
    const District* thachHa = m_units.districtByCode(QStringLiteral("445"));
    Official nhat;
    nhat.id = ids::stableId(QStringLiteral("story:bui-ngoc-nhat"));
    nhat.fullName = QStringLiteral("Bùi Ngọc Nhật");
    nhat.gender = Gender::Male;
    nhat.homeUnit = QStringLiteral("Liên đoàn Lao động huyện Đức Thọ");
    nhat.position = QStringLiteral("Chủ tịch");
    nhat.homeDistrictId = ducTho ? ducTho->id : QString();
    nhat.note = kArticle;
    Rotation r1;
    r1.id = ids::stableId(QStringLiteral("story:rotation:bui-ngoc-nhat"));
    r1.officialId = nhat.id;
    r1.kind = RotationKind::DieuDong;
    r1.decisionNo = QStringLiteral("ĐT-3/2016");
    r1.decisionDate = QDate(2016, 2, 26);
    r1.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ");
    r1.fromUnit = nhat.homeUnit;
    r1.fromPosition = nhat.position;
    r1.communeId = m_units.focusDucYen();
    r1.toPosition = QStringLiteral("Phó Bí thư Đảng ủy, Chủ tịch UBND xã");
    r1.startDate = kNhatStart;
    r1.plannedEnd = kNhatEnd;
    r1.actualEnd = kNhatEnd;
    r1.endReason = EndReason::Completed;
    r1.note = QStringLiteral("Bài báo: tháng 3/2016 BTV huyện Đức Thọ điều động. Số quyết định, ngày quyết định và "
                             "ngày kết thúc là minh họa. ") +
              kArticle;
    Official nam;
    nam.id = ids::stableId(QStringLiteral("story:pham-tien-nam"));
    nam.fullName = QStringLiteral("Phạm Tiến Nam");
    nam.gender = Gender::Male;
    nam.homeUnit = QStringLiteral("Huyện Thạch Hà (cơ quan chưa xác minh)");
    nam.homeDistrictId = thachHa ? thachHa->id : QString();
    nam.note = QStringLiteral("Cán bộ trẻ được huyện Thạch Hà điều động. ") + kArticle;
    Rotation r2;
    r2.id = ids::stableId(QStringLiteral("story:rotation:pham-tien-nam"));
    r2.officialId = nam.id;
    r2.kind = RotationKind::DieuDong;
    r2.decisionNo = QStringLiteral("TH-1/2016");
    r2.decisionDate = QDate(2015, 12, 28);
    r2.issuingBody = QStringLiteral("Ban Thường vụ Huyện ủy Thạch Hà");
    r2.fromUnit = nam.homeUnit;
    r2.communeId = m_units.focusThachKhe();
    r2.toPosition = QStringLiteral("Bí thư Đảng ủy xã");
    r2.startDate = kNamStart;
    r2.plannedEnd = kNamEnd;
    r2.actualEnd = kNamEnd;
    r2.endReason = EndReason::Completed;
    r2.note = QStringLiteral("Bài báo không nêu ngày: số quyết định và các ngày là minh họa. ") + kArticle;
    Official dong;
    dong.id = ids::stableId(QStringLiteral("story:luu-xuan-dong"));
    dong.fullName = QStringLiteral("Lưu Xuân Đồng");
    dong.gender = Gender::Male;
    dong.homeUnit = QStringLiteral("Đảng ủy xã Thạch Khê");
    dong.position = QStringLiteral("Phó Bí thư Đảng ủy xã");
    dong.note = kArticle;
    officials += {nhat, nam, dong};
    rotations += {r1, r2};
}

QList<ReviewMeeting> DemoStories::meetings(const CommunePlan& thachKhe,
                                           const std::function<QString(const QDate&, int)>& criterionId,
                                           const std::function<QString(const QDate&, int)>& criterionName) const
{
    QList<ReviewMeeting> out;
    int week = 0;
    for (QDate d = QDate(2016, 1, 11); d <= kThachKheRecognised; d = d.addDays(7), ++week) {
        const auto statuses = EventPlanner::statusesOn(thachKhe, d);
        QList<int> open;
        for (int n : thachKhe.order) {
            if (statuses.value(n) != CriterionStatus::Met && !criterionId(d, n).isEmpty()) {
                open.append(n);
            }
        }
        ReviewMeeting m;
        m.id = ids::stableId(QStringLiteral("story:thach-khe-meeting:%1").arg(week));
        m.communeId = m_units.focusThachKhe();
        m.heldOn = d;
        m.chair = QStringLiteral("Phạm Tiến Nam – Bí thư Đảng ủy xã");
        m.illustrative = true;
        m.note = QStringLiteral("Giao ban hằng tuần theo bài báo; nội dung là minh họa.");
        QStringList decisions;
        const int group = 1 + week % 8;
        for (qsizetype k = 0; k < open.size() && k < 3; ++k) {
            m.criterionIds.append(criterionId(d, open.at(k)));
            decisions.append(QStringLiteral("Tiêu chí %1 (%2): đoàn công tác số %3 rà soát, đôn đốc các thôn; báo cáo "
                                            "tại giao ban ngày %4.")
                                 .arg(open.at(k))
                                 .arg(criterionName(d, open.at(k)))
                                 .arg(1 + (group + k - 1) % 8)
                                 .arg(dates::toDisplay(d.addDays(7))));
        }
        if (open.isEmpty()) {
            decisions.append(QStringLiteral("Rà soát hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới."));
        }
        m.decisions = decisions.join(QLatin1Char('\n'));
        m.responsible = week % 2 == 0 ? QStringLiteral("Lưu Xuân Đồng – Phó Bí thư Đảng ủy xã")
                                      : QStringLiteral("Trưởng đoàn công tác số %1").arg(group);
        out.append(m);
    }
    return out;
}

QList<Village> DemoStories::villages() const
{
    QList<Village> out;
    Village hungDung;
    hungDung.id = ids::stableId(QStringLiteral("story:village:hung-dung"));
    hungDung.communeId = m_units.focusDucYen();
    hungDung.name = QStringLiteral("Thôn Hùng Dũng");
    hungDung.responsibleName = QStringLiteral("Nguyễn Viết Huệ");
    hungDung.responsibleRole = QStringLiteral("Trưởng thôn");
    hungDung.note = kArticle;
    out.append(hungDung);
    for (int k = 1; k <= 8; ++k) {
        Village v;
        v.id = ids::stableId(QStringLiteral("story:village:thach-khe:%1").arg(k));
        v.communeId = m_units.focusThachKhe();
        v.name = QStringLiteral("Thôn %1").arg(k);
        v.responsibleName = QStringLiteral("Đảng ủy viên phụ trách thôn %1").arg(k);
        v.responsibleRole = QStringLiteral("Đảng ủy viên, trưởng đoàn công tác số %1").arg(k);
        v.note = QStringLiteral("Tám đoàn công tác gắn với kết quả từng thôn theo bài báo; tên thôn và người phụ trách "
                                "là minh họa.");
        out.append(v);
    }
    return out;
}

} // namespace ntm::core::demo
