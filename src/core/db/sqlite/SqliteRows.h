// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/RowSource.h"

#include <QCoreApplication>

struct sqlite3;
struct sqlite3_stmt;

namespace ntm::core {

/// RowSource on SQLite: the statement prepared on the connection's own handle, values read as SQLite gives them.
class SqliteRows final : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::SqliteRows)

public:
    SqliteRows(sqlite3* handle, const QString& statement);
    ~SqliteRows() override;
    SqliteRows(const SqliteRows&) = delete;
    SqliteRows& operator=(const SqliteRows&) = delete;

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
    Error failure(const QString& what) const;

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_bound = 0;
    int m_last = 0; ///< Last sqlite3_step result.
    QString m_prepareError;
};

} // namespace ntm::core
