// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Migrator.h"

#include "db/Sql.h"
#include "db/SqlScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ntm::core {

namespace {
QList<Migrator::Migration> list(const QString& folder)
{
    QList<Migrator::Migration> out;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
    for (const QString& f : files) {
        const auto m = name.match(f);
        if (m.hasMatch()) {
            out.append({m.captured(1).toInt(), m.captured(2), folder + QLatin1Char('/') + f});
        }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return out;
}
} // namespace

QList<Migrator::Migration> Migrator::migrations(Dialect dialect)
{
    static const QList<Migration> sqlite = list(QStringLiteral(":/sql"));
    static const QList<Migration> postgres = list(QStringLiteral(":/sql/pg"));
    return dialect == Dialect::Sqlite ? sqlite : postgres;
}

int Migrator::latestVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Result<QString> Migrator::script(const Migration& migration)
{
    QFile file(migration.resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QString(),
                     tr("Migration %1 (%2) is missing from the program").arg(migration.version).arg(migration.name)};
    }
    return QString::fromUtf8(file.readAll());
}

Status Migrator::migrate(QSqlDatabase& db, int from, int to)
{
    for (const Migration& m : migrations()) {
        if (m.version <= from || m.version > to) {
            continue;
        }
        const auto text = script(m);
        if (!text) {
            return text.error();
        }
        for (const QString& statement : splitSqlScript(text.value())) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                return Error{QString(), tr("Migration %1 (%2) failed: %3 in \"%4\"")
                                            .arg(m.version)
                                            .arg(m.name, q.lastError().text(), statement.left(80))};
            }
        }
        QSqlQuery q(db);
        // sql-safe: PRAGMA takes no bound parameters; the version is an integer of ours, not user input.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            return Error{QString(), tr("Could not record schema version %1").arg(m.version)};
        }
    }
    return {};
}

} // namespace ntm::core
