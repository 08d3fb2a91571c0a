// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Criteria.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ntm::core {

/// Reads a criteria set from its JSON file (format "ntm-criteria-set/1", see docs/criteria-format.md)
/// and checks it: every problem is reported with the file and the place in it ("criteria[3].number").
class CriteriaSetLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::CriteriaSetLoader)

public:
    static constexpr const char* kFormat = "ntm-criteria-set/1";

    static Result<CriteriaSet> loadFile(const QString& path);
    /// The criteria sets shipped inside the program (resources/criteria, compiled in): their resource paths
    /// (":/criteria/qd491-2009.json"), in file-name order.
    static QStringList shippedFiles();
    /// `source` names the data in messages (a file name).
    static Result<CriteriaSet> parse(const QByteArray& json, const QString& source);
};

} // namespace ntm::core
