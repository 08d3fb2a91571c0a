// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QComboBox;
class QStandardItemModel;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Turns an editable combo box into a commune chooser: the communes the programme judges (xã), in Vietnamese
/// order, labelled with their district and, for communes merged away, their last day ("Đức Yên – Đức Thọ (until
/// 31/12/2019)"), with completion that ignores diacritics ("duc yen"). Enter opens what was typed: the one commune
/// that matches, else the best match (the whole name before a part of it, a commune existing on the as-of date before
/// one merged away), and says so when nothing matches. Used by the dashboard and the timeline.
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
    /// The date the best match prefers communes existing on (the view's as-of date).
    void setAsOf(const QDate& date) { m_asOf = date; }
    /// The commune that typed text names best ("thach khe", "xã Đức Yên"); empty when none matches.
    QString bestMatch(const QString& typed) const;

Q_SIGNALS:
    /// The user picked a commune from the list or from the completion, or typed one and pressed Enter.
    void chosen(const QString& communeId);
    /// The user pressed Enter on text that names no commune.
    void notFound(const QString& typed);

private:
    QString idAt(int row) const;
    void choose(int row);
    void enterPressed();

    QComboBox* m_combo;
    QStandardItemModel* m_model;
    QDate m_asOf = QDate::currentDate();
    QString m_current;
};

} // namespace ntm::gui
