// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WorkingGroups.h"

#include "util/TextFold.h"

namespace ntm::core {

QString GroupMember::personKey() const
{
    return officialId.isEmpty() ? QStringLiteral("n:") + text::fold(fullName.simplified())
                                : QStringLiteral("o:") + officialId;
}

} // namespace ntm::core
