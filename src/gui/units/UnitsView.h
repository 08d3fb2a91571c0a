// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui {
class UnitsView;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

class UnitFilterProxy;
class UnitTreeModel;

/// Districts and communes as of a date, in Vietnamese order, with criteria met and recognition, and a
/// search box that ignores diacritics.
class UnitsView final : public QWidget
{
    Q_OBJECT

public:
    explicit UnitsView(QWidget* parent = nullptr);
    ~UnitsView() override;

    /// Shows the units of `db` (nullptr clears the view).
    void setDatabase(core::Database* db);
    QDate asOf() const;
    void setAsOf(const QDate& date);
    /// Header state (column widths) to save and restore.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);
    int communeCount() const;

Q_SIGNALS:
    /// Emitted after every reload: the counts for the status bar.
    void summaryChanged(const QString& summary);
    /// A message for the user when the data cannot be read.
    void errorOccurred(const QString& message);

private:
    void reload();

    std::unique_ptr<Ui::UnitsView> m_ui;
    UnitTreeModel* m_model;
    UnitFilterProxy* m_proxy;
    core::Database* m_db = nullptr;
};

} // namespace ntm::gui
