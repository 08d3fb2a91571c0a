// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ProgramVersion.h"

// src/core/CMakeLists.txt defines it for this file only, from the project's version.
#ifndef NTM_PROGRAM_VERSION
#error "NTM_PROGRAM_VERSION must be the project's version, e.g. \"0.2.0\""
#endif

namespace ntm::core {

QString ProgramVersion::text()
{
    return QStringLiteral(NTM_PROGRAM_VERSION);
}

QString ProgramVersion::name()
{
    return QStringLiteral("NTM Tracker");
}

QString ProgramVersion::nameAndVersion()
{
    return name() + QLatin1Char(' ') + text();
}

} // namespace ntm::core
