// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Base of the undoable user actions: each does its work through a core service, so every rule and the
/// audit trail apply to undo and redo too. When a step fails (someone else changed the record meanwhile),
/// the failure is reported and the command drops out of the stack.
class ServiceCommand : public QUndoCommand
{
public:
    using Reporter = std::function<void(const QString& message)>;

    ServiceCommand(core::Database& db, const QString& text, Reporter report);

    void redo() final;
    void undo() final;
    /// True after the last redo() or undo() succeeded.
    bool succeeded() const { return m_status->ok(); }
    /// Pushes the command and tells whether its first redo succeeded. (A failed command is obsolete, and
    /// QUndoStack deletes it inside push(), so the command itself cannot be asked afterwards.)
    static bool push(QUndoStack* stack, ServiceCommand* command);
    /// Pushes the command and returns how its first redo went. A conflict (someone else changed the record) is
    /// not reported but returned, for the caller to show both versions (ConflictDialog); other failures and every
    /// later undo or redo are reported as usual.
    static core::Status pushResolvingConflicts(QUndoStack* stack, ServiceCommand* command);

protected:
    virtual core::Status doRedo() = 0;
    virtual core::Status doUndo() = 0;
    core::Database& db() { return m_db; }

private:
    void finish(const core::Status& status);

    core::Database& m_db;
    Reporter m_report;
    std::shared_ptr<core::Status> m_status;
    bool m_quietConflict = false;
};

} // namespace ntm::gui
