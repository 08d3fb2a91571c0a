// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/ConflictDialog.h"
#include "undo/LambdaCommand.h"
#include "undo/VersionedRecords.h"

#include <QApplication>

#include <QUndoStack>

#include <functional>
#include <memory>

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
    // Someone else saved the record after it was read: both versions, and the user's choice (ConflictDialog).
    using Record = VersionedRecord<T>;
    const auto current = ConflictDialog::resolve(QApplication::activeWindow(), db, Record::table(), before.id,
                                                 Record::what(), [after, update](core::Database& on, int v) {
                                                     T r = after;
                                                     r.rowVersion = v;
                                                     return update(on, r);
                                                 });
    if (!current) {
        return false;
    }
    const auto theirs = Record::load(db, before.id);
    if (!theirs || !theirs.value()) {
        if (report) {
            report(theirs ? ConflictDialog::tr("The record no longer exists; someone may have deleted it.")
                          : theirs.error().message);
        }
        return false;
    }
    // Based on theirs, so undo puts their version back.
    return change<T>(stack, db, text, *theirs.value(), after, std::move(update), std::move(report));
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
