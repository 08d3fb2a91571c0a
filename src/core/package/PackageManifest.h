// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace ntm::core {

/// The manifest of an exchange package: what it is, who made it, when, for which scope, how many records
/// of each kind it holds and the SHA-256 of its content (docs/exchange-format.md, "Manifest").
struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PackageManifest)

public:
    QString format;
    int formatVersion = 0;
    QString producerProgram;
    QString producerVersion;
    /// The schema version of the database the package was exported from (`producer.schema_version`, added in
    /// program version 0.2.0 without changing the format version: readers ignore members they do not know).
    /// 0 when the package does not say (packages of 0.1.0).
    int producerSchemaVersion = 0;
    QString createdAt; ///< As written (ISO 8601, UTC).
    QDateTime created; ///< Parsed createdAt.
    QString scopeKind; ///< database, district or commune
    QString scopeName;
    QString scopeId; ///< Empty for the whole database.
    QMap<QString, qint64> counts;
    QString sha256; ///< Lower-case hex.

    nlohmann::json toJson() const;
    /// Reads and checks a manifest. A newer format version is refused with a message saying so; every
    /// other problem names its place ("manifest.scope.kind").
    static Result<PackageManifest> fromJson(const nlohmann::json& j);
};

} // namespace ntm::core
