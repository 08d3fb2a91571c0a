// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoFacts.h"

namespace ntm::core::demo {

namespace {
const QString kRound3of2020 = QStringLiteral("baohatinh.vn 205022 (đợt 3/2020)");
const QString k2021 = QStringLiteral("baohatinh.vn post226432 (2021)");
const QString kRound1of2022 = QStringLiteral("hatinh.gov.vn 12945 (28/6/2022)");

NamedRecognition at(const char16_t* name, const char* district, RecognitionTier tier, const QDate& date,
                    const QString& source, bool realDate = false, const QString& decision = {})
{
    return {QString::fromUtf16(name), QString::fromLatin1(district), tier, date, decision, realDate, source};
}
} // namespace

const QDate DemoFacts::k3368(2023, 12, 20);
const QDate DemoFacts::kAllRecognised(2024, 1, 17);

const QList<NamedRecognition>& DemoFacts::named()
{
    using T = RecognitionTier;
    // Round dates inside a month are illustrative (the articles give the round, not the day), except where
    // realDate says the decision's date is published.
    static const QList<NamedRecognition> list{
        // NTM after 2019: the xã not yet recognised at the end of 2019.
        at(u"Hương Giang", "444", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Hương Xuân", "444", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Lộc Yên", "444", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Kỳ Khang", "447", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Kỳ Phong", "447", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Kỳ Thượng", "447", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Kỳ Văn", "447", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Kỳ Nam", "449", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Hồng", "439", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Lâm", "439", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Lễ", "439", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Tiến", "439", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Trà", "439", T::Ntm, QDate(2020, 12, 22), kRound3of2020),
        at(u"Lâm Hợp", "447", T::Ntm, QDate(2021, 1, 15), QStringLiteral("baohatinh.vn 254096"), true,
           QStringLiteral("218/QĐ-UBND")),
        at(u"Kỳ Lạc", "447", T::Ntm, QDate(2021, 9, 17), k2021),
        at(u"Kỳ Tây", "447", T::Ntm, QDate(2021, 9, 17), k2021),
        at(u"Phúc Đồng", "444", T::Ntm, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Hòa Hải", "444", T::Ntm, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Hương Bình", "444", T::Ntm, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Hương Thủy", "444", T::Ntm, QDate(2022, 6, 28), kRound1of2022, true),
        // Tượng Sơn: NTM 2015, nâng cao 2019, kiểu mẫu 2021 (baohatinh.vn post226432).
        at(u"Tượng Sơn", "445", T::Ntm, QDate(2015, 11, 20), k2021),
        at(u"Tượng Sơn", "445", T::NangCao, QDate(2019, 7, 16), k2021),
        at(u"Tượng Sơn", "445", T::KieuMau, QDate(2021, 12, 20), k2021),
        // Round 2/2019 added 9 nâng cao (baohatinh.vn post184982); two of them became the first kiểu mẫu.
        at(u"Tùng Ảnh", "440", T::NangCao, QDate(2019, 12, 20), QStringLiteral("baohatinh.vn post184982")),
        at(u"Hương Trà", "444", T::NangCao, QDate(2019, 12, 20), QStringLiteral("baohatinh.vn post184982")),
        at(u"Tùng Ảnh", "440", T::KieuMau, QDate(2020, 12, 22), kRound3of2020),
        at(u"Hương Trà", "444", T::KieuMau, QDate(2020, 12, 22), kRound3of2020),
        // Round 3/2020: 11 nâng cao.
        at(u"Ân Phú", "441", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Đức Lĩnh", "441", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Ngọc Sơn", "445", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Thạch Long", "445", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Kim 2", "439", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Sơn Lộc", "443", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Thanh Lộc", "443", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Thiên Lộc", "443", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Thạch Châu", "448", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Thạch Trung", "436", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        at(u"Xuân Phổ", "442", T::NangCao, QDate(2020, 12, 22), kRound3of2020),
        // 2021: 25 nâng cao, 15 of them named.
        at(u"Thạch Đài", "445", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Thạch Xuân", "445", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Nam Điền", "445", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Bùi La Nhân", "440", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Yên Hồ", "440", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Thanh Bình Thịnh", "440", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Tân Hương", "440", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Lâm Trung Thủy", "440", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Cẩm Thành", "446", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Cẩm Lạc", "446", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Quang Thọ", "441", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Đức Hương", "441", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Hương Minh", "441", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Xuân Giang", "442", T::NangCao, QDate(2021, 12, 20), k2021),
        at(u"Xuân Trường", "442", T::NangCao, QDate(2021, 12, 20), k2021),
        // Round 1/2022 (28/6/2022): 6 nâng cao, 4 kiểu mẫu.
        at(u"Phúc Trạch", "444", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Hương Trạch", "444", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Phú Gia", "444", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Tân Lâm Hương", "445", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Lưu Vĩnh Sơn", "445", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Gia Hanh", "443", T::NangCao, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Cẩm Bình", "446", T::KieuMau, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Xuân Thành", "442", T::KieuMau, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Thiên Lộc", "443", T::KieuMau, QDate(2022, 6, 28), kRound1of2022, true),
        at(u"Thạch Hạ", "436", T::KieuMau, QDate(2022, 6, 28), kRound1of2022, true),
    };
    return list;
}

const QList<QPair<QString, QString>>& DemoFacts::reRecognised3368()
{
    static const QList<QPair<QString, QString>> list{{QStringLiteral("Yên Hòa"), QStringLiteral("446")},
                                                     {QStringLiteral("Nam Phúc Thăng"), QStringLiteral("446")},
                                                     {QStringLiteral("Khánh Vĩnh Yên"), QStringLiteral("443")},
                                                     {QStringLiteral("Kim Song Trường"), QStringLiteral("443")},
                                                     {QStringLiteral("Tùng Châu"), QStringLiteral("440")},
                                                     {QStringLiteral("An Dũng"), QStringLiteral("440")},
                                                     {QStringLiteral("Tân Dân"), QStringLiteral("440")},
                                                     {QStringLiteral("Hòa Lạc"), QStringLiteral("440")},
                                                     {QStringLiteral("Tân Mỹ Hà"), QStringLiteral("439")},
                                                     {QStringLiteral("Kim Hoa"), QStringLiteral("439")},
                                                     {QStringLiteral("An Hòa Thịnh"), QStringLiteral("439")},
                                                     {QStringLiteral("Quang Diệm"), QStringLiteral("439")},
                                                     {QStringLiteral("Bình An"), QStringLiteral("448")},
                                                     {QStringLiteral("Đỉnh Bàn"), QStringLiteral("445")},
                                                     {QStringLiteral("Đồng Môn"), QStringLiteral("436")},
                                                     {QStringLiteral("Thọ Điền"), QStringLiteral("441")}};
    return list;
}

} // namespace ntm::core::demo
