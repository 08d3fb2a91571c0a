// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/KindTable.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "package/RecordCodec.h"

#include <QSqlQuery>

namespace ntm::core {

namespace {
QString parentOrder(const KindSpec& spec, const QString& prefix)
{
    return prefix + QLatin1String(spec.exportOrder) +
           (QLatin1String(spec.exportOrder) == QLatin1String("id")
                ? QString()
                : QStringLiteral(", ") + prefix + QStringLiteral("id"));
}

QVariantList rowOf(const QSqlQuery& q, const QList<FieldSpec>& fields, int offset)
{
    QVariantList values;
    values.reserve(fields.size());
    for (int i = 0; i < fields.size(); ++i) {
        values.append(RecordCodec::fromDatabase(fields.at(i), q.value(offset + i)));
    }
    return values;
}
} // namespace

QString KindTable::columns(const QList<FieldSpec>& fields, const QString& prefix)
{
    QStringList names;
    for (const FieldSpec& f : fields) {
        names.append(prefix + QLatin1String(f.name));
    }
    return names.join(QStringLiteral(", "));
}

Result<bool> KindTable::forEach(Database& db, const KindSpec& spec, const RowFn& fn)
{
    const QString what = tr("Reading %1").arg(QLatin1String(spec.table));
    // sql-safe: table and column names from PackageSchema's fixed KindSpecs
    QSqlQuery rows = sql::prepare(db.sql(), QStringLiteral("SELECT ") + columns(spec.fields) +
                                                QStringLiteral(" FROM ") + QLatin1String(spec.table) +
                                                QStringLiteral(" ORDER BY ") + parentOrder(spec, QString()));
    if (Status s = sql::exec(rows, what); !s) {
        return s.error();
    }
    QSqlQuery children(db.sql());
    bool childRow = false;
    if (spec.child) {
        // Ordered like the records, so each record's rows are read in step with it (no lookups, no big map).
        const ChildSpec& c = *spec.child;
        // sql-safe: table and column names from PackageSchema's fixed KindSpecs
        children = sql::prepare(
            db.sql(), QStringLiteral("SELECT c.") + QLatin1String(c.parentColumn) + QStringLiteral(", ") +
                          columns(c.fields, QStringLiteral("c.")) + QStringLiteral(" FROM ") + QLatin1String(c.table) +
                          QStringLiteral(" c JOIN ") + QLatin1String(spec.table) + QStringLiteral(" p ON p.id = c.") +
                          QLatin1String(c.parentColumn) + QStringLiteral(" ORDER BY ") +
                          parentOrder(spec, QStringLiteral("p.")) + QStringLiteral(", ") + QLatin1String(c.orderBy));
        if (Status s = sql::exec(children, what); !s) {
            return s.error();
        }
        childRow = children.next();
    }
    while (rows.next()) {
        const QVariantList values = rowOf(rows, spec.fields, 0);
        QList<QVariantList> nested;
        const QString id = rows.value(0).toString();
        while (childRow && children.value(0).toString() == id) {
            nested.append(rowOf(children, spec.child->fields, 1));
            childRow = children.next();
        }
        if (!fn(values, nested)) {
            return false;
        }
    }
    return true;
}

Result<qint64> KindTable::count(Database& db, const KindSpec& spec)
{
    // sql-safe: a KindSpec's table name
    const auto v = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(spec.table));
    if (!v) {
        return v.error();
    }
    return v.value().toLongLong();
}

} // namespace ntm::core
