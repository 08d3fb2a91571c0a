// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "undo/ServiceCommand.h"

#include <QCoreApplication>

namespace ntm::gui {

/// Records a rotation decision (the user has seen and accepted its warnings); undo deletes it.
class AddRotationCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::AddRotationCommand)

public:
    AddRotationCommand(core::Database& db, core::Rotation rotation, const QString& officialName, Reporter report);
    QString rotationId() const { return m_rotation.id; }

private:
    core::Status doRedo() override;
    core::Status doUndo() override;
    core::Rotation m_rotation;
};

/// Changes a rotation from `before` to `after` (an edit, or ending the term); refuses when someone else
/// changed it meanwhile.
class EditRotationCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::EditRotationCommand)

public:
    EditRotationCommand(core::Database& db, core::Rotation before, core::Rotation after, const QString& text,
                        Reporter report);

private:
    core::Status apply(core::Rotation target);
    core::Status doRedo() override { return apply(m_after); }
    core::Status doUndo() override { return apply(m_before); }
    core::Rotation m_before;
    core::Rotation m_after;
    int m_expectedVersion;
};

/// Deletes a rotation; undo records it again with the same id.
class DeleteRotationCommand final : public ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ntm::gui::DeleteRotationCommand)

public:
    DeleteRotationCommand(core::Database& db, core::Rotation rotation, const QString& officialName, Reporter report);

private:
    core::Status doRedo() override;
    core::Status doUndo() override;
    core::Rotation m_rotation;
};

} // namespace ntm::gui
