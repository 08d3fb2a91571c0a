// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/TableData.h"

#include <QDate>
#include <QIcon>
#include <QWidget>

#include <optional>

class QUndoStack;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

class AppSettings;

/// What every view offers the main window: a title for the navigation list, the database and the shared
/// "as of" date to show, a search box to focus, a table to export, and a summary for the status bar.
class View : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void setDatabase(core::Database* db) = 0;
    virtual void setAsOf(const QDate& date) = 0;
    /// Reads the data again (after an undo, a redo or another view's change).
    virtual void refresh() = 0;
    virtual void focusSearch() {}
    /// The table as shown (filtered, sorted), for File > Export; nothing when the view has no table.
    virtual std::optional<core::TableData> exportTable() const { return std::nullopt; }
    /// The commune the view shows, or the district it is filtered to: the default of File > Print report (empty:
    /// none, the province summary is offered).
    virtual QString reportCommuneId() const { return {}; }
    virtual QString reportDistrictId() const { return {}; }
    /// Whether File > Export applies, asked at every status update: views with large tables answer without
    /// building the table (80,000 rotations take a second to gather).
    virtual bool hasExportTable() const { return exportTable().has_value(); }
    /// Views that change data push their commands here.
    virtual void setUndoStack(QUndoStack*) {}
    virtual void setSettings(AppSettings*) {}
    /// Column widths, splitter sizes: saved on close, restored at start (key: the view's objectName).
    virtual QByteArray saveViewState() const { return {}; }
    virtual void restoreViewState(const QByteArray&) {}

    /// Refreshes now when the view can be seen, else the next time it is shown: the main window's hidden views
    /// do not read the whole country again after every date change, undo or import (issue 7).
    void refreshWhenShown();
    /// True while a refresh waits for the view to be shown.
    bool isStale() const { return m_stale; }

Q_SIGNALS:
    void summaryChanged(const QString& summary);
    void errorOccurred(const QString& message);

protected:
    bool event(QEvent* event) override;

private:
    /// refresh(), keeping every table's scroll position.
    void refreshInPlace();

    bool m_stale = false;
};

} // namespace ntm::gui
