// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellQueries.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace ntm::bench::shell {

namespace {
// The values are dates and ids of the benchmark's own choosing (ISO dates, UUIDs), quoted for the shell's script.
QString quoted(const QString& v)
{
    QString s = v;
    return QLatin1Char('\'') + s.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

/// The latest status of one commune's criterion on or before the date: one step down assessment_latest.
QString latest(const QString& commune, const QString& number, const QString& d)
{
    // (SELECT family FROM s) is not correlated: SQLite evaluates it once and seeks the index with a constant.
    return QStringLiteral("(SELECT a.status FROM assessment a WHERE a.commune_id = %1 AND a.family = (SELECT family "
                          "FROM s) AND a.criterion_number = %2 AND a.assessed_on <= %3 ORDER BY a.assessed_on DESC, "
                          "a.seq DESC LIMIT 1)")
        .arg(commune, number, d);
}

/// Common part: the set in force, its criteria numbers and the communes (xã) existing on the date.
QString common(const QString& d, const QString& provinceId)
{
    QString province;
    if (!provinceId.isEmpty()) {
        province = QStringLiteral(" AND c.province_id = ") + quoted(provinceId);
    }
    return QStringLiteral(
               "WITH s AS MATERIALIZED (SELECT id, family FROM criteria_set WHERE scope = 'national' AND valid_from "
               "<= %1 ORDER BY valid_from DESC, version DESC LIMIT 1), "
               "k AS MATERIALIZED (SELECT c.number FROM criterion c WHERE c.set_id = (SELECT id FROM s)), "
               "x AS MATERIALIZED (SELECT p.commune_id AS id, p.name, p.district_id FROM commune_period p JOIN commune "
               "c ON "
               "c.id = p.commune_id WHERE p.kind = 'xa' AND (p.valid_from IS NULL OR p.valid_from <= %1) AND "
               "(p.valid_to IS NULL OR p.valid_to >= %1)%2) ")
        .arg(d, province);
}
} // namespace

QString statsSql(const QDate& asOf, const QString& provinceId)
{
    const QString d = quoted(asOf.toString(Qt::ISODate));
    return common(d, provinceId) +
           QStringLiteral(
               "SELECT met, count(*), sum(rec) FROM (SELECT x.id, (SELECT count(*) FROM k WHERE %2 = 'met') "
               "AS met, EXISTS (SELECT 1 FROM recognition r WHERE r.commune_id = x.id AND r.tier = 'ntm' AND "
               "r.decided_on <= %1 AND (r.ended_on IS NULL OR r.ended_on > %1)) AS rec FROM x) "
               "GROUP BY met ORDER BY met;")
               .arg(d, latest(QStringLiteral("x.id"), QStringLiteral("k.number"), d));
}

QString boardSql(const QDate& asOf, const QString& provinceId)
{
    const QString d = quoted(asOf.toString(Qt::ISODate));
    return common(d, provinceId) +
           QStringLiteral("SELECT COALESCE(status, 'not_assessed'), count(*), count(DISTINCT name), "
                          "count(DISTINCT district) FROM (SELECT x.id, x.name, dd.name AS district, k.number, %1 AS "
                          "status FROM x CROSS JOIN k LEFT JOIN district dd ON dd.id = x.district_id) "
                          "GROUP BY 1 ORDER BY 1;")
               .arg(latest(QStringLiteral("x.id"), QStringLiteral("k.number"), d));
}

ShellRun run(const QString& database, const QString& sql)
{
    ShellRun out;
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), QStringLiteral("-readonly"), database});
    if (!p.waitForStarted()) {
        out.error = QStringLiteral("sqlite3 could not be started (install the sqlite3 package)");
        return out;
    }
    p.write((QStringLiteral(".timer on\n") + sql + QLatin1Char('\n')).toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    out.processMs = timer.nsecsElapsed() / 1e6;
    static const QRegularExpression timerLine(QStringLiteral("^Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const auto m = timerLine.match(line);
        if (m.hasMatch()) {
            out.queryMs += m.captured(1).toDouble() * 1000.0;
            out.queryCpuMs += (m.captured(2).toDouble() + m.captured(3).toDouble()) * 1000.0;
        } else if (!line.isEmpty()) {
            out.rows.append(line);
        }
    }
    out.error = QString::fromUtf8(p.readAllStandardError()).trimmed();
    return out;
}

} // namespace ntm::bench::shell
