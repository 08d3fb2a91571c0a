// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ntm::core {

/// The program's only calls into the operating system beyond Qt and standard C++, in one place: a POSIX branch
/// (Linux, what this project builds and tests) and a Windows branch (docs/windows.md). A test fails when a
/// POSIX- or Windows-only header or call appears in src/ outside Platform.cpp.
class Platform final
{
public:
    /// A shared library opened at run time: its handle, or why it could not be opened.
    struct Library
    {
        void* handle = nullptr;
        QString error;
    };

    /// Opens a shared library by its file name ("libxlsxwriter.so.4", "xlsxwriter.dll"), resolving its symbols
    /// in its own dependencies first where the system allows it (exchange/XlsxWriterLibrary.h says why). It stays
    /// open for the rest of the program's life.
    static Library openLibrary(const char* fileName);
    /// The address of a function of an opened library; null when it has none of that name.
    static void* symbol(void* handle, const char* name);

    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    /// Turns the terminal's echo of typed characters on or off (for a password); false when stdin is no terminal.
    static bool setStdinEcho(bool on);

    /// The user id the program runs as, to compare with QFileInfo::ownerId(); nullopt where files have no POSIX
    /// owner and mode (Windows, where a file's access is its folder's ACL).
    static std::optional<uint> userId();
};

} // namespace ntm::core
