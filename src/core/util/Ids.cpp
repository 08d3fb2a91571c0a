// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Ids.h"

#include <QUuid>

namespace ntm::core::ids {

namespace {
// Namespace of NTM Tracker's name-based ids; never change it, stored ids depend on it. A function-local
// static, so that ids computed during static initialisation elsewhere get it too.
const QUuid& idNamespace()
{
    static const QUuid ns(QStringLiteral("{6f1c2a55-43a9-4e5e-9d7b-0b7a3c1e2f11}"));
    return ns;
}
} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString stableId(const QString& key)
{
    return QUuid::createUuidV5(idNamespace(), key).toString(QUuid::WithoutBraces);
}

} // namespace ntm::core::ids
