// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <functional>

class QDateEdit;

namespace ntm::gui::dateFields {

/// Sets a date edit up the house way: dd/MM/yyyy, a calendar popup.
void setup(QDateEdit* edit);
/// Makes a date edit optional: its lowest value shows "—" and means "no date".
void setupOptional(QDateEdit* edit);
/// The date, or an invalid QDate when an optional edit shows "no date".
QDate value(const QDateEdit* edit);
/// Sets the date; an invalid date clears an optional edit.
void setValue(QDateEdit* edit, const QDate& date);
/// The month an optional edit's calendar opens on while it has no date (a DateEdit; default today's).
void setEmptyMonth(QDateEdit* edit, std::function<QDate()> month);

} // namespace ntm::gui::dateFields
