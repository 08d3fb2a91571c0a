// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateFields.h"

#include "common/DateEdit.h"

#include <QDateEdit>

namespace ntm::gui::dateFields {

namespace {
const QDate kNoDate(1900, 1, 1);
} // namespace

void setup(QDateEdit* edit)
{
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 2));
    edit->setMaximumDate(QDate(2100, 12, 31));
}

void setupOptional(QDateEdit* edit)
{
    setup(edit);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("—"));
    edit->setDate(kNoDate);
}

QDate value(const QDateEdit* edit)
{
    const QDate d = edit->date();
    return !edit->specialValueText().isEmpty() && d == edit->minimumDate() ? QDate() : d;
}

void setValue(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

void setEmptyMonth(QDateEdit* edit, std::function<QDate()> month)
{
    if (auto* ours = qobject_cast<DateEdit*>(edit)) {
        ours->setEmptyMonth(std::move(month));
    }
}

} // namespace ntm::gui::dateFields
