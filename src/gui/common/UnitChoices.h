// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QComboBox;
class QStandardItemModel;

namespace ntm::core {
class Database;
}

namespace ntm::gui::unitChoices {

/// Every district, in Vietnamese order, labelled "Huyện Đức Thọ" ("(until 30/06/2025)" for one that ended),
/// as an editable combo box that completes without diacritics ("duc tho").
void fillDistricts(QComboBox* combo, core::Database& db);
/// Every commune by its latest name with its district ("Xã Đức Yên – Huyện Đức Thọ"), the same way.
void fillCommunes(QComboBox* combo, core::Database& db);
/// The id of the unit the combo box names: the item whose text it holds, else the only item whose folded label
/// starts with the folded text, else the only one that contains it ("duc yen"); empty when none or several do.
QString chosenId(const QComboBox* combo);
/// Selects the unit with this id.
void select(QComboBox* combo, const QString& id);

} // namespace ntm::gui::unitChoices
