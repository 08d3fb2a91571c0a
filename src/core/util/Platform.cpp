// SPDX-License-Identifier: GPL-3.0-or-later
// The one file with operating-system calls (util/Platform.h). The Windows branch is written to the Win32 API's
// documentation but has not been compiled here: docs/windows.md lists what a Windows build still has to check.
#include "util/Platform.h"

#ifdef _WIN32
#include <io.h>
#include <windows.h>

#include <cstdio>
#else
#include <dlfcn.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#endif

namespace ntm::core {

#ifdef _WIN32

Platform::Library Platform::openLibrary(const char* fileName)
{
    // A DLL's imports are bound per module on Windows, so libxlsxwriter's zip functions cannot be taken for
    // QuaZip's (the clash that RTLD_DEEPBIND solves on Linux does not arise). The search path is the program's
    // folder and System32 only, never the current folder.
    Library library;
    library.handle = ::LoadLibraryExA(fileName, nullptr, LOAD_LIBRARY_SEARCH_DEFAULT_DIRS);
    if (!library.handle) {
        library.error =
            QStringLiteral("%1: Windows error %2").arg(QString::fromLocal8Bit(fileName)).arg(::GetLastError());
    }
    return library;
}

void* Platform::symbol(void* handle, const char* name)
{
    return reinterpret_cast<void*>(::GetProcAddress(static_cast<HMODULE>(handle), name));
}

bool Platform::stdinIsTerminal()
{
    return ::_isatty(::_fileno(stdin)) != 0;
}

bool Platform::stderrIsTerminal()
{
    return ::_isatty(::_fileno(stderr)) != 0;
}

std::optional<uint> Platform::userId()
{
    return std::nullopt;
}

bool Platform::setStdinEcho(bool on)
{
    const HANDLE input = ::GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (input == INVALID_HANDLE_VALUE || !::GetConsoleMode(input, &mode)) {
        return false;
    }
    mode = on ? (mode | ENABLE_ECHO_INPUT) : (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    return ::SetConsoleMode(input, mode) != 0;
}

#else

Platform::Library Platform::openLibrary(const char* fileName)
{
    // RTLD_DEEPBIND makes the library (libxlsxwriter, and the libminizip it brings) look up zipOpen() and the rest
    // in its own dependencies before the process's global scope, where QuaZip's incompatible copies already are.
    // RTLD_LOCAL keeps libminizip's symbols from hiding QuaZip's in turn. RTLD_NOW reports a broken library here,
    // not in the middle of writing a file.
    int flags = RTLD_NOW | RTLD_LOCAL;
    Library library;
#if defined(NTM_SANITIZE)
    // AddressSanitizer refuses RTLD_DEEPBIND (google/sanitizers#611). In the sanitizer build the library gets a link
    // namespace of its own instead, which keeps its minizip apart from QuaZip's just as well.
    library.handle = ::dlmopen(LM_ID_NEWLM, fileName, flags);
#else
#ifdef RTLD_DEEPBIND
    flags |= RTLD_DEEPBIND;
#endif
    library.handle = ::dlopen(fileName, flags);
#endif
    if (!library.handle) {
        const char* reason = ::dlerror();
        library.error = reason ? QString::fromLocal8Bit(reason) : QString::fromLocal8Bit(fileName);
    }
    return library;
}

void* Platform::symbol(void* handle, const char* name)
{
    return ::dlsym(handle, name);
}

bool Platform::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}

bool Platform::stderrIsTerminal()
{
    return ::isatty(::fileno(stderr)) != 0;
}

std::optional<uint> Platform::userId()
{
    return static_cast<uint>(::getuid());
}

bool Platform::setStdinEcho(bool on)
{
    termios settings{};
    if (::tcgetattr(STDIN_FILENO, &settings) != 0) {
        return false;
    }
    if (on) {
        settings.c_lflag |= static_cast<tcflag_t>(ECHO);
    } else {
        settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    }
    return ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &settings) == 0;
}

#endif

} // namespace ntm::core
