// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/Actor.h"

namespace ntm::core {

Actor Actor::owner(const QString& name)
{
    Actor a;
    a.username = name.isEmpty() ? QStringLiteral("owner") : name;
    a.role = Role::Admin;
    a.localOwner = true;
    return a;
}

Actor Actor::nobody()
{
    Actor a;
    a.username = QStringLiteral("(nobody)");
    return a;
}

QString Actor::display() const
{
    if (!role || localOwner) {
        return Vocabulary::userLabel(username);
    }
    const QString name = fullName.isEmpty() ? username : fullName + QStringLiteral(" (") + username + QLatin1Char(')');
    return name + QStringLiteral(" – ") + Vocabulary::label(*role);
}

} // namespace ntm::core
