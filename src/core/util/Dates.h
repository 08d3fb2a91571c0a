// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

namespace ntm::core::dates {

/// yyyy-MM-dd, the storage and exchange format; empty for an invalid date.
QString toIso(const QDate& date);
/// Strict yyyy-MM-dd; an invalid QDate for anything else (including 2023-02-31).
QDate fromIso(const QString& text);
/// dd/MM/yyyy, how Vietnamese users read and type dates.
QString toDisplay(const QDate& date);
/// Accepts d/M/yyyy and dd/MM/yyyy (also with '-' or '.'); an invalid QDate otherwise.
QDate fromDisplay(const QString& text);
/// A bound SQL value: the ISO text, or NULL for an invalid date.
QVariant toSql(const QDate& date);
/// Reads an ISO date column (NULL gives an invalid date).
QDate fromSql(const QVariant& value);
/// Whole months completed from `from` to `to` (like an age in months); negative when `to` is earlier.
int fullMonthsBetween(const QDate& from, const QDate& to);
/// Current UTC time as ISO text with milliseconds, for recorded_at / created_at columns.
QString nowTimestamp();

} // namespace ntm::core::dates
