// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/followup/FollowUpData.h"

#include <QAbstractTableModel>
#include <QDate>

namespace ntm::gui {

/// The actions of a commune's review meetings as they stand on the as-of date: what, the criterion or village,
/// who answers for it, when it is due, whether it is open, overdue, done (late) or not done, and how it was closed.
/// Shows all, the open ones (overdue included), the overdue ones or the closed ones, optionally of one meeting.
class ActionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Filter
    {
        All,
        Open,
        Overdue,
        Closed
    };
    enum Column
    {
        DecidedColumn,
        WhatColumn,
        AboutColumn,
        ResponsibleColumn,
        DueColumn,
        StateColumn,
        ClosedColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    /// `actions` replaces data.actions when given (the actions due at a meeting, those it decided).
    void setData(const core::FollowUpData& data, const QDate& asOf);
    void setActions(const core::FollowUpData& data, const QList<core::ReviewAction>& actions, const QDate& asOf);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::ReviewAction* actionAt(int row) const;
    /// "Open", "Overdue", "Done", "Done late", "Not done".
    static QString stateLabel(const core::ReviewAction& a, const QDate& on);

private:
    void rebuild();
    QVariant display(const core::ReviewAction& a, int column) const;

    core::FollowUpData m_data;
    QList<core::ReviewAction> m_all;
    QList<core::ReviewAction> m_rows;
    QDate m_asOf;
    Filter m_filter = Filter::All;
};

} // namespace ntm::gui
