// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/ConflictDialog.h"
#include "undo/LambdaCommand.h"
#include "undo/VersionedRecords.h"

#include <QApplication>

#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace ntm::gui::recordCommands {

/// The three undoable edits of a record with an id and a row version, each through a core service so rules,
/// scopes and the audit trail apply to undo and redo as well: add (undo deletes it), change (undo puts the old
/// values back, following the row version the command itself bumps) and delete (undo adds it again, same id).
/// Each returns whether the first redo succeeded. A change of a record someone else saved after it was read shows
/// both versions (ConflictDialog) and, when the user chooses, saves theirs over it as a change based on the other
/// person's version (VersionedRecord<T> says which table and how to read it again).
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

/// After a save of `mine` was refused as a conflict (someone else saved record `id` after it was read): shows both
/// versions (ConflictDialog, `what` names the record) and, when the user chooses to save theirs over, returns the
/// record as it is saved now, for the new change to start from (so undo puts the other person's version back).
/// Nothing when the user keeps theirs, or the record is gone (said through `report`).
template <typename T>
std::optional<T> overwriteTheirs(core::Database& db, const QString& id, const QString& what, const T& mine,
                                 const Change<T>& update, const ServiceCommand::Reporter& report)
{
    const auto current = ConflictDialog::resolve(QApplication::activeWindow(), db, VersionedRecord<T>::table(), id,
                                                 what, [mine, update](core::Database& on, int v) {
                                                     T r = mine;
                                                     r.rowVersion = v;
                                                     return update(on, r);
                                                 });
    if (!current) {
        return std::nullopt;
    }
    const auto theirs = VersionedRecord<T>::load(db, id);
    if (!theirs || !theirs.value()) {
        if (report) {
            report(theirs ? ConflictDialog::tr("The record no longer exists; someone may have deleted it.")
                          : theirs.error().message);
        }
        return std::nullopt;
    }
    return *theirs.value();
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
    const core::Status saved =
        ServiceCommand::pushResolvingConflicts(stack, new LambdaCommand(
                                                          db, text, [apply, after] { return apply(after); },
                                                          [apply, before] { return apply(before); }, report));
    if (saved || saved.error().kind != core::ErrorKind::Conflict) {
        return saved.ok();
    }
    const auto theirs = overwriteTheirs<T>(db, before.id, VersionedRecord<T>::what(), after, update, report);
    if (!theirs) {
        return false;
    }
    // Based on theirs, so undo puts their version back.
    return change<T>(stack, db, text, *theirs, after, std::move(update), std::move(report));
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
