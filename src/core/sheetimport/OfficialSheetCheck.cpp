// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/OfficialSheetCheck.h"

#include "service/OfficialService.h"
#include "util/Dates.h"
#include "util/Ids.h"
#include "util/TextFold.h"

namespace ntm::core {

OfficialSheetCheck::OfficialSheetCheck(const QList<Official>& registered, const QDate& today) : m_today(today)
{
    for (const Official& o : registered) {
        m_registered.insert(identity(o.fullName, o.birthDate), o);
        m_byName[text::fold(o.fullName)].append(o);
    }
}

QString OfficialSheetCheck::identity(const QString& fullName, const QDate& birthDate)
{
    return text::fold(fullName) + QLatin1Char('|') + dates::toIso(birthDate);
}

PreparedRow OfficialSheetCheck::check(SheetRecord& record)
{
    Official o;
    o.fullName = record.text(SheetField::FullName);
    const std::optional<Gender> gender = record.gender();
    o.gender = gender.value_or(Gender::NotGiven); // never guessed
    if (!gender && record.mapped(SheetField::Gender) && !record.hasError(SheetField::Gender)) {
        record.warning(SheetField::Gender, tr("No gender given; recorded as not given."));
    }
    o.birthDate = record.date(SheetField::BirthDate);
    o.homeUnit = record.text(SheetField::HomeUnit);
    o.position = record.text(SheetField::Position);
    o.phone = record.text(SheetField::Phone);
    o.note = record.text(SheetField::Note);
    o.homeDistrictId = m_homeDistrictId;
    record.addIssues(OfficialService::check(o, m_today));

    PreparedRow prepared;
    if (!o.fullName.isEmpty() && !record.hasError(SheetField::BirthDate)) {
        const QString key = identity(o.fullName, o.birthDate);
        if (const auto it = m_registered.constFind(key); it != m_registered.cend() && !record.hasErrors()) {
            SheetImportProblem note;
            note.row = record.rowNumber();
            note.message = tr("%1 is already in the register; left as it is.").arg(it->fullName);
            note.warning = true;
            prepared.outcome = SheetRowOutcome{record.rowNumber(), SheetRowStatus::AlreadyPresent, o.fullName, {note}};
            return prepared;
        }
        if (const auto first = m_rowOf.constFind(key); first != m_rowOf.cend()) {
            record.error(SheetField::FullName,
                         tr("The same official (name and birth date) as in row %1.").arg(first.value()));
        } else {
            m_rowOf.insert(key, record.rowNumber());
            warnAboutNamesakes(record, o);
        }
    }
    prepared.outcome = record.outcome(o.fullName);
    if (!record.hasErrors()) {
        o.id = ids::newId(); // the writer creates each official once, by id
        prepared.official = o;
    }
    return prepared;
}

void OfficialSheetCheck::warnAboutNamesakes(SheetRecord& record, const Official& o) const
{
    // A namesake with another birth date is another person; without a birth date on one side, it may not be.
    for (const Official& other : m_byName.value(text::fold(o.fullName))) {
        if (!other.birthDate.isValid()) {
            record.warning(SheetField::FullName, tr("The register already has %1 without a birth date; this row adds "
                                                    "another official of that name (leave the row out if it is the "
                                                    "same person).")
                                                     .arg(other.fullName));
            return;
        }
        if (!o.birthDate.isValid()) {
            record.warning(SheetField::FullName, tr("The register already has %1, born %2; this row, without a birth "
                                                    "date, adds another official of that name.")
                                                     .arg(other.fullName, dates::toDisplay(other.birthDate)));
            return;
        }
    }
}

} // namespace ntm::core
