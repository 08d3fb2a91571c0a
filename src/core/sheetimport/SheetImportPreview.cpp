// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetImportPreview.h"

#include "sheetimport/SheetPlausibility.h"

namespace ntm::core {

QString SheetImportProblem::toString() const
{
    if (header.isEmpty()) {
        return tr("row %1: %2").arg(row).arg(message);
    }
    return tr("row %1, %2: %3").arg(QString::number(row), header, message);
}

int SheetImportPreview::errorRows() const
{
    int n = 0;
    for (const SheetRowOutcome& r : rows) {
        n += r.status == SheetRowStatus::Error;
    }
    return n;
}

bool SheetImportPreview::headerIncomplete() const
{
    return !mapping.missingRequired().isEmpty() || SheetPlausibility::identityProblem(mapping).has_value();
}

} // namespace ntm::core
