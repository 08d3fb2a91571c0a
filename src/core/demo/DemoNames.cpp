// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoNames.h"

#include <QStringList>

namespace ntm::core::demo {

GeneratedName generateName(DemoRandom& rng)
{
    static const QList<QString> family{
        QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),   QStringLiteral("Phạm"),
        QStringLiteral("Hoàng"),  QStringLiteral("Phan"), QStringLiteral("Võ"),   QStringLiteral("Đặng"),
        QStringLiteral("Bùi"),    QStringLiteral("Đỗ"),   QStringLiteral("Hồ"),   QStringLiteral("Ngô"),
        QStringLiteral("Dương"),  QStringLiteral("Đinh"), QStringLiteral("Thái"), QStringLiteral("Hà"),
        QStringLiteral("Trương"), QStringLiteral("Đào"),  QStringLiteral("Lưu"),  QStringLiteral("Mai")};
    static const QList<QString> maleMiddle{QStringLiteral("Văn"),  QStringLiteral("Đình"),  QStringLiteral("Xuân"),
                                           QStringLiteral("Hữu"),  QStringLiteral("Minh"),  QStringLiteral("Quang"),
                                           QStringLiteral("Ngọc"), QStringLiteral("Đức"),   QStringLiteral("Thế"),
                                           QStringLiteral("Tiến"), QStringLiteral("Trọng"), QStringLiteral("Anh")};
    static const QList<QString> femaleMiddle{QStringLiteral("Thị"),  QStringLiteral("Thu"),  QStringLiteral("Thanh"),
                                             QStringLiteral("Hồng"), QStringLiteral("Ngọc"), QStringLiteral("Minh")};
    static const QList<QString> maleGiven{
        QStringLiteral("Hùng"), QStringLiteral("Dũng"),  QStringLiteral("Hải"),   QStringLiteral("Nam"),
        QStringLiteral("Tuấn"), QStringLiteral("Thắng"), QStringLiteral("Bình"),  QStringLiteral("Sơn"),
        QStringLiteral("Long"), QStringLiteral("Quân"),  QStringLiteral("Phong"), QStringLiteral("Trung"),
        QStringLiteral("Hưng"), QStringLiteral("Thành"), QStringLiteral("Lâm"),   QStringLiteral("Khánh"),
        QStringLiteral("Đạt"),  QStringLiteral("Tâm"),   QStringLiteral("Việt"),  QStringLiteral("Cường")};
    static const QList<QString> femaleGiven{QStringLiteral("Lan"),  QStringLiteral("Hương"), QStringLiteral("Hoa"),
                                            QStringLiteral("Hà"),   QStringLiteral("Mai"),   QStringLiteral("Linh"),
                                            QStringLiteral("Thủy"), QStringLiteral("Nga"),   QStringLiteral("Trang"),
                                            QStringLiteral("Hằng"), QStringLiteral("Yến"),   QStringLiteral("Dung")};
    GeneratedName n;
    n.gender = rng.chance(0.25) ? Gender::Female : Gender::Male;
    const bool female = n.gender == Gender::Female;
    n.fullName = rng.pick(family) + QLatin1Char(' ') + rng.pick(female ? femaleMiddle : maleMiddle) + QLatin1Char(' ') +
                 rng.pick(female ? femaleGiven : maleGiven);
    return n;
}

HomePost generateDistrictPost(DemoRandom& rng, DistrictKind kind, const QString& districtName)
{
    // party = true: a body of the district party committee ("Ban Tổ chức Huyện ủy Đức Thọ");
    // otherwise a body of the district ("Phòng Nông nghiệp và PTNT huyện Đức Thọ").
    struct Post
    {
        const char16_t* unit;
        const char16_t* position;
        bool party;
    };
    static const QList<Post> posts{{u"Văn phòng", u"Phó Chánh Văn phòng", true},
                                   {u"Ban Tổ chức", u"Phó Trưởng ban", true},
                                   {u"Ban Tuyên giáo", u"Phó Trưởng ban", true},
                                   {u"Ủy ban Kiểm tra", u"Phó Chủ nhiệm", true},
                                   {u"Phòng Nông nghiệp và PTNT", u"Trưởng phòng", false},
                                   {u"Phòng Nông nghiệp và PTNT", u"Phó Trưởng phòng", false},
                                   {u"Phòng Tài chính - Kế hoạch", u"Phó Trưởng phòng", false},
                                   {u"Phòng Tài nguyên và Môi trường", u"Phó Trưởng phòng", false},
                                   {u"Văn phòng HĐND và UBND", u"Phó Chánh Văn phòng", false},
                                   {u"Đoàn Thanh niên", u"Bí thư", false},
                                   {u"Hội Nông dân", u"Phó Chủ tịch", false},
                                   {u"Ủy ban MTTQ", u"Phó Chủ tịch", false},
                                   {u"Liên đoàn Lao động", u"Phó Chủ tịch", false}};
    const Post& p = rng.pick(posts);
    QString committee = QStringLiteral("Huyện ủy");
    QString level = QStringLiteral("huyện");
    if (kind == DistrictKind::ThiXa) {
        committee = QStringLiteral("Thị ủy");
        level = QStringLiteral("thị xã");
    } else if (kind == DistrictKind::ThanhPho) {
        committee = QStringLiteral("Thành ủy");
        level = QStringLiteral("thành phố");
    }
    const QString unit =
        QString::fromUtf16(p.unit) + QLatin1Char(' ') + (p.party ? committee : level) + QLatin1Char(' ') + districtName;
    return {unit, QString::fromUtf16(p.position)};
}

HomePost generateProvincialPost(DemoRandom& rng)
{
    static const QList<HomePost> posts{
        {QStringLiteral("Sở Nông nghiệp và Môi trường Hà Tĩnh"), QStringLiteral("Phó Giám đốc")},
        {QStringLiteral("Sở Nông nghiệp và Môi trường Hà Tĩnh"), QStringLiteral("Trưởng phòng")},
        {QStringLiteral("Văn phòng Điều phối NTM tỉnh Hà Tĩnh"), QStringLiteral("Phó Chánh Văn phòng")},
        {QStringLiteral("Ban Tổ chức Tỉnh ủy Hà Tĩnh"), QStringLiteral("Trưởng phòng")},
        {QStringLiteral("Tỉnh đoàn Hà Tĩnh"), QStringLiteral("Phó Bí thư")},
        {QStringLiteral("Sở Tài chính Hà Tĩnh"), QStringLiteral("Phó Giám đốc")}};
    return rng.pick(posts);
}

} // namespace ntm::core::demo
