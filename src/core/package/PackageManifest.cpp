// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageManifest.h"

#include "package/PackageSchema.h"

#include <QRegularExpression>

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
using json = nlohmann::json;

Error problem(const QString& place, const QString& message)
{
    return Error{place, place + QStringLiteral(": ") + message};
}

/// A required text member of `o`; `*ok` false (and the error set) when missing or not text.
QString textOf(const json& o, const char* key, const QString& place, std::optional<Error>* error)
{
    const QString where = place + QLatin1Char('.') + QLatin1String(key);
    if (error->has_value()) {
        return {};
    }
    const auto it = o.find(key);
    if (it == o.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
        *error = problem(where, PackageManifest::tr("is missing or not text"));
        return {};
    }
    return QString::fromStdString(it->get<std::string>());
}

void readScope(const json& m, PackageManifest& out, std::optional<Error>* error)
{
    const auto scope = m.find("scope");
    if (scope == m.end() || !scope->is_object()) {
        *error = problem(QStringLiteral("manifest.scope"), PackageManifest::tr("is missing or not an object"));
        return;
    }
    out.scopeKind = textOf(*scope, "kind", QStringLiteral("manifest.scope"), error);
    static const QStringList kinds{QStringLiteral("database"), QStringLiteral("district"), QStringLiteral("commune")};
    if (!error->has_value() && !kinds.contains(out.scopeKind)) {
        *error = problem(QStringLiteral("manifest.scope.kind"),
                         PackageManifest::tr("\"%1\" is not one of database, district, commune").arg(out.scopeKind));
        return;
    }
    if (scope->contains("name") && scope->at("name").is_string()) {
        out.scopeName = QString::fromStdString(scope->at("name").get<std::string>());
    }
    if (out.scopeKind != QLatin1String("database")) {
        out.scopeId = textOf(*scope, "id", QStringLiteral("manifest.scope"), error);
    }
}

void readCounts(const json& m, PackageManifest& out, std::optional<Error>* error)
{
    const auto counts = m.find("counts");
    if (counts == m.end() || !counts->is_object()) {
        *error = problem(QStringLiteral("manifest.counts"), PackageManifest::tr("is missing or not an object"));
        return;
    }
    for (auto it = counts->begin(); it != counts->end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        const QString where = QStringLiteral("manifest.counts.") + key;
        if (!PackageSchema::kindOf(key)) {
            *error = problem(where, PackageManifest::tr("is not a record kind of this format"));
            return;
        }
        if (!it->is_number_unsigned()) {
            *error = problem(where, PackageManifest::tr("must be a whole number of 0 or more"));
            return;
        }
        out.counts.insert(key, static_cast<qint64>(std::min<std::uint64_t>(it->get<std::uint64_t>(), 1ULL << 62)));
    }
}
} // namespace

json PackageManifest::toJson() const
{
    json counted = json::object();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        counted[it.key().toStdString()] = it.value();
    }
    json scope = {{"kind", scopeKind.toStdString()}, {"name", scopeName.toStdString()}};
    scope["id"] = scopeId.isEmpty() ? json(nullptr) : json(scopeId.toStdString());
    json producer = {{"program", producerProgram.toStdString()}, {"version", producerVersion.toStdString()}};
    if (producerSchemaVersion > 0) {
        producer["schema_version"] = producerSchemaVersion;
    }
    return {{"format", format.toStdString()},
            {"format_version", formatVersion},
            {"producer", producer},
            {"created_at", createdAt.toStdString()},
            {"scope", scope},
            {"counts", counted},
            {"sha256", sha256.toStdString()}};
}

Result<PackageManifest> PackageManifest::fromJson(const json& m)
{
    if (!m.is_object()) {
        return problem(QStringLiteral("manifest"), tr("must be an object"));
    }
    PackageManifest out;
    const auto format = m.find("format");
    if (format == m.end() || !format->is_string() || format->get<std::string>() != PackageSchema::kFormat) {
        return Error{QStringLiteral("manifest.format"),
                     tr("This file is not an NTM Tracker exchange package (its manifest.format is not \"%1\").")
                         .arg(QLatin1String(PackageSchema::kFormat))};
    }
    out.format = QLatin1String(PackageSchema::kFormat);
    const auto version = m.find("format_version");
    if (version == m.end() || !version->is_number_unsigned() || version->get<std::uint64_t>() < 1) {
        return problem(QStringLiteral("manifest.format_version"), tr("must be a whole number of 1 or more"));
    }
    if (version->get<std::uint64_t>() > static_cast<std::uint64_t>(PackageSchema::kFormatVersion)) {
        return Error{QStringLiteral("manifest.format_version"),
                     tr("This package was made in exchange format version %1 by a newer NTM Tracker; this program "
                        "reads up to version %2. Update the program to import it.")
                         .arg(QString::number(version->get<std::uint64_t>()))
                         .arg(PackageSchema::kFormatVersion)};
    }
    out.formatVersion = static_cast<int>(version->get<std::uint64_t>());
    std::optional<Error> error;
    const auto producer = m.find("producer");
    if (producer == m.end() || !producer->is_object()) {
        return problem(QStringLiteral("manifest.producer"), tr("is missing or not an object"));
    }
    out.producerProgram = textOf(*producer, "program", QStringLiteral("manifest.producer"), &error);
    out.producerVersion = textOf(*producer, "version", QStringLiteral("manifest.producer"), &error);
    if (const auto schema = producer->find("schema_version"); !error && schema != producer->end()) {
        // Signed or unsigned in nlohmann's terms (a parsed "6" is unsigned, a 6 set in code is signed).
        if (!schema->is_number_integer() || schema->get<std::int64_t>() < 1 || schema->get<std::int64_t>() > 1000000) {
            error =
                problem(QStringLiteral("manifest.producer.schema_version"), tr("must be a whole number of 1 or more"));
        } else {
            out.producerSchemaVersion = static_cast<int>(schema->get<std::int64_t>());
        }
    }
    out.createdAt = textOf(m, "created_at", QStringLiteral("manifest"), &error);
    if (!error) {
        out.created = QDateTime::fromString(out.createdAt, Qt::ISODateWithMs);
        if (!out.created.isValid()) {
            error = problem(QStringLiteral("manifest.created_at"),
                            tr("\"%1\" is not a date and time (use e.g. 2026-11-29T08:30:00Z)").arg(out.createdAt));
        }
    }
    if (!error) {
        readScope(m, out, &error);
    }
    if (!error) {
        readCounts(m, out, &error);
    }
    out.sha256 = textOf(m, "sha256", QStringLiteral("manifest"), &error);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!error && !hex.match(out.sha256).hasMatch()) {
        error = problem(QStringLiteral("manifest.sha256"), tr("must be 64 lower-case hexadecimal digits"));
    }
    if (error) {
        return *error;
    }
    return out;
}

} // namespace ntm::core
