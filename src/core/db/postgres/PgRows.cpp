// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/postgres/PgRows.h"

#include <QtEndian>

#include <libpq-fe.h>

#include <charconv>
#include <cstring>

namespace ntm::core {

namespace {
// Type OIDs of PostgreSQL's catalogue (pg_type.h is a server header).
constexpr unsigned kBool = 16, kBytea = 17, kChar = 18, kName = 19, kInt8 = 20, kInt2 = 21, kInt4 = 23, kText = 25,
                   kOid = 26, kJson = 114, kFloat4 = 700, kFloat8 = 701, kUnknown = 705, kBpchar = 1042,
                   kVarchar = 1043, kDate = 1082, kNumeric = 1700, kJsonb = 3802;

template <typename T> T readBig(const char* p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return qFromBigEndian(v);
}

/// numeric in binary: ndigits, weight, sign, dscale, then base-10000 digits.
QString numericText(const char* p, int length)
{
    if (length < 8) {
        return {};
    }
    const int ndigits = readBig<qint16>(p);
    const int weight = readBig<qint16>(p + 2);
    const quint16 sign = readBig<quint16>(p + 4);
    const int dscale = readBig<qint16>(p + 6);
    if (sign == 0xC000) {
        return QStringLiteral("NaN");
    }
    if (length < 8 + 2 * ndigits) {
        return {};
    }
    auto digit = [&](int i) { return i >= 0 && i < ndigits ? int(readBig<qint16>(p + 8 + 2 * i)) : 0; };
    QString out = sign == 0x4000 ? QStringLiteral("-") : QString();
    if (weight < 0) {
        out += QLatin1Char('0');
    }
    for (int i = 0; i <= weight; ++i) {
        const QString d = QString::number(digit(i));
        out += i == 0 ? d : d.rightJustified(4, QLatin1Char('0'));
    }
    if (dscale > 0) {
        QString fraction;
        for (int i = weight + 1; fraction.size() < dscale; ++i) {
            fraction += QString::number(digit(i)).rightJustified(4, QLatin1Char('0'));
        }
        out += QLatin1Char('.') + fraction.left(dscale);
    }
    return out;
}
} // namespace

namespace pgbinary {
bool isText(unsigned oid)
{
    return oid == kText || oid == kVarchar || oid == kBpchar || oid == kName || oid == kUnknown || oid == kChar ||
           oid == kJson;
}

qint64 integer(unsigned oid, const char* data, int length)
{
    switch (oid) {
    case kInt2:
        return length == 2 ? readBig<qint16>(data) : 0;
    case kInt4:
    case kOid:
        return length == 4 ? (oid == kOid ? qint64(readBig<quint32>(data)) : readBig<qint32>(data)) : 0;
    case kInt8:
        return length == 8 ? readBig<qint64>(data) : 0;
    case kBool:
        return length == 1 && data[0] != 0 ? 1 : 0;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return static_cast<qint64>(real(oid, data, length));
    default: {
        qint64 v = 0;
        std::from_chars(data, data + length, v);
        return v;
    }
    }
}

double real(unsigned oid, const char* data, int length)
{
    switch (oid) {
    case kFloat8:
        return length == 8 ? qFromBigEndian<double>(data) : 0.0;
    case kFloat4:
        return length == 4 ? qFromBigEndian<float>(data) : 0.0;
    case kNumeric:
        return numericText(data, length).toDouble();
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kBool:
        return static_cast<double>(integer(oid, data, length));
    default:
        return QString::fromUtf8(data, length).toDouble();
    }
}

QString text(unsigned oid, const char* data, int length)
{
    if (isText(oid) || oid == kBytea) {
        return QString::fromUtf8(data, length);
    }
    switch (oid) {
    case kJsonb:
        return length > 0 ? QString::fromUtf8(data + 1, length - 1) : QString(); // a version byte first
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
    case kBool:
        return QString::number(integer(oid, data, length));
    case kFloat4:
    case kFloat8:
        return QString::number(real(oid, data, length), 'g', 17);
    case kNumeric:
        return numericText(data, length);
    case kDate:
        return length == 4 ? QDate(2000, 1, 1).addDays(readBig<qint32>(data)).toString(Qt::ISODate) : QString();
    default:
        return QString::fromUtf8(data, length);
    }
}
} // namespace pgbinary

QByteArray PgRows::numbered(const QString& statement, int* count)
{
    QString out;
    out.reserve(statement.size() + 16);
    QChar quote;
    int n = 0;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            out += c;
            if (c == quote) {
                quote = QChar();
            }
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            out += c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
        } else {
            out += c;
        }
    }
    if (count) {
        *count = n;
    }
    return out.toUtf8();
}

