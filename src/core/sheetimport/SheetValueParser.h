// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Vocabulary.h"
#include "exchange/Sheet.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace ntm::core {

/// Reads the values of spreadsheet cells as users write them: dates as text or as Excel date numbers, and the
/// fixed vocabularies (gender, kind of rotation, evaluation) by their Vietnamese or English words, with or
/// without diacritics, as well as by their storage keys. An empty cell is "no value", never an error.
class SheetValueParser final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SheetValueParser)

public:
    /// Dates an Excel number may stand for; outside, a number is not taken for a date (a birth year typed as
    /// 1975 would otherwise become 28/05/1905).
    static const QDate kFirstSerialDate;
    static const QDate kLastSerialDate;

    /// The text of a cell, spaces trimmed; a whole number as written without a decimal part.
    static QString text(const SheetCell& cell);
    /// dd/MM/yyyy, d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy or yyyy-MM-dd (a time of day after it is ignored), or an
    /// Excel date number. An invalid QDate for an empty cell; an Error "… is not a date" otherwise.
    static Result<QDate> date(const SheetCell& cell);
    /// "Nam"/"Nữ", "Male"/"Female", "M"/"F".
    static Result<std::optional<Gender>> gender(const SheetCell& cell);
    /// "Luân chuyển"/"Điều động"/"Biệt phái" (also "LC", "ĐĐ", "BP"), "Rotation"/"Transfer"/"Secondment".
    static Result<std::optional<RotationKind>> kind(const SheetCell& cell);
    /// "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành
    /// nhiệm vụ" and their short forms ("Xuất sắc", "Tốt"…), or the English labels.
    static Result<std::optional<Evaluation>> evaluation(const SheetCell& cell);
};

} // namespace ntm::core
