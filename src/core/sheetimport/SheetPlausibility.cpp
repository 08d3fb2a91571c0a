// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetPlausibility.h"

namespace ntm::core {

namespace {
constexpr int kExamples = 3;

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(text);
}
} // namespace

QString SheetPlausibility::usualHeader(SheetField field)
{
    switch (field) {
    case SheetField::FullName:
        return QStringLiteral("Họ và tên");
    case SheetField::Gender:
        return QStringLiteral("Giới tính");
    case SheetField::BirthDate:
        return QStringLiteral("Ngày sinh");
    case SheetField::HomeUnit:
        return QStringLiteral("Đơn vị công tác");
    case SheetField::Position:
        return QStringLiteral("Chức vụ");
    case SheetField::Phone:
        return QStringLiteral("Số điện thoại");
    case SheetField::Note:
        return QStringLiteral("Ghi chú");
    case SheetField::Kind:
        return QStringLiteral("Hình thức");
    case SheetField::DecisionNo:
        return QStringLiteral("Số quyết định");
    case SheetField::DecisionDate:
        return QStringLiteral("Ngày quyết định");
    case SheetField::IssuingBody:
        return QStringLiteral("Cơ quan ban hành");
    case SheetField::FromUnit:
        return QStringLiteral("Đơn vị cũ");
    case SheetField::FromPosition:
        return QStringLiteral("Chức vụ cũ");
    case SheetField::Commune:
        return QStringLiteral("Xã");
    case SheetField::ToPosition:
        return QStringLiteral("Chức vụ tại xã");
    case SheetField::StartDate:
        return QStringLiteral("Từ ngày");
    case SheetField::PlannedEnd:
        return QStringLiteral("Dự kiến kết thúc");
    case SheetField::ActualEnd:
        return QStringLiteral("Ngày kết thúc");
    case SheetField::Evaluation:
        return QStringLiteral("Đánh giá");
    case SheetField::None:
        break;
    }
    return {};
}

QString SheetPlausibility::headersFound(const ColumnMapping& mapping)
{
    QStringList found;
    for (const MappedColumn& c : mapping.columns()) {
        if (!c.header.isEmpty()) {
            found.append(tr("%1 (%2)").arg(quoted(c.header), ColumnMapping::columnName(c.column)));
        }
    }
    return found.isEmpty() ? tr("none") : found.join(QStringLiteral(", "));
}

QString SheetPlausibility::headersExpected(SheetImportKind kind)
{
    QStringList required;
    QStringList optional;
    for (const SheetFieldInfo& info : SheetFields::of(kind)) {
        (info.required ? required : optional).append(quoted(usualHeader(info.field)));
    }
    if (kind == SheetImportKind::Officials) {
        // The name alone does not say who an official is (docs/spreadsheet-import.md).
        return tr("%1 with %2, or with %3 and %4; also %5")
            .arg(quoted(usualHeader(SheetField::FullName)), quoted(usualHeader(SheetField::BirthDate)),
                 quoted(usualHeader(SheetField::HomeUnit)), quoted(usualHeader(SheetField::Position)),
                 QStringList{quoted(usualHeader(SheetField::Gender)), quoted(usualHeader(SheetField::Phone)),
                             quoted(usualHeader(SheetField::Note))}
                     .join(QStringLiteral(", ")));
    }
    return tr("%1; also %2").arg(required.join(QStringLiteral(", ")), optional.join(QStringLiteral(", ")));
}

std::optional<QString> SheetPlausibility::identityProblem(const ColumnMapping& mapping)
{
    if (mapping.kind() != SheetImportKind::Officials || mapping.column(SheetField::FullName) < 0) {
        return std::nullopt;
    }
    const bool byBirth = mapping.column(SheetField::BirthDate) >= 0;
    const bool byWork = mapping.column(SheetField::HomeUnit) >= 0 && mapping.column(SheetField::Position) >= 0;
    if (byBirth || byWork) {
        return std::nullopt;
    }
    return tr("The sheet does not say who the officials are: besides the name it needs their birth date, or their "
              "home unit and position. Headers found: %1. Expected: %2.")
        .arg(headersFound(mapping), headersExpected(mapping.kind()));
}

bool SheetPlausibility::looksLikePersonName(const QString& name)
{
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 7) {
        return false;
    }
    int named = 0;
    for (const QString& w : words) {
        bool letters = true;
        bool digits = true;
        for (const QChar c : w) {
            letters = letters && (c.isLetter() || c.isMark() || c == u'-' || c == u'\'' || c == u'.' || c == u'’');
            digits = digits && c.isDigit();
        }
        if (!letters && !digits) {
            return false; // "Họ và tên:", "a@b.vn"
        }
        named += letters ? 1 : 0;
    }
    return named >= 2; // a number beside a name ("Nguyễn Văn An 2") is tolerated, a name is needed
}

std::optional<QString> SheetPlausibility::peopleProblem(const ColumnMapping& mapping, const QStringList& names)
{
    QStringList odd;
    int named = 0;
    for (const QString& n : names) {
        if (n.trimmed().isEmpty()) {
            continue;
        }
        ++named;
        if (!looksLikePersonName(n)) {
            odd.append(n.simplified());
        }
    }
    // Most rows, not all: a register may hold the odd one-word name, a sheet of pets or of form labels holds few
    // people's names at all.
    if (named == 0 || odd.size() * 2 <= named) {
        return std::nullopt;
    }
    QStringList examples;
    for (const QString& n : odd.mid(0, kExamples)) {
        examples.append(quoted(n));
    }
    return tr("The rows do not look like people: %1 of %2 entries under %3 are not a person's full name (family and "
              "given names), e.g. %4. Headers found: %5. Expected: %6.")
        .arg(odd.size())
        .arg(named)
        .arg(quoted(mapping.header(SheetField::FullName)), examples.join(QStringLiteral(", ")), headersFound(mapping),
             headersExpected(mapping.kind()));
}

} // namespace ntm::core
