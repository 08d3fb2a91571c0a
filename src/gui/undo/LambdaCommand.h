// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/ServiceCommand.h"

#include <functional>

namespace ntm::gui {

/// An undoable action given as two core calls: what redo does and what undo does. For actions whose two
/// halves are simple service calls (record / retract assessments, add / remove a meeting…).
class LambdaCommand final : public ServiceCommand
{
public:
    using Step = std::function<core::Status()>;

    LambdaCommand(core::Database& db, const QString& text, Step redo, Step undo, Reporter report)
        : ServiceCommand(db, text, std::move(report)), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }

private:
    core::Status doRedo() override { return m_redo(); }
    core::Status doUndo() override { return m_undo(); }
    Step m_redo;
    Step m_undo;
};

} // namespace ntm::gui
