// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpFigures.h"

#include <QAbstractTableModel>

namespace ntm::gui {

/// Actions counted per person (or per criterion): open, overdue, done, done late, not done on the as-of date.
class ActionTallyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        OpenColumn,
        OverdueColumn,
        DoneColumn,
        LateColumn,
        NotDoneColumn,
        ColumnCount
    };

    explicit ActionTallyModel(QString firstHeader, QObject* parent = nullptr)
        : QAbstractTableModel(parent), m_firstHeader(std::move(firstHeader))
    {
    }

    void setRows(const QList<core::ActionTally>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_firstHeader;
    QList<core::ActionTally> m_rows;
};

} // namespace ntm::gui
