// SPDX-License-Identifier: GPL-3.0-or-later
// Every value reaches SQLite as a bound parameter: this test fails when SQL text in src/core is put together by
// string concatenation (+, +=) or QString::arg. The safe cases — placeholder lists, table and column names from the
// program's own fixed tables, integers of ours in a PRAGMA (which takes no parameters) — are allowed only with a
// comment "sql-safe: <why>" on the statement or on the line before it (docs/security.md lists them).
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace {
/// One C++ statement (up to ';', '{' or '}'), with its string literals apart from its code.
struct Statement
{
    int firstLine = 0;
    int lastLine = 0;
    QString code; ///< the statement with every string literal replaced by ""
    QStringList literals;
};

struct Scan
{
    QList<Statement> statements;
    QSet<int> safeLines;     ///< lines with a "sql-safe:" comment
    QList<int> emptyReasons; ///< "sql-safe:" without a reason
};

Scan scan(const QString& text)
{
    Scan out;
    Statement current;
    QString comment;
    int line = 1;
    int commentLine = 0;
    enum class State
    {
        Code,
        LineComment,
        BlockComment,
        String,
        Char
    } state = State::Code;
    QString literal;
    auto endComment = [&] {
        static const QRegularExpression marker(QStringLiteral("sql-safe:(.*)"));
        const auto m = marker.match(comment);
        if (m.hasMatch()) {
            out.safeLines.insert(commentLine);
            if (m.captured(1).trimmed().isEmpty()) {
                out.emptyReasons.append(commentLine);
            }
        }
        comment.clear();
    };
    auto endStatement = [&] {
        if (!current.code.trimmed().isEmpty() || !current.literals.isEmpty()) {
            current.lastLine = line;
            out.statements.append(current);
        }
        current = Statement();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'/' && next == u'/') {
                state = State::LineComment;
                commentLine = line;
                ++i;
            } else if (c == u'/' && next == u'*') {
                state = State::BlockComment;
                commentLine = line;
                ++i;
            } else if (c == u'"') {
                state = State::String;
                literal.clear();
            } else if (c == u'\'') {
                state = State::Char;
            } else if (c == u';' || c == u'{' || c == u'}') {
                endStatement();
            } else {
                if (current.code.trimmed().isEmpty() && !c.isSpace()) {
                    current.firstLine = line;
                }
                current.code += c;
            }
            break;
        case State::LineComment:
            if (c == u'\n') {
                endComment();
                state = State::Code;
            } else {
                comment += c;
            }
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                endComment();
                state = State::Code;
                ++i;
            } else {
                comment += c;
            }
            break;
        case State::String:
            if (c == u'\\') {
                literal += c;
                literal += next;
                ++i;
            } else if (c == u'"') {
                if (current.code.trimmed().isEmpty()) {
                    current.firstLine = line;
                }
                current.code += QStringLiteral("\"\"");
                current.literals.append(literal);
                state = State::Code;
            } else {
                literal += c;
            }
            break;
        case State::Char:
            if (c == u'\\') {
                ++i;
            } else if (c == u'\'') {
                state = State::Code;
            }
            break;
        }
        if (c == u'\n') {
            ++line;
        }
    }
    endStatement();
    return out;
}

bool isSql(const Statement& s)
{
    static const QRegularExpression keyword(
        QStringLiteral("\\b(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM|PRAGMA|VACUUM|DROP|CREATE (TABLE|INDEX|"
                       "UNIQUE INDEX|TRIGGER)|ALTER TABLE|WHERE|ORDER BY|VALUES|LIMIT|SET \\w+ =)\\b"));
    for (const QString& l : s.literals) {
        if (keyword.match(l).hasMatch()) {
            return true;
        }
    }
    return false;
}

/// Whether the statement splices something into text: QString::arg, or a + / += with an operand that is not a
/// constant. Constants are string literals (also in QStringLiteral, QLatin1String, QLatin1Char, u"…") and named
/// constants kLikeThis (the program's own column lists).
bool composes(const Statement& s)
{
    if (s.code.contains(QStringLiteral(".arg("))) {
        return true;
    }
    static const QRegularExpression constantBefore(
        QStringLiteral("(\"\"\\s*\\)?|QLatin1Char\\(\\)|\\bk[A-Z]\\w*)\\s*$"));
    static const QRegularExpression constantAfter(
        QStringLiteral("^\\s*((QStringLiteral|QLatin1String|QLatin1Char|QString::fromLatin1)\\((\\s*\"\")*\\s*\\)|"
                       "u?\"\"|k[A-Z]\\w*\\b)"));
    static const QRegularExpression plus(QStringLiteral("(?<!\\+)\\+(=?)(?!\\+)"));
    for (auto it = plus.globalMatch(s.code); it.hasNext();) {
        const auto m = it.next();
        const bool append = !m.captured(1).isEmpty(); // x += constant: x itself was checked where it was built
        const bool left = append || constantBefore.match(s.code.left(m.capturedStart())).hasMatch();
        const bool right = constantAfter.match(s.code.mid(m.capturedEnd())).hasMatch();
        if (!left || !right) {
            return true;
        }
    }
    return false;
}