PgRows::PgRows(pg_conn* connection, const QString& statement)
    : m_connection(connection), m_statement(numbered(statement))
{
}

PgRows::~PgRows()
{
    PQclear(m_result);
}

void PgRows::bind(const QVariant& value)
{
    m_nulls.push_back(value.isNull());
    switch (value.typeId()) {
    case QMetaType::Bool:
        m_values.emplace_back(value.toBool() ? "1" : "0");
        break;
    case QMetaType::Double:
        m_values.emplace_back(QByteArray::number(value.toDouble(), 'g', 17).toStdString());
        break;
    default:
        m_values.emplace_back(value.toString().toUtf8().toStdString());
    }
}

Status PgRows::exec(const QString& what)
{
    if (!m_connection) {
        return Error{QString(), what + QStringLiteral(": ") + tr("the database is not open")};
    }
    std::vector<const char*> values(m_values.size());
    for (size_t i = 0; i < m_values.size(); ++i) {
        values[i] = m_nulls[i] ? nullptr : m_values[i].c_str();
    }
    PQclear(m_result);
    m_result = PQexecParams(m_connection, m_statement.constData(), static_cast<int>(values.size()), nullptr,
                            values.data(), nullptr, nullptr, 1);
    const ExecStatusType status = PQresultStatus(m_result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const char* primary = PQresultErrorField(m_result, PG_DIAG_MESSAGE_PRIMARY);
        const QString reason = QString::fromUtf8(primary ? primary : PQerrorMessage(m_connection)).trimmed();
        PQclear(m_result);
        m_result = nullptr;
        return Error{QString(), what + QStringLiteral(": ") + reason};
    }
    m_rows = PQntuples(m_result);
    m_row = -1;
    return {};
}

bool PgRows::next()
{
    return m_result && ++m_row < m_rows;
}

Status PgRows::finished(const QString&) const
{
    return {}; // every row arrived with exec(), or exec() reported the error
}

const char* PgRows::raw(int column, int* length) const
{
    *length = PQgetlength(m_result, m_row, column);
    return PQgetvalue(m_result, m_row, column);
}

unsigned PgRows::type(int column) const
{
    return PQftype(m_result, column);
}

QString PgRows::text(int column) const
{
    if (isNull(column)) {
        return {};
    }
    int length = 0;
    const char* p = raw(column, &length);
    return pgbinary::text(type(column), p, length);
}

std::string_view PgRows::utf8(int column) const
{
    if (isNull(column)) {
        return {};
    }
    int length = 0;
    const char* p = raw(column, &length);
    if (pgbinary::isText(type(column))) {
        return {p, static_cast<size_t>(length)};
    }
    m_scratch = pgbinary::text(type(column), p, length).toStdString();
    return m_scratch;
}

qint64 PgRows::integer(int column) const
{
    if (isNull(column)) {
        return 0;
    }
    int length = 0;
    const char* p = raw(column, &length);
    return pgbinary::integer(type(column), p, length);
}

double PgRows::real(int column) const
{
    if (isNull(column)) {
        return 0.0;
    }
    int length = 0;
    const char* p = raw(column, &length);
    return pgbinary::real(type(column), p, length);
}

bool PgRows::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= m_rows || PQgetisnull(m_result, m_row, column);
}

QDate PgRows::date(int column) const
{
    if (isNull(column)) {
        return {};
    }
    int length = 0;
    const char* p = raw(column, &length);
    if (type(column) == kDate) {
        return length == 4 ? QDate(2000, 1, 1).addDays(readBig<qint32>(p)) : QDate();
    }
    return isoDate(p, length);
}

int PgRows::columnCount() const
{
    return m_result ? PQnfields(m_result) : 0;
}

} // namespace ntm::core
