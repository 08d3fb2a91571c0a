// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RowSource.h"

#include <QCoreApplication>

#include <string>
#include <vector>

struct pg_conn;

namespace ntm::core {

/// A whole table streamed from a server with COPY (SELECT ...) TO STDOUT, one row per next(), values parsed from
/// COPY's text format: the fastest way to read every row, with nothing held but the current row. While it runs the
/// connection serves nothing else, so it is for copying a database (ntm-cli copy), not for views.
class PgCopyOut final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PgCopyOut)

public:
    PgCopyOut(pg_conn* connection, const QString& table, const QStringList& columns);
    ~PgCopyOut() override;
    PgCopyOut(const PgCopyOut&) = delete;
    PgCopyOut& operator=(const PgCopyOut&) = delete;

    void bind(const QVariant&) override {}
    Status exec(const QString& what) override;
    bool next() override;
    Status finished(const QString& what) const override;
    QString text(int column) const override;
    std::string_view utf8(int column) const override;
    qint64 integer(int column) const override;
    double real(int column) const override;
    bool isNull(int column) const override;
    QDate date(int column) const override;
    int columnCount() const override { return m_columns; }

private:
    void parse(const char* line, int length);

    pg_conn* m_connection;
    QByteArray m_statement;
    int m_columns = 0;
    bool m_active = false;
    QString m_error;
    std::vector<std::string> m_fields;
    std::vector<bool> m_nulls;
};

} // namespace ntm::core
