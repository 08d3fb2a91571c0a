// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "sheetimport/SheetImportPreview.h"

#include <optional>

namespace ntm::core {

/// A checked data row and what writing it means: the official to add (officials; or a rotation's official
/// that the sheet creates), the rotation to add. Only SheetImport's writer uses it.
struct PreparedRow
{
    SheetRowOutcome outcome;
    std::optional<Official> official; ///< To create (its id is already chosen), unless already created.
    std::optional<Rotation> rotation;

    bool writable() const
    {
        return outcome.status == SheetRowStatus::Valid || outcome.status == SheetRowStatus::Warning;
    }
};

} // namespace ntm::core
