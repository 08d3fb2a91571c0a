// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/ServiceCommand.h"

#include <QUndoStack>

namespace ntm::gui {

ServiceCommand::ServiceCommand(core::Database& db, const QString& text, Reporter report)
    : QUndoCommand(text), m_db(db), m_report(std::move(report))
{
}

void ServiceCommand::redo()
{
    finish(doRedo());
}

void ServiceCommand::undo()
{
    finish(doUndo());
}

bool ServiceCommand::push(QUndoStack* stack, ServiceCommand* command)
{
    const std::shared_ptr<bool> ok = command->m_ok;
    stack->push(command);
    return *ok;
}

void ServiceCommand::finish(const core::Status& status)
{
    *m_ok = status.ok();
    if (!*m_ok) {
        setObsolete(true);
        if (m_report) {
            m_report(status.error().message);
        }
    }
}

} // namespace ntm::gui
