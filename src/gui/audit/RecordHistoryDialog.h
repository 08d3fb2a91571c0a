// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class RecordHistoryDialog;
}

class QTableView;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

class AuditChangesModel;
class AuditEntryModel;

/// The full history of one record from the audit trail, oldest first: who changed it when, and for the
/// selected entry every field before and after.
class RecordHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `table` is the program's table name ("official", "rotation"…), `rowId` the record's id.
    RecordHistoryDialog(core::Database& db, const QString& table, const QString& rowId, QWidget* parent = nullptr);
    ~RecordHistoryDialog() override;

    int entryCount() const;

    /// Adds "History of this record…" to the context menu of `view`, whose rows carry the record id in `idRole`;
    /// `database` gives the open database (nothing happens when there is none).
    static void addToContextMenu(QTableView* view, int idRole, const QString& table,
                                 std::function<core::Database*()> database);

private:
    std::unique_ptr<Ui::RecordHistoryDialog> m_ui;
    AuditEntryModel* m_entries;
    AuditChangesModel* m_changes;
};

} // namespace ntm::gui
