// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ntm::bench {

/// The best hand-written SQL we know for the questions the program answers, run by the sqlite3 shell: the
/// limit the program is measured against (issue 7). They hold for databases whose communes follow the national
/// sets (no provincial assignment, no crosswalk), as the generated national database does.
namespace shell {

/// Stats as of a date (national, or one province): one row per count met — count, communes, recognised.
QString statsSql(const QDate& asOf, const QString& provinceId = {});
/// The criteria board as of a date: every commune (xã) × criterion of the set in force, with names; summed up
/// by status so the output stays small.
QString boardSql(const QDate& asOf, const QString& provinceId = {});

struct ShellRun
{
    double queryMs = 0;    ///< "Run Time: real" of the shell's .timer.
    double queryCpuMs = 0; ///< Its user + sys.
    double processMs = 0;  ///< The whole process, start to exit.
    QStringList rows;      ///< Output lines without the timer's.
    QString error;
};

/// Runs `sql` with `sqlite3 -batch -readonly` on the database.
ShellRun run(const QString& database, const QString& sql);

} // namespace shell
} // namespace ntm::bench
