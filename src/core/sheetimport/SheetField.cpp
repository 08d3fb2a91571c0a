// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetField.h"

#include <array>
#include <utility>

namespace ntm::core {

namespace {
constexpr std::array<std::pair<SheetField, const char*>, 19> kKeys{{
    {SheetField::FullName, "full_name"},
    {SheetField::Gender, "gender"},
    {SheetField::BirthDate, "birth_date"},
    {SheetField::HomeUnit, "home_unit"},
    {SheetField::Position, "position"},
    {SheetField::Phone, "phone"},
    {SheetField::Note, "note"},
    {SheetField::Kind, "kind"},
    {SheetField::DecisionNo, "decision_no"},
    {SheetField::DecisionDate, "decision_date"},
    {SheetField::IssuingBody, "issuing_body"},
    {SheetField::FromUnit, "from_unit"},
    {SheetField::FromPosition, "from_position"},
    {SheetField::Commune, "commune"},
    {SheetField::ToPosition, "to_position"},
    {SheetField::StartDate, "start_date"},
    {SheetField::PlannedEnd, "planned_end"},
    {SheetField::ActualEnd, "actual_end"},
    {SheetField::Evaluation, "evaluation"},
}};

const QList<SheetField>& officialFields()
{
    static const QList<SheetField> fields{SheetField::FullName, SheetField::Gender,   SheetField::BirthDate,
                                          SheetField::HomeUnit, SheetField::Position, SheetField::Phone,
                                          SheetField::Note};
    return fields;
}

const QList<SheetField>& rotationFields()
{
    static const QList<SheetField> fields{
        SheetField::FullName,     SheetField::BirthDate,    SheetField::Gender,      SheetField::Kind,
        SheetField::DecisionNo,   SheetField::DecisionDate, SheetField::IssuingBody, SheetField::FromUnit,
        SheetField::FromPosition, SheetField::Commune,      SheetField::ToPosition,  SheetField::StartDate,
        SheetField::PlannedEnd,   SheetField::ActualEnd,    SheetField::Evaluation,  SheetField::Note};
    return fields;
}

QString rotationLabel(SheetField field)
{
    switch (field) {
    case SheetField::FullName:
        return SheetFields::tr("Official's full name");
    case SheetField::Gender:
        return SheetFields::tr("Official's gender");
    case SheetField::BirthDate:
        return SheetFields::tr("Official's birth date");
    case SheetField::Kind:
        return SheetFields::tr("Kind");
    case SheetField::DecisionNo:
        return SheetFields::tr("Decision no.");
    case SheetField::DecisionDate:
        return SheetFields::tr("Decision date");
    case SheetField::IssuingBody:
        return SheetFields::tr("Issued by");
    case SheetField::FromUnit:
        return SheetFields::tr("From unit");
    case SheetField::FromPosition:
        return SheetFields::tr("From position");
    case SheetField::Commune:
        return SheetFields::tr("Commune");
    case SheetField::ToPosition:
        return SheetFields::tr("Position in the commune");
    case SheetField::StartDate:
        return SheetFields::tr("Start");
    case SheetField::PlannedEnd:
        return SheetFields::tr("Planned end");
    case SheetField::ActualEnd:
        return SheetFields::tr("Actual end");
    case SheetField::Evaluation:
        return SheetFields::tr("Evaluation");
    case SheetField::Note:
        return SheetFields::tr("Note");
    default:
        return {};
    }
}

QString officialLabel(SheetField field)
{
    switch (field) {
    case SheetField::FullName:
        return SheetFields::tr("Full name");
    case SheetField::Gender:
        return SheetFields::tr("Gender");
    case SheetField::BirthDate:
        return SheetFields::tr("Birth date");
    case SheetField::HomeUnit:
        return SheetFields::tr("Home unit");
    case SheetField::Position:
        return SheetFields::tr("Position");
    case SheetField::Phone:
        return SheetFields::tr("Phone");
    case SheetField::Note:
        return SheetFields::tr("Note");
    default:
        return {};
    }
}
} // namespace

QList<SheetFieldInfo> SheetFields::of(SheetImportKind kind)
{
    QList<SheetFieldInfo> out;
    for (SheetField f : list(kind)) {
        out.append(SheetFieldInfo{f, key(f), label(f, kind), isRequired(f, kind)});
    }
    return out;
}

const QList<SheetField>& SheetFields::list(SheetImportKind kind)
{
    return kind == SheetImportKind::Officials ? officialFields() : rotationFields();
}

QString SheetFields::key(SheetField field)
{
    for (const auto& [f, k] : kKeys) {
        if (f == field) {
            return QString::fromLatin1(k);
        }
    }
    return QStringLiteral("none");
}

std::optional<SheetField> SheetFields::fromKey(const QString& key)
{
    if (key == u"official") {
        return SheetField::FullName;
    }
    if (key == u"none") {
        return SheetField::None;
    }
    for (const auto& [f, k] : kKeys) {
        if (key == QLatin1String(k)) {
            return f;
        }
    }
    return std::nullopt;
}

QString SheetFields::label(SheetField field, SheetImportKind kind)
{
    if (field == SheetField::None) {
        return tr("(not imported)");
    }
    return kind == SheetImportKind::Officials ? officialLabel(field) : rotationLabel(field);
}

bool SheetFields::isRequired(SheetField field, SheetImportKind kind)
{
    if (kind == SheetImportKind::Officials) {
        return field == SheetField::FullName;
    }
    // What RotationRules require of every rotation; the kind defaults to luân chuyển.
    switch (field) {
    case SheetField::FullName:
    case SheetField::DecisionNo:
    case SheetField::DecisionDate:
    case SheetField::IssuingBody:
    case SheetField::Commune:
    case SheetField::ToPosition:
    case SheetField::StartDate:
        return true;
    default:
        return false;
    }
}

bool SheetFields::isDate(SheetField field)
{
    switch (field) {
    case SheetField::BirthDate:
    case SheetField::DecisionDate:
    case SheetField::StartDate:
    case SheetField::PlannedEnd:
    case SheetField::ActualEnd:
        return true;
    default:
        return false;
    }
}

bool SheetFields::belongsTo(SheetField field, SheetImportKind kind)
{
    return list(kind).contains(field);
}

QString SheetFields::kindKey(SheetImportKind kind)
{
    return kind == SheetImportKind::Officials ? QStringLiteral("officials") : QStringLiteral("rotations");
}

std::optional<SheetImportKind> SheetFields::kindFromKey(const QString& key)
{
    if (key == u"officials") {
        return SheetImportKind::Officials;
    }
    if (key == u"rotations") {
        return SheetImportKind::Rotations;
    }
    return std::nullopt;
}

} // namespace ntm::core
