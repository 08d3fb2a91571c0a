// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/RowReader.h"

#include "db/Backend.h"
#include "db/Database.h"
#include "db/RowSource.h"

namespace ntm::core {

namespace {
int digits(const char* p, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            return -1;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}
} // namespace

QDate isoDate(const char* p, qsizetype size)
{
    if (!p || size != 10 || p[4] != '-' || p[7] != '-') {
        return {};
    }
    const int y = digits(p, 4);
    const int m = digits(p + 5, 2);
    const int d = digits(p + 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

RowReader::RowReader(Database& db, const QString& statement) : m_source(db.backend().rows(statement))
{
}

RowReader::~RowReader() = default;

void RowReader::bind(const QVariant& value)
{
    m_source->bind(value);
}

Status RowReader::exec(const QString& what)
{
    return m_source->exec(what);
}

bool RowReader::next()
{
    return m_source->next();
}

Status RowReader::finished(const QString& what) const
{
    return m_source->finished(what);
}

QString RowReader::text(int column) const
{
    return m_source->text(column);
}

std::string_view RowReader::utf8(int column) const
{
    return m_source->utf8(column);
}

qint64 RowReader::integer(int column) const
{
    return m_source->integer(column);
}

double RowReader::real(int column) const
{
    return m_source->real(column);
}

bool RowReader::isNull(int column) const
{
    return m_source->isNull(column);
}

QDate RowReader::date(int column) const
{
    return m_source->date(column);
}

int RowReader::columnCount() const
{
    return m_source->columnCount();
}

} // namespace ntm::core
