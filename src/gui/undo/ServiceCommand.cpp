// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/ServiceCommand.h"

#include <QUndoStack>

#include <utility>

namespace ntm::gui {

ServiceCommand::ServiceCommand(core::Database& db, const QString& text, Reporter report)
    : QUndoCommand(text), m_db(db), m_report(std::move(report)),
      m_status(std::make_shared<core::Status>(core::Error{QString(), QStringLiteral("not run")}))
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
    const std::shared_ptr<core::Status> status = command->m_status;
    stack->push(command);
    return status->ok();
}

core::Status ServiceCommand::pushResolvingConflicts(QUndoStack* stack, ServiceCommand* command)
{
    const std::shared_ptr<core::Status> status = command->m_status;
    command->m_quietConflict = true;
    stack->push(command);
    return *status;
}

void ServiceCommand::finish(const core::Status& status)
{
    *m_status = status;
    const bool quiet = std::exchange(m_quietConflict, false);
    if (!status.ok()) {
        setObsolete(true);
        if (m_report && !(quiet && status.error().kind == core::ErrorKind::Conflict)) {
            m_report(status.error().message);
        }
    }
}

} // namespace ntm::gui
