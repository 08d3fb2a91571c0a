// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/RecordCodec.h"

#include "domain/Vocabulary.h"
#include "util/Dates.h"

#include <QCryptographicHash>
#include <QDate>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace ntm::core {

namespace {
using json = nlohmann::json;

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool digits(const std::string& s, std::initializer_list<int> positions)
{
    for (int p : positions) {
        if (s[static_cast<size_t>(p)] < '0' || s[static_cast<size_t>(p)] > '9') {
            return false;
        }
    }
    return true;
}

bool isTimestamp(const std::string& s)
{
    if (s.size() < 16 || s.size() > 40 || !RecordCodec::isDate(s.substr(0, 10)) || s[10] != 'T' || s[13] != ':' ||
        !digits(s, {11, 12, 14, 15})) {
        return false;
    }
    return std::all_of(s.begin() + 16, s.end(), [](char c) { return std::strchr("0123456789:.+-Z", c) != nullptr; });
}

/// One shared copy of each reference and choice: a package of a million assessments names a few hundred
/// communes and criteria, so sharing saves most of their memory and the allocations.
QString shared(const std::string& s, bool lower)
{
    static thread_local std::unordered_map<std::string, QString> pool;
    if (const auto it = pool.find(s); it != pool.end()) {
        return it->second;
    }
    QString value = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    if (lower) {
        value = value.toLower();
    }
    if (pool.size() < 100000) {
        pool.emplace(s, value);
    }
    return value;
}

QString where(const QString& place, const char* name)
{
    return place + QLatin1Char('.') + QLatin1String(name);
}

/// An integer, boolean or number field.
std::optional<QVariant> readNumber(const FieldSpec& f, const json& v, const QString& place, PlaceErrors& errors)
{
    auto fail = [&](const QString& message) {
        errors.add(where(place, f.name), message);
        return std::nullopt;
    };
    switch (f.type) {
    case FieldType::Integer: {
        if (!v.is_number_integer()) {
            return fail(RecordCodec::tr("must be a whole number"));
        }
        const bool big = v.is_number_unsigned() && v.get<std::uint64_t>() > (1ULL << 40);
        const qint64 n = big ? (1LL << 40) : v.get<qint64>();
        if (f.min != f.max && (n < f.min || n > f.max)) {
            return fail(RecordCodec::tr("must be between %1 and %2").arg(f.min).arg(f.max));
        }
        return QVariant(n);
    }
    case FieldType::Boolean:
        if (!v.is_boolean()) {
            return fail(RecordCodec::tr("must be true or false"));
        }
        return QVariant(qint64(v.get<bool>() ? 1 : 0));
    case FieldType::Real:
        if (!v.is_number() || !std::isfinite(v.get<double>())) {
            return fail(RecordCodec::tr("must be a number"));
        }
        return QVariant(v.get<double>());
    default:
        break;
    }
    return std::nullopt;
}

/// Reads one present, non-null value; nothing (and an error) when it does not fit the field.
std::optional<QVariant> readValue(const FieldSpec& f, const json& v, const QString& place, PlaceErrors& errors)
{
    if (f.type == FieldType::Integer || f.type == FieldType::Boolean || f.type == FieldType::Real) {
        return readNumber(f, v, place, errors);
    }
    auto fail = [&](const QString& message) {
        errors.add(where(place, f.name), message);
        return std::nullopt;
    };
    if (!v.is_string()) {
        return fail(RecordCodec::tr("must be text"));
    }
    const std::string& s = v.get_ref<const std::string&>();
    switch (f.type) {
    case FieldType::Id:
    case FieldType::Ref:
        if (!RecordCodec::isUuid(s)) {
            return fail(RecordCodec::tr("\"%1\" is not an id (a UUID such as 6f1c2a55-43a9-4e5e-9d7b-0b7a3c1e2f11)")
                            .arg(fromUtf8(s.substr(0, 60))));
        }
        return QVariant(f.type == FieldType::Ref ? shared(s, true) : QString::fromLatin1(s.data(), 36).toLower());
    case FieldType::Date:
        if (!RecordCodec::isDate(s)) {
            return fail(RecordCodec::tr("\"%1\" is not a date between 1900-01-01 and 2100-12-31 (use YYYY-MM-DD)")
                            .arg(fromUtf8(s.substr(0, 60))));
        }
        return QVariant(shared(s, false));
    case FieldType::Timestamp:
        if (!isTimestamp(s)) {
            return fail(RecordCodec::tr("\"%1\" is not a date and time (use e.g. 2026-11-29T08:30:00.000Z)")
                            .arg(fromUtf8(s.substr(0, 60))));
        }
        return QVariant(QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())));
    case FieldType::Choice: {
        const QString text = shared(s, false);
        if (!f.choices.contains(text)) {
            return fail(
                RecordCodec::tr("\"%1\" is not one of %2").arg(text.left(60), f.choices.join(QStringLiteral(", "))));
        }
        return QVariant(text);
    }
    default:
        break;
    }
    const QString text = s.size() <= 48 ? shared(s, false) : fromUtf8(s);
    if (text.trimmed().isEmpty()) {
        if (f.required) {
            return fail(RecordCodec::tr("must not be empty"));
        }
        return QVariant();
    }
    return QVariant(text);
}

