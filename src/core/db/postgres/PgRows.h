// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RowSource.h"

#include <QByteArray>
#include <QCoreApplication>

#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ntm::core {

/// RowSource on PostgreSQL: the statement sent with libpq on the connection under Qt's driver (PQexecParams), its
/// `?` turned into `$n`, values sent as text and rows received in binary: integers, reals and texts are read from
/// libpq's buffer without a QVariant per value and without the driver's per-row copies.
class PgRows final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PgRows)

public:
    PgRows(pg_conn* connection, const QString& statement);
    ~PgRows() override;
    PgRows(const PgRows&) = delete;
    PgRows& operator=(const PgRows&) = delete;

    /// `?` placeholders as `$1`, `$2`, ... (outside quotes); `count` receives their number.
    static QByteArray numbered(const QString& statement, int* count = nullptr);

    void bind(const QVariant& value) override;
    Status exec(const QString& what) override;
    bool next() override;
    Status finished(const QString& what) const override;
    QString text(int column) const override;
    std::string_view utf8(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    bool isNull(int column) const override;
    QDate date(int column) const override;
    int columnCount() const override;

private:
    const char* raw(int column, int* length) const;
    unsigned type(int column) const;

    pg_conn* m_connection;
    pg_result* m_result = nullptr;
    QByteArray m_statement;
    std::vector<std::string> m_values;
    std::vector<bool> m_nulls;
    mutable std::string m_scratch;
    int m_row = -1;
    int m_rows = 0;
};

/// Decodes one value of libpq's binary format (integers, reals, numeric, booleans, dates; texts as they are).
namespace pgbinary {
bool isText(unsigned oid);
qint64 integer(unsigned oid, const char* data, int length);
double real(unsigned oid, const char* data, int length);
QString text(unsigned oid, const char* data, int length);
} // namespace pgbinary

} // namespace ntm::core
