// SPDX-License-Identifier: GPL-3.0-or-later
#include "undo/OfficialCommands.h"

#include "service/OfficialService.h"
#include "store/OfficialStore.h"
#include "util/Ids.h"

namespace ntm::gui {

using namespace ntm::core;

AddOfficialCommand::AddOfficialCommand(Database& db, Official official, Reporter report)
    : ServiceCommand(db, tr("Add official %1").arg(official.fullName), std::move(report)),
      m_official(std::move(official))
{
    if (m_official.id.isEmpty()) {
        m_official.id = ids::newId();
    }
}

Status AddOfficialCommand::doRedo()
{
    const auto id = OfficialService(db()).create(m_official);
    return id ? Status() : Status(id.error());
}

Status AddOfficialCommand::doUndo()
{
    return OfficialService(db()).remove(m_official.id);
}

EditOfficialCommand::EditOfficialCommand(Database& db, Official before, Official after, Reporter report)
    : ServiceCommand(db, tr("Edit official %1").arg(after.fullName), std::move(report)), m_before(std::move(before)),
      m_after(std::move(after)), m_expectedVersion(m_before.rowVersion)
{
}

Status EditOfficialCommand::apply(Official target)
{
    const auto current = OfficialStore(db()).get(target.id);
    if (!current) {
        return current.error();
    }
    if (!current.value() || current.value()->rowVersion != m_expectedVersion) {
        return Error{QString(),
                     tr("Official %1 was changed or deleted by someone else; this step cannot be "
                        "undone or redone.")
                         .arg(target.fullName),
                     ErrorKind::Conflict};
    }
    target.rowVersion = m_expectedVersion;
    if (Status s = OfficialService(db()).update(target); !s) {
        return s;
    }
    m_expectedVersion += 1;
    return {};
}

DeleteOfficialCommand::DeleteOfficialCommand(Database& db, Official official, Reporter report)
    : ServiceCommand(db, tr("Delete official %1").arg(official.fullName), std::move(report)),
      m_official(std::move(official))
{
}

Status DeleteOfficialCommand::doRedo()
{
    return OfficialService(db()).remove(m_official.id);
}

Status DeleteOfficialCommand::doUndo()
{
    const auto id = OfficialService(db()).create(m_official);
    return id ? Status() : Status(id.error());
}

} // namespace ntm::gui