void addBytes(QByteArray& out, const FieldSpec& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        out += "~";
    } else if (f.type == FieldType::Integer || f.type == FieldType::Boolean) {
        out += QByteArray::number(v.toLongLong());
    } else if (f.type == FieldType::Real) {
        out += QByteArray::number(v.toDouble(), 'g', 17);
    } else {
        out += '"' + v.toString().toUtf8();
    }
    out += '\x1f';
}

json jsonValue(const FieldSpec& f, const QVariant& v)
{
    switch (f.type) {
    case FieldType::Integer:
        return v.toLongLong();
    case FieldType::Boolean:
        return v.toLongLong() != 0;
    case FieldType::Real:
        return v.toDouble();
    default:
        return v.toString().toStdString();
    }
}

json objectOf(const QList<FieldSpec>& fields, const QVariantList& values)
{
    json o = json::object();
    for (int i = 0; i < fields.size() && i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const FieldSpec& f = fields.at(i);
        if (!v.isValid() || v.isNull() || (f.fallback.isValid() && v == f.fallback)) {
            continue;
        }
        o[f.name] = jsonValue(f, v);
    }
    return o;
}
} // namespace

bool RecordCodec::isDate(const std::string& s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, {0, 1, 2, 3, 5, 6, 8, 9})) {
        return false;
    }
    auto number = [&s](size_t from, size_t n) {
        int v = 0;
        for (size_t i = from; i < from + n; ++i) {
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    const int y = number(0, 4);
    return y >= 1900 && y <= 2100 && QDate::isValid(y, number(5, 2), number(8, 2));
}

bool RecordCodec::isUuid(const std::string& s)
{
    if (s.size() != 36) {
        return false;
    }
    for (size_t i = 0; i < 36; ++i) {
        const char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') {
                return false;
            }
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

bool RecordCodec::readFields(const QList<FieldSpec>& specs, const json& o, const QString& place, QVariantList& out,
                             std::initializer_list<const char*> extraKeys, PlaceErrors& errors)
{
    if (!o.is_object()) {
        errors.add(place, tr("must be an object"));
        return false;
    }
    const int before = errors.total();
    size_t known = 0;
    out.reserve(specs.size());
    for (const FieldSpec& f : specs) {
        const auto it = o.find(f.name);
        if (it != o.end()) {
            ++known;
        }
        if (it == o.end() || it->is_null()) {
            if (f.required) {
                errors.add(where(place, f.name), tr("is missing"));
            }
            out.append(f.fallback);
            continue;
        }
        out.append(readValue(f, *it, place, errors).value_or(QVariant()));
    }
    for (const char* extra : extraKeys) {
        known += o.contains(extra) ? 1 : 0;
    }
    if (known != o.size()) {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const bool isField =
                std::any_of(specs.begin(), specs.end(), [&](const FieldSpec& f) { return it.key() == f.name; });
            const bool isExtra =
                std::any_of(extraKeys.begin(), extraKeys.end(), [&](const char* k) { return it.key() == k; });
            if (!isField && !isExtra) {
                errors.add(place + QLatin1Char('.') + fromUtf8(it.key()).left(60), tr("is not a field of this record"));
                break;
            }
        }
    }
    return errors.total() == before;
}

bool RecordCodec::readRecord(const KindSpec& spec, const json& o, const QString& place, PackageRecord& out,
                             PlaceErrors& errors)
{
    if (!spec.child) {
        return readFields(spec.fields, o, place, out.values, {}, errors);
    }
    const ChildSpec& child = *spec.child;
    bool ok = readFields(spec.fields, o, place, out.values, {child.key}, errors);
    const auto it = o.is_object() ? o.find(child.key) : o.end();
    if (!ok || it == o.end() || it->is_null()) {
        return ok;
    }
    const QString childPlace = where(place, child.key);
    if (!it->is_array()) {
        errors.add(childPlace, tr("must be a list"));
        return false;
    }
    int n = 0;
    for (const json& row : *it) {
        const QString rowPlace = childPlace + QLatin1Char('[') + QString::number(n++) + QLatin1Char(']');
        QVariantList values;
        if (child.idList) {
            const auto v = row.is_null() ? std::nullopt : readValue(child.fields.constFirst(), row, rowPlace, errors);
            if (!v) {
                if (row.is_null()) {
                    errors.add(rowPlace, tr("is missing"));
                }
                return false;
            }
            values.append(*v);
        } else if (!readFields(child.fields, row, rowPlace, values, {}, errors)) {
            return false;
        }
        out.children.append(values);
    }
    return true;
}

QVariant RecordCodec::fromDatabase(const FieldSpec& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return QVariant();
    }
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Boolean:
        return QVariant(v.toLongLong());
    case FieldType::Real:
        return QVariant(v.toDouble());
    case FieldType::Id:
    case FieldType::Ref:
        return QVariant(v.toString().toLower());
    case FieldType::Text:
        return v.toString().trimmed().isEmpty() ? QVariant() : QVariant(v.toString());
    default:
        return QVariant(v.toString());
    }
}

