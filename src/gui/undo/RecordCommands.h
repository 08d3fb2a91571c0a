// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/LambdaCommand.h"

#include <QUndoStack>

#include <functional>
#include <memory>

namespace ntm::gui::recordCommands {

/// The three undoable edits of a record with an id and a row version, each through a core service so rules,
/// scopes and the audit trail apply to undo and redo as well: add (undo deletes it), change (undo puts the old
/// values back, following the row version the command itself bumps) and delete (undo adds it again, same id).
/// Each returns whether the first redo succeeded.
template <typename T> using Add = std::function<core::Result<QString>(core::Database&, const T&)>;
template <typename T> using Change = std::function<core::Status(core::Database&, const T&)>;
using Remove = std::function<core::Status(core::Database&, const QString& id)>;

template <typename T>
bool add(QUndoStack* stack, core::Database& db, const QString& text, const T& record, Add<T> add, Remove remove,
         ServiceCommand::Reporter report)
{
    core::Database* d = &db;
    return ServiceCommand::push(stack, new LambdaCommand(
                                           db, text,
                                           [d, record, add]() -> core::Status {
                                               const auto r = add(*d, record);
                                               return r ? core::Status() : core::Status(r.error());
                                           },
                                           [d, record, remove] { return remove(*d, record.id); }, std::move(report)));
}

template <typename T>
bool change(QUndoStack* stack, core::Database& db, const QString& text, const T& before, const T& after,
            Change<T> update, ServiceCommand::Reporter report)
{
    core::Database* d = &db;
    auto version = std::make_shared<int>(before.rowVersion);
    auto apply = [d, version, update](T r) {
        r.rowVersion = *version;
        const core::Status s = update(*d, r);
        *version += s.ok() ? 1 : 0;
        return s;
    };
    return ServiceCommand::push(stack, new LambdaCommand(
                                           db, text, [apply, after] { return apply(after); },
                                           [apply, before] { return apply(before); }, std::move(report)));
}

template <typename T>
bool remove(QUndoStack* stack, core::Database& db, const QString& text, const T& record, Add<T> add, Remove remove,
            ServiceCommand::Reporter report)
{
    core::Database* d = &db;
    return ServiceCommand::push(stack, new LambdaCommand(
                                           db, text, [d, record, remove] { return remove(*d, record.id); },
                                           [d, record, add]() -> core::Status {
                                               const auto r = add(*d, record);
                                               return r ? core::Status() : core::Status(r.error());
                                           },
                                           std::move(report)));
}

} // namespace ntm::gui::recordCommands