/// "file:line: statement" for every statement that builds SQL text without a sql-safe comment.
QStringList findings(const QString& name, const QString& text)
{
    const Scan found = scan(text);
    QStringList out;
    for (const Statement& s : found.statements) {
        if (!isSql(s) || !composes(s)) {
            continue;
        }
        bool marked = false;
        for (int l = s.firstLine - 1; l <= s.lastLine && !marked; ++l) {
            marked = found.safeLines.contains(l);
        }
        if (!marked) {
            out.append(QStringLiteral("%1:%2: %3").arg(name).arg(s.firstLine).arg(s.code.simplified().left(160)));
        }
    }
    for (const int l : found.emptyReasons) {
        out.append(QStringLiteral("%1:%2: sql-safe without a reason").arg(name).arg(l));
    }
    return out;
}
} // namespace

TEST_CASE("The SQL scanner finds values spliced into SQL and accepts marked safe cases", "[sql][security]")
{
    const QString spliced = QStringLiteral(
        "Status f(Database& db, const QString& name) {\n"
        "    return sql::run(db.sql(), QStringLiteral(\"DELETE FROM official WHERE full_name = '\") + name +\n"
        "                    QStringLiteral(\"'\"), {}, QString());\n"
        "}\n"
        "void g(QSqlQuery& q, int id) { q.exec(QStringLiteral(\"SELECT * FROM rotation WHERE id = %1\").arg(id)); }\n"
        "QString h(const QString& where) { return QStringLiteral(\"SELECT \") + kColumns + where; }\n");
    const QStringList bad = findings(QStringLiteral("bad.cpp"), spliced);
    REQUIRE(bad.size() == 3);
    CHECK(bad.at(2).startsWith(QStringLiteral("bad.cpp:6:")));
    CHECK(bad.at(0).startsWith(QStringLiteral("bad.cpp:2:")));
    CHECK(bad.at(1).startsWith(QStringLiteral("bad.cpp:5:")));

    const QString bound = QStringLiteral(
        "Status f(Database& db, const QString& name) {\n"
        "    return sql::run(db.sql(), QStringLiteral(\"DELETE FROM official WHERE full_name = ?\"), {name}, "
        "tr(\"x\"));\n"
        "}\n"
        "// sql-safe: the number of placeholders is ours\n"
        "const QString marks = QStringLiteral(\"VALUES (\") + placeholders(n) + QStringLiteral(\")\");\n"
        "QString message = tr(\"Saving \") + name; // prose, not SQL\n"
        "const QString all = QStringLiteral(\"SELECT \") + kColumns + QStringLiteral(\" FROM official\");\n"
        "statement += QStringLiteral(\" ORDER BY name\");\n");
    CHECK(findings(QStringLiteral("good.cpp"), bound).isEmpty());
    CHECK(findings(QStringLiteral("empty.cpp"), QStringLiteral("// sql-safe:\nint x = 1;\n")).size() == 1);
}

TEST_CASE("SQL text in src/core is never built by concatenation with values", "[sql][security]")
{
    const QString root = QStringLiteral(NTM_SOURCE_DIR "/src/core");
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList all;
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        all += findings(path.mid(root.size() + 1), QString::fromUtf8(f.readAll()));
        ++files;
    }
    CHECK(files > 100);
    INFO("SQL built from pieces without a \"sql-safe: <why>\" comment (bind the values, or say why it is safe):\n"
         << all.join(u'\n').toStdString());
    CHECK(all.isEmpty());
}

TEST_CASE("Only src/core/db knows which database driver is underneath", "[sql][server]")
{
    // Stores, services, the GUI and the CLI ask the Backend (docs/server.md, "Two backends, one core"); a check of
    // the driver elsewhere is a rule that now lives in two places.
    static const QRegularExpression driverCheck(
        QStringLiteral("driverName\\s*\\(|dbmsType\\s*\\(|\"QSQLITE\"|\"QPSQL\"|sqlite3_|\\bPQ[a-z]+\\s*\\(|"
                       "<sqlite3\\.h>|<libpq-fe\\.h>"));
    const QString root = QStringLiteral(NTM_SOURCE_DIR "/src");
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    QStringList found;
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        ++files;
        if (relative.startsWith(QLatin1String("core/db/"))) {
            continue;
        }
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (driverCheck.match(lines.at(i)).hasMatch()) {
                found.append(QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(lines.at(i).trimmed()));
            }
        }
    }
    CHECK(files > 200);
    INFO("driver-specific code outside src/core/db:\n" << found.join(u'\n').toStdString());
    CHECK(found.isEmpty());
}
