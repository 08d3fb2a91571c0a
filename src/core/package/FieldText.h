// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

namespace ntm::core {

/// The text of field i of a record's values (RecordCodec's order); empty when the record has no such field.
inline QString fieldText(const QVariantList& values, int i)
{
    return i >= 0 && i < values.size() ? values.at(i).toString() : QString();
}

} // namespace ntm::core
