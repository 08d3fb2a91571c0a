// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/HeaderAliases.h"

#include "util/TextFold.h"

#include <QList>
#include <QRegularExpression>

#include <array>
#include <initializer_list>

namespace ntm::core {

namespace {

using F = SheetField;
using Alias = HeaderAliases::Alias;

/// Headers written as users write them, folded, grouped by the field they name.
struct Group
{
    SheetField first;
    SheetField second;
    std::initializer_list<const char*> texts;
};

QList<Alias> flatten(std::initializer_list<Group> groups)
{
    QList<Alias> out;
    for (const Group& g : groups) {
        for (const char* text : g.texts) {
            out.append(Alias{QString::fromLatin1(text), g.first, g.second});
        }
    }
    return out;
}

const QList<Alias>& personAliases()
{
    static const QList<Alias> aliases = flatten({
        {F::FullName,
         F::None,
         {"ho va ten", "ho ten", "ho va ten can bo", "ho ten can bo", "ten can bo", "can bo", "full name", "name",
          "official", "official name"}},
        {F::Gender, F::None, {"gioi tinh", "nam nu", "gender", "sex"}},
        {F::BirthDate,
         F::None,
         {"ngay sinh", "ngay thang nam sinh", "sinh ngay", "birth date", "date of birth", "birthday", "dob"}},
        {F::Note, F::None, {"ghi chu", "note", "notes", "remarks", "comment"}},
    });
    return aliases;
}

const QList<Alias>& officialAliases()
{
    static const QList<Alias> aliases = flatten({
        {F::HomeUnit,
         F::None,
         {"don vi", "don vi cong tac", "co quan", "co quan don vi", "co quan cong tac", "noi cong tac", "home unit",
          "unit", "agency"}},
        {F::Position,
         F::None,
         {"chuc vu", "chuc danh", "chuc vu hien tai", "chuc vu chuc danh", "chuc vu don vi cong tac", "position",
          "job title"}},
        {F::Phone,
         F::None,
         {"so dien thoai", "dien thoai", "so dt", "sdt", "dt", "phone", "phone number", "telephone", "mobile"}},
    });
    return aliases;
}

const QList<Alias>& rotationAliases()
{
    static const QList<Alias> aliases = flatten({
        {F::Kind, F::None, {"loai", "hinh thuc", "hinh thuc luan chuyen", "loai luan chuyen", "kind", "type"}},
        {F::DecisionNo,
         F::None,
         {"so quyet dinh", "so qd", "quyet dinh so", "qd so", "quyet dinh", "decision no", "decision number",
          "decision"}},
        {F::DecisionDate,
         F::None,
         {"ngay quyet dinh", "ngay qd", "ngay ky", "ngay ky quyet dinh", "ngay ban hanh", "decision date",
          "date of decision"}},
        {F::IssuingBody,
         F::None,
         {"co quan ban hanh", "noi ban hanh", "co quan quyet dinh", "issued by", "issuing body", "issuer"}},
        {F::FromUnit,
         F::None,
         {"don vi cu", "don vi", "don vi cong tac", "co quan", "noi cong tac", "from unit", "unit", "home unit"}},
        {F::FromPosition,
         F::None,
         {"chuc vu cu", "chuc vu truoc khi luan chuyen", "chuc vu tai don vi", "chuc vu don vi cong tac",
          "from position", "previous position"}},
        {F::Commune, F::None, {"xa", "xa duoc cu den", "xa den", "xa phuong", "noi den", "commune", "to commune"}},
        {F::ToPosition,
         F::None,
         {"chuc vu tai xa", "chuc vu moi", "chuc vu duoc giao", "to position", "position in the commune"}},
        {F::ToPosition, F::FromPosition, {"chuc vu", "chuc danh", "position"}},
        {F::StartDate,
         F::None,
         {"tu ngay", "ngay bat dau", "ngay nhan nhiem vu", "bat dau", "start", "start date", "from"}},
        {F::PlannedEnd,
         F::None,
         {"den ngay", "du kien ket thuc", "ngay du kien ket thuc", "ngay ket thuc du kien", "planned end", "to",
          "until"}},
        {F::ActualEnd,
         F::None,
         {"ngay ket thuc", "ket thuc", "ngay ket thuc thuc te", "actual end", "end date", "end"}},
        {F::Evaluation, F::None, {"danh gia", "ket qua danh gia", "xep loai", "evaluation", "rating"}},
    });
    return aliases;
}

/// The header without a part in brackets: "Ngày sinh (dd/mm/yyyy)" is "Ngày sinh".
QString withoutBrackets(const QString& header)
{
    static const QRegularExpression brackets(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    return QString(header).remove(brackets);
}

std::array<const QList<Alias>*, 2> tables(SheetImportKind kind)
{
    return {&personAliases(), kind == SheetImportKind::Officials ? &officialAliases() : &rotationAliases()};
}

} // namespace

QString HeaderAliases::normalise(const QString& header)
{
    QString folded = text::fold(header);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char(' ');
        }
    }
    return folded.simplified();
}

const HeaderAliases::Alias* HeaderAliases::exact(SheetImportKind kind, const QString& header)
{
    for (const QString& key : {normalise(header), normalise(withoutBrackets(header))}) {
        for (const QList<Alias>* table : tables(kind)) {
            for (const Alias& a : *table) {
                if (key == a.text) {
                    return &a;
                }
            }
        }
    }
    return nullptr;
}

const HeaderAliases::Alias* HeaderAliases::prefix(SheetImportKind kind, const QString& header)
{
    const QString key = normalise(withoutBrackets(header)) + QLatin1Char(' ');
    const Alias* best = nullptr;
    for (const QList<Alias>* table : tables(kind)) {
        for (const Alias& a : *table) {
            const bool oneWord = !a.text.contains(u' ');
            if ((oneWord && !(kind == SheetImportKind::Rotations && a.first == F::Commune)) ||
                (best && a.text.size() <= best->text.size())) {
                continue;
            }
            if (key.size() > a.text.size() && key.startsWith(a.text) && key.at(a.text.size()) == u' ') {
                best = &a;
            }
        }
    }
    return best;
}

} // namespace ntm::core
