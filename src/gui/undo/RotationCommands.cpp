// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/RotationCommands.h"

#include "service/RotationService.h"
#include "store/RotationStore.h"
#include "util/Ids.h"

namespace ntm::gui {

using namespace ntm::core;

AddRotationCommand::AddRotationCommand(Database& db, Rotation rotation, const QString& officialName, Reporter report)
    : ServiceCommand(db, tr("Add rotation of %1").arg(officialName), std::move(report)), m_rotation(std::move(rotation))
{
    if (m_rotation.id.isEmpty()) {
        m_rotation.id = ids::newId();
    }
}

Status AddRotationCommand::doRedo()
{
    const auto id = RotationService(db()).create(m_rotation, Warnings::Accept);
    return id ? Status() : Status(id.error());
}

Status AddRotationCommand::doUndo()
{
    return RotationService(db()).remove(m_rotation.id);
}

EditRotationCommand::EditRotationCommand(Database& db, Rotation before, Rotation after, const QString& text,
                                         Reporter report)
    : ServiceCommand(db, text, std::move(report)), m_before(std::move(before)), m_after(std::move(after)),
      m_expectedVersion(m_before.rowVersion)
{
}

Status EditRotationCommand::apply(Rotation target)
{
    const auto current = RotationStore(db()).get(target.id);
    if (!current) {
        return current.error();
    }
    if (!current.value() || current.value()->rowVersion != m_expectedVersion) {
        return Error{QString(),
                     tr("This rotation was changed or deleted by someone else; this step cannot be undone or redone."),
                     ErrorKind::Conflict};
    }
    target.rowVersion = m_expectedVersion;
    if (Status s = RotationService(db()).update(target, Warnings::Accept); !s) {
        return s;
    }
    m_expectedVersion += 1;
    return {};
}

DeleteRotationCommand::DeleteRotationCommand(Database& db, Rotation rotation, const QString& officialName,
                                             Reporter report)
    : ServiceCommand(db, tr("Delete rotation of %1").arg(officialName), std::move(report)),
      m_rotation(std::move(rotation))
{
}

Status DeleteRotationCommand::doRedo()
{
    return RotationService(db()).remove(m_rotation.id);
}

Status DeleteRotationCommand::doUndo()
{
    const auto id = RotationService(db()).create(m_rotation, Warnings::Accept);
    return id ? Status() : Status(id.error());
}

} // namespace ntm::gui
