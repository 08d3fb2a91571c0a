// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/PlaceNames.h"

namespace ntm::core::generate {

namespace {
const QList<QString>& syllables()
{
    static const QList<QString> list{
        QStringLiteral("An"),    QStringLiteral("Bình"),  QStringLiteral("Cẩm"),    QStringLiteral("Châu"),
        QStringLiteral("Đại"),   QStringLiteral("Đông"),  QStringLiteral("Đức"),    QStringLiteral("Gia"),
        QStringLiteral("Hà"),    QStringLiteral("Hải"),   QStringLiteral("Hòa"),    QStringLiteral("Hồng"),
        QStringLiteral("Hưng"),  QStringLiteral("Hương"), QStringLiteral("Khánh"),  QStringLiteral("Kim"),
        QStringLiteral("Lạc"),   QStringLiteral("Lâm"),   QStringLiteral("Liên"),   QStringLiteral("Long"),
        QStringLiteral("Minh"),  QStringLiteral("Mỹ"),    QStringLiteral("Nam"),    QStringLiteral("Nghĩa"),
        QStringLiteral("Ngọc"),  QStringLiteral("Nhân"),  QStringLiteral("Phong"),  QStringLiteral("Phú"),
        QStringLiteral("Phúc"),  QStringLiteral("Phước"), QStringLiteral("Quang"),  QStringLiteral("Sơn"),
        QStringLiteral("Tân"),   QStringLiteral("Thạch"), QStringLiteral("Thái"),   QStringLiteral("Thanh"),
        QStringLiteral("Thành"), QStringLiteral("Thịnh"), QStringLiteral("Thuận"),  QStringLiteral("Thượng"),
        QStringLiteral("Tiến"),  QStringLiteral("Trung"), QStringLiteral("Trường"), QStringLiteral("Vĩnh"),
        QStringLiteral("Xuân"),  QStringLiteral("Yên"),   QStringLiteral("Quỳnh"),  QStringLiteral("Lộc")};
    return list;
}
} // namespace

const QList<QString>& provinceNames()
{
    static const QList<QString> list{QStringLiteral("An Giang"),   QStringLiteral("Bà Rịa – Vũng Tàu"),
                                     QStringLiteral("Bắc Giang"),  QStringLiteral("Bắc Kạn"),
                                     QStringLiteral("Bạc Liêu"),   QStringLiteral("Bắc Ninh"),
                                     QStringLiteral("Bến Tre"),    QStringLiteral("Bình Định"),
                                     QStringLiteral("Bình Dương"), QStringLiteral("Bình Phước"),
                                     QStringLiteral("Bình Thuận"), QStringLiteral("Cà Mau"),
                                     QStringLiteral("Cao Bằng"),   QStringLiteral("Cần Thơ"),
                                     QStringLiteral("Đà Nẵng"),    QStringLiteral("Đắk Lắk"),
                                     QStringLiteral("Đắk Nông"),   QStringLiteral("Điện Biên"),
                                     QStringLiteral("Đồng Nai"),   QStringLiteral("Đồng Tháp"),
                                     QStringLiteral("Gia Lai"),    QStringLiteral("Hà Giang"),
                                     QStringLiteral("Hà Nam"),     QStringLiteral("Hà Nội"),
                                     QStringLiteral("Hà Tĩnh"),    QStringLiteral("Hải Dương"),
                                     QStringLiteral("Hải Phòng"),  QStringLiteral("Hậu Giang"),
                                     QStringLiteral("Hòa Bình"),   QStringLiteral("Hưng Yên"),
                                     QStringLiteral("Khánh Hòa"),  QStringLiteral("Kiên Giang"),
                                     QStringLiteral("Kon Tum"),    QStringLiteral("Lai Châu"),
                                     QStringLiteral("Lâm Đồng"),   QStringLiteral("Lạng Sơn"),
                                     QStringLiteral("Lào Cai"),    QStringLiteral("Long An"),
                                     QStringLiteral("Nam Định"),   QStringLiteral("Nghệ An"),
                                     QStringLiteral("Ninh Bình"),  QStringLiteral("Ninh Thuận"),
                                     QStringLiteral("Phú Thọ"),    QStringLiteral("Phú Yên"),
                                     QStringLiteral("Quảng Bình"), QStringLiteral("Quảng Nam"),
                                     QStringLiteral("Quảng Ngãi"), QStringLiteral("Quảng Ninh"),
                                     QStringLiteral("Quảng Trị"),  QStringLiteral("Sóc Trăng"),
                                     QStringLiteral("Sơn La"),     QStringLiteral("Tây Ninh"),
                                     QStringLiteral("Thái Bình"),  QStringLiteral("Thái Nguyên"),
                                     QStringLiteral("Thanh Hóa"),  QStringLiteral("Thừa Thiên Huế"),
                                     QStringLiteral("Tiền Giang"), QStringLiteral("Hồ Chí Minh"),
                                     QStringLiteral("Trà Vinh"),   QStringLiteral("Tuyên Quang"),
                                     QStringLiteral("Vĩnh Long"),  QStringLiteral("Vĩnh Phúc"),
                                     QStringLiteral("Yên Bái")};
    return list;
}

NamePool::NamePool(demo::DemoRandom& rng)
{
    const int n = static_cast<int>(syllables().size());
    m_order.reserve(n * (n - 1));
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            if (a != b) {
                m_order.append(a * n + b);
            }
        }
    }
    rng.shuffle(m_order);
}

QString NamePool::next()
{
    const int n = static_cast<int>(syllables().size());
    const qsizetype k = m_next++;
    const int pair = m_order.at(k % m_order.size());
    QString name = syllables().at(pair / n) + QLatin1Char(' ') + syllables().at(pair % n);
    if (k >= m_order.size()) {
        name += QLatin1Char(' ') + QString::number(k / m_order.size() + 1);
    }
    return name;
}

} // namespace ntm::core::generate