json RecordCodec::toJson(const KindSpec& spec, const QVariantList& values, const QList<QVariantList>& children)
{
    json o = objectOf(spec.fields, values);
    if (spec.child && !children.isEmpty()) {
        json rows = json::array();
        for (const QVariantList& row : children) {
            rows.push_back(spec.child->idList ? json(row.constFirst().toString().toStdString())
                                              : objectOf(spec.child->fields, row));
        }
        o[spec.child->key] = std::move(rows);
    }
    return o;
}

QByteArray RecordCodec::contentHash(const KindSpec& spec, const QVariantList& values,
                                    const QList<QVariantList>& children)
{
    QByteArray bytes;
    for (int i = 1; i < spec.fields.size() && i < values.size(); ++i) {
        if (!spec.fields.at(i).bookkeeping) {
            addBytes(bytes, spec.fields.at(i), values.at(i));
        }
    }
    if (spec.child) {
        QList<QByteArray> rows;
        for (const QVariantList& row : children) {
            QByteArray r;
            for (int i = 0; i < spec.child->fields.size() && i < row.size(); ++i) {
                if (spec.child->idList || std::strcmp(spec.child->fields.at(i).name, "id") != 0) {
                    addBytes(r, spec.child->fields.at(i), row.at(i));
                }
            }
            rows.append(r);
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray& r : rows) {
            bytes += '\x1e' + r;
        }
    }
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString RecordCodec::display(const FieldSpec& f, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        return tr("(empty)");
    }
    if (f.type == FieldType::Boolean) {
        return v.toLongLong() != 0 ? tr("yes") : tr("no");
    }
    if (f.type == FieldType::Date) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() ? dates::toDisplay(d) : v.toString();
    }
    if (f.type == FieldType::Choice) {
        return Vocabulary::labelOfKey(v.toString());
    }
    return v.toString();
}

} // namespace ntm::core
