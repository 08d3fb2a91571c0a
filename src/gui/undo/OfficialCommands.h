// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "undo/ServiceCommand.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Adds an official to the register; undo removes them again.
class AddOfficialCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::AddOfficialCommand)

public:
    AddOfficialCommand(core::Database& db, core::Official official, Reporter report);
    QString officialId() const { return m_official.id; }

private:
    core::Status doRedo() override;
    core::Status doUndo() override;
    core::Official m_official;
};

/// Changes an official's record from `before` to `after`; refuses when someone else changed it meanwhile.
class EditOfficialCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::EditOfficialCommand)

public:
    EditOfficialCommand(core::Database& db, core::Official before, core::Official after, Reporter report);

private:
    core::Status apply(core::Official target);
    core::Status doRedo() override { return apply(m_after); }
    core::Status doUndo() override { return apply(m_before); }
    core::Official m_before;
    core::Official m_after;
    int m_expectedVersion;
};

/// Deletes an official (refused by core while rotations refer to them); undo puts the record back.
class DeleteOfficialCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::DeleteOfficialCommand)

public:
    DeleteOfficialCommand(core::Database& db, core::Official official, Reporter report);

private:
    core::Status doRedo() override;
    core::Status doUndo() override;
    core::Official m_official;
};

} // namespace ntm::gui
