// SPDX-License-Identifier: GPL-3.0-or-later
// The program builds for Windows too (docs/windows.md): every call into the operating system beyond Qt and standard
// C++ lives in src/core/util/Platform.cpp. This test reads every source under src/ and fails on a POSIX-only or
// Windows-only header, call or path anywhere else, naming the file and line.
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {
const QString kPlatformFile = QStringLiteral("src/core/util/Platform.cpp");

/// Headers of POSIX (and Linux) or of Windows that standard C++ and Qt do not offer everywhere.
const QRegularExpression& systemHeader()
{
    static const QRegularExpression re(QStringLiteral(
        "#\\s*include\\s*<(unistd|dlfcn|fcntl|termios|pwd|grp|poll|dirent|spawn|pthread|syslog|libgen|glob|"
        "sys/[a-z_]+|netinet/[a-z_]+|arpa/[a-z_]+|linux/[a-z_]+|windows|io|direct|process|winsock2|shlobj)\\.h>"));
    return re;
}

/// Calls of POSIX (or Windows) functions, not members of a Qt or std class: "dlopen(" or "::dlopen(", but not
/// "QThread::usleep(" or "process.kill(".
const QRegularExpression& systemCall()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:^|[^\\w.>:]|(?<!\\w)::)(fork|vfork|execl|execlp|execle|execv|execvp|execve|dlopen|dlmopen|dlsym|dlclose|"
        "dlerror|chmod|fchmod|chown|umask|getuid|geteuid|getgid|getegid|getpid|getppid|kill|sigaction|mmap|munmap|"
        "popen|pclose|pipe|setenv|unsetenv|isatty|fileno|realpath|readlink|symlink|usleep|sleep|nanosleep|fsync|"
        "fdatasync|tcgetattr|tcsetattr|getpwuid|getpwnam|mkfifo|LoadLibrary\\w*|GetProcAddress|_isatty|_fileno|"
        "GetConsoleMode|SetConsoleMode)\\s*\\("));
    return re;
}

/// Paths that exist only on Linux or POSIX systems, in string literals.
const QRegularExpression& systemPath()
{
    static const QRegularExpression re(QStringLiteral("\"/(proc|sys|dev|tmp|etc|usr|var|run)(/|\")"));
    return re;
}

/// The text with comments blanked out, so a comment may name what it avoids; string literals blanked too when
/// `blankStrings` (calls are looked for in code, paths in strings).
QString withoutComments(const QString& text, bool blankStrings)
{
    QString out = text;
    enum class State
    {
        Code,
        Line,
        Block,
        String
    } state = State::Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        if (state == State::Code) {
            if (c == u'/' && next == u'/') {
                state = State::Line;
            } else if (c == u'/' && next == u'*') {
                state = State::Block;
            } else if (c == u'"' && (i == 0 || out.at(i - 1) != u'\'')) {
                state = State::String;
                continue;
            }
        } else if (state == State::String) {
            if (c == u'\\') {
                if (blankStrings) {
                    out[i] = u' ';
                    if (i + 1 < out.size() && out.at(i + 1) != u'\n') {
                        out[i + 1] = u' ';
                    }
                }
                ++i;
            } else if (c == u'"') {
                state = State::Code;
            } else if (blankStrings && c != u'\n') {
                out[i] = u' ';
            }
            continue;
        } else if (state == State::Line && c == u'\n') {
            state = State::Code;
            continue;
        } else if (state == State::Block && c == u'*' && next == u'/') {
            out[i] = u' ';
            out[i + 1] = u' ';
            ++i;
            state = State::Code;
            continue;
        }
        if (state == State::Line || state == State::Block) {
            if (c != u'\n') {
                out[i] = u' ';
            }
        }
    }
    return out;
}

/// "file:line: text" for every system-specific header, call or path in `text`.
QStringList findings(const QString& file, const QString& text)
{
    QStringList found;
    const QStringList code = withoutComments(text, true).split(QLatin1Char('\n'));
    const QStringList withStrings = withoutComments(text, false).split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < code.size(); ++n) {
        if (systemHeader().match(code.at(n)).hasMatch() || systemCall().match(code.at(n)).hasMatch() ||
            systemPath().match(withStrings.at(n)).hasMatch()) {
            found.append(QStringLiteral("%1:%2: %3").arg(file).arg(n + 1).arg(withStrings.at(n).trimmed()));
        }
    }
    return found;
}

QString read(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST_CASE("The portability check recognises POSIX and Windows calls, and not Qt's or comments", "[portability]")
{
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("#include <unistd.h>")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("#include <sys/stat.h>")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("#include <windows.h>")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("void* h = dlopen(name, RTLD_NOW);")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("  ::kill(pid, SIGKILL);")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("if (getuid() == 0) {")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("chmod (path, 0600);")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("readText(QStringLiteral(\"/proc/meminfo\"))")).size() == 1);
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("HMODULE m = LoadLibraryExW(name, 0, 0);")).size() == 1);

    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("QThread::usleep(200);")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("process.kill();")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("m_process->kill();")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("std::signal(SIGINT, onInterrupt);")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("// loaded with dlopen() (see Platform.cpp)")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("/* fork() is POSIX */ int x = 1;")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("QDir(QStringLiteral(\"/\"))")).isEmpty());
    CHECK(findings(QStringLiteral("a.cpp"), QStringLiteral("const QString s = \"see fork(\";")).isEmpty());
}

TEST_CASE("No POSIX- or Windows-only header, call or path in src/ outside util/Platform.cpp", "[portability]")
{
    const QString root = QStringLiteral(NTM_SOURCE_DIR);
    QStringList found;
    int files = 0;
    QDirIterator it(root + QStringLiteral("/src"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        ++files;
        if (relative != kPlatformFile) {
            found += findings(relative, read(path));
        }
    }
    CHECK(files > 300);
    INFO(found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
    // The platform file is where they are: if it had none, the check above would prove nothing about the patterns.
    CHECK(findings(kPlatformFile, read(root + QLatin1Char('/') + kPlatformFile)).size() >= 10);
}
