// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

using namespace ntm::core;

TEST_CASE("Search ignores diacritics and case, and d matches đ", "[text]")
{
    const QString name = text::fold(QStringLiteral("Bùi Ngọc Nhật"));
    CHECK(name == QStringLiteral("bui ngoc nhat"));
    CHECK(text::matches(name, QStringLiteral("bui ngoc nhat")));
    CHECK(text::matches(name, QStringLiteral("NHAT bui")));
    CHECK(text::matches(text::fold(QStringLiteral("Đức Yên")), QStringLiteral("duc yen")));
    CHECK(text::matches(text::fold(QStringLiteral("Thạch Khê")), QStringLiteral("thach khe")));
    CHECK(text::matches(text::fold(QStringLiteral("Lưu Xuân Đồng")), QStringLiteral("dong")));
    CHECK_FALSE(text::matches(name, QStringLiteral("nam")));
    CHECK(text::matches(name, QString()));
    CHECK(text::fold(QStringLiteral("  Thị   trấn ")) == QStringLiteral("thi tran"));
}

TEST_CASE("Vietnamese order: a < ă < â, d < đ, tones after the base letter", "[text]")
{
    QStringList words{QStringLiteral("Đức"), QStringLiteral("Dũng"), QStringLiteral("Ân"),
                      QStringLiteral("Ăn"),  QStringLiteral("An"),   QStringLiteral("Bình")};
    text::sortVietnamese(words);
    CHECK(words == QStringList{QStringLiteral("An"), QStringLiteral("Ăn"), QStringLiteral("Ân"), QStringLiteral("Bình"),
                               QStringLiteral("Dũng"), QStringLiteral("Đức")});
    QStringList numbered{QStringLiteral("Sơn Kim 2"), QStringLiteral("Sơn Kim 10"), QStringLiteral("Sơn Kim 1")};
    text::sortVietnamese(numbered);
    CHECK(numbered.constLast() == QStringLiteral("Sơn Kim 10"));
    CHECK(text::comparePersonNames(QStringLiteral("Bùi Ngọc Nhật"), QStringLiteral("Phạm Tiến Nam")) > 0);
    CHECK(text::comparePersonNames(QStringLiteral("Lưu Xuân Đồng"), QStringLiteral("Phạm Tiến Nam")) < 0);
}

TEST_CASE("Dates are strict ISO in storage and dd/MM/yyyy for users", "[dates]")
{
    CHECK(dates::fromIso(QStringLiteral("2016-03-01")) == QDate(2016, 3, 1));
    CHECK_FALSE(dates::fromIso(QStringLiteral("2023-02-31")).isValid());
    CHECK_FALSE(dates::fromIso(QStringLiteral("01/03/2016")).isValid());
    CHECK(dates::toDisplay(QDate(2016, 3, 1)) == QStringLiteral("01/03/2016"));
    CHECK(dates::fromDisplay(QStringLiteral("1/3/2016")) == QDate(2016, 3, 1));
    CHECK_FALSE(dates::fromDisplay(QStringLiteral("31/02/1975")).isValid());
    CHECK(dates::fullMonthsBetween(QDate(2016, 3, 1), QDate(2016, 9, 30)) == 6);
    CHECK(dates::fullMonthsBetween(QDate(2016, 3, 1), QDate(2016, 10, 1)) == 7);
    CHECK(dates::fullMonthsBetween(QDate(2016, 10, 1), QDate(2016, 3, 1)) == -7);
}
