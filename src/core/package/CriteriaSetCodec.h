// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "package/PlaceErrors.h"

#include <QByteArray>
#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <optional>

namespace ntm::core {

/// A criteria set's full definition in a package (the set, its commune groups, criteria, indicators and
/// per-group targets, all with their database ids), read and written.
class CriteriaSetCodec final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriteriaSetCodec)

public:
    static nlohmann::json toJson(const CriteriaSet& set);
    /// Reads and checks one set; nothing (with the problems in `errors`) when it is not right.
    static std::optional<CriteriaSet> fromJson(const nlohmann::json& j, const QString& place, PlaceErrors& errors);
    /// Hash of the whole definition (criteria in number order), equal for equal definitions wherever they
    /// were read from.
    static QByteArray definitionHash(const CriteriaSet& set);
};

} // namespace ntm::core
