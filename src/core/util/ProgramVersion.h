// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ntm::core {

/// The program's version: one number everywhere, CMake's project version (the top CMakeLists.txt). Help → About,
/// `--version` of both programs, the Debian package, printed reports' footers and exchange packages' manifests
/// all read it here. Only ProgramVersion.cpp is compiled with the number, so a new version rebuilds one file.
class ProgramVersion final
{
public:
    /// "0.2.0".
    static QString text();
    /// The program's name as users see it: "NTM Tracker".
    static QString name();
    /// "NTM Tracker 0.2.0".
    static QString nameAndVersion();
};

} // namespace ntm::core
