// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackageReader.h"

#include "package/PackageParser.h"
#include "util/JsonSyntax.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace ntm::core {

namespace {
Status checkCounts(const Package& package, const PackageManifest& manifest)
{
    for (const KindSpec& s : PackageSchema::kinds()) {
        const QString key = QString::fromLatin1(s.key);
        const qint64 announced = manifest.counts.value(key, 0);
        const qint64 held = package.count(s.kind);
        if (announced != held) {
            return Error{QStringLiteral("manifest.counts.") + key,
                         PackageReader::tr("manifest.counts.%1 says %2 but the package holds %3 %4; the file is "
                                           "incomplete or was edited by hand.")
                             .arg(key)
                             .arg(announced)
                             .arg(held)
                             .arg(PackageSchema::label(s.kind))};
        }
    }
    return {};
}

/// A package of an older format version holds only the kinds that version had (a reader of version N reads every
/// version up to N, and never guesses what a newer kind would mean in an older package).
Status checkKindsOfVersion(const Package& package, const PackageManifest& manifest)
{
    for (const KindSpec& s : PackageSchema::kinds()) {
        const QString key = QString::fromLatin1(s.key);
        if (s.sinceVersion > manifest.formatVersion && (package.count(s.kind) > 0 || manifest.counts.contains(key))) {
            return Error{key, PackageReader::tr("%1 is not part of an exchange package of format version %2 (it came "
                                                "with version %3); the file was edited by hand or is damaged.")
                                  .arg(key)
                                  .arg(manifest.formatVersion)
                                  .arg(s.sinceVersion)};
        }
    }
    return {};
}

qint64 announcedTotal(const nlohmann::json& manifest)
{
    qint64 total = 0;
    if (manifest.is_object() && manifest.contains("counts") && manifest.at("counts").is_object()) {
        for (const auto& n : manifest.at("counts")) {
            total += n.is_number_unsigned()
                         ? static_cast<qint64>(std::min<std::uint64_t>(n.get<std::uint64_t>(), 1U << 30))
                         : 0;
        }
    }
    return total;
}
} // namespace

std::pair<qint64, qint64> PackageReader::lineAndColumn(const char* data, qint64 size, qint64 byte)
{
    return JsonSyntax::lineAndColumn(data, size, byte);
}

Result<Package> PackageReader::readFile(const QString& path, const Progress& progress)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        return Error{QString(), tr("The package %1 does not exist.").arg(name)};
    }
    if (info.isDir()) {
        return Error{QString(), tr("%1 is a folder, not a package file.").arg(name)};
    }
    if (info.size() > kMaxFileBytes) {
        return Error{QString(), tr("%1 is %2; packages larger than %3 are refused. Export a smaller scope (one "
                                   "district or one commune) instead.")
                                    .arg(name, QLocale::c().formattedDataSize(info.size()),
                                         QLocale::c().formattedDataSize(kMaxFileBytes))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QString(), tr("%1 cannot be read: %2").arg(name, file.errorString())};
    }
    if (file.size() == 0) {
        return Error{QString(), tr("%1 is empty; it is not an exchange package.").arg(name)};
    }
    // Mapped rather than read: the page cache holds the text, not this process's heap.
    const uchar* mapped = file.map(0, file.size());
    if (mapped) {
        return read(reinterpret_cast<const char*>(mapped), file.size(), info.fileName(), progress);
    }
    const QByteArray bytes = file.readAll();
    return read(bytes.constData(), bytes.size(), info.fileName(), progress);
}

Result<Package> PackageReader::read(const char* data, qint64 size, const QString& source, const Progress& progress)
{
    Package package;
    PlaceErrors errors;
    PackageParser* self = nullptr;
    PackageParser parser(package, errors, [&](qint64 done) {
        if (!progress || done % 1000 != 0) {
            return true;
        }
        return progress(static_cast<int>(std::min<qint64>(done, INT_MAX)),
                        static_cast<int>(std::min<qint64>(announcedTotal(self->manifest()), INT_MAX)));
    });
    self = &parser;
    if (!parser.parse(data, data + size)) {
        if (parser.cancelled()) {
            return Error{QString(), tr("Reading the package was cancelled.")};
        }
        if (parser.tooDeep()) {
            return Error{QString(), tr("%1 nests values more than %2 levels deep; it is not an exchange package.")
                                        .arg(source)
                                        .arg(PackageParser::kMaxDepth)};
        }
        const auto [line, column] = lineAndColumn(data, size, static_cast<qint64>(parser.syntaxError()->byte));
        return Error{QString(), tr("%1 is not valid JSON: line %2, column %3: %4")
                                    .arg(source)
                                    .arg(line)
                                    .arg(column)
                                    .arg(parser.syntaxError()->reason)};
    }
    if (!parser.rootIsObject()) {
        return Error{QString(),
                     tr("%1 is not an NTM Tracker exchange package (it must hold one JSON object).").arg(source)};
    }
    if (parser.manifest().is_null()) {
        return Error{QStringLiteral("manifest"),
                     tr("%1 is not an NTM Tracker exchange package (it has no manifest).").arg(source)};
    }
    auto manifest = PackageManifest::fromJson(parser.manifest());
    if (!manifest) {
        return manifest.error();
    }
    if (manifest.value().sha256 != parser.contentSha256()) {
        return Error{QStringLiteral("manifest.sha256"),
                     tr("The content of %1 does not match its SHA-256 checksum: the file was changed or damaged after "
                        "it was exported. Ask for a new export.")
                         .arg(source)};
    }
    if (errors.any()) {
        return errors.first();
    }
    if (Status s = checkKindsOfVersion(package, manifest.value()); !s) {
        return s.error();
    }
    if (Status s = checkCounts(package, manifest.value()); !s) {
        return s.error();
    }
    package.manifest = std::move(manifest).value();
    if (progress) {
        const int total = static_cast<int>(std::min<qint64>(package.recordCount(), INT_MAX));
        progress(total, total);
    }
    return package;
}

} // namespace ntm::core
