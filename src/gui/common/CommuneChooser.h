// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QComboBox;
class QStandardItemModel;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Turns an editable combo box into a commune chooser: the communes the programme judges (xã), in Vietnamese
/// order, labelled with their district and, for communes merged away, their last day ("Đức Yên – Đức Thọ (until
/// 31/12/2019)"), with completion that ignores diacritics ("duc yen"). Used by the dashboard and the timeline.
class CommuneChooser final : public QObject
{
    Q_OBJECT

public:
    explicit CommuneChooser(QComboBox* combo);

    /// Lists the communes of the database (none when `db` is null); nothing is selected afterwards.
    void load(core::Database* db);
    /// Shows this commune in the box without emitting chosen().
    void select(const QString& communeId);
    int count() const;

Q_SIGNALS:
    /// The user picked a commune from the list or from the completion.
    void chosen(const QString& communeId);

private:
    QString idAt(int row) const;

    QComboBox* m_combo;
    QStandardItemModel* m_model;
};

} // namespace ntm::gui
