// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ProgramInfo.h"

#include "criteria/CriteriaSetLoader.h"
#include "db/Migrator.h"
#include "db/sqlite/SqliteBackend.h"
#include "util/ProgramVersion.h"

#include <QFileInfo>

#include <algorithm>

namespace ntm::core {

ProgramInfo ProgramInfo::collect()
{
    ProgramInfo info;
    info.version = ProgramVersion::text();
    info.schemaVersion = Migrator::latestVersion();
    info.qtVersion = QString::fromLatin1(qVersion());
    info.sqliteVersion = SqliteBackend::libraryVersion();
    for (const QString& file : CriteriaSetLoader::shippedFiles()) {
        const auto set = CriteriaSetLoader::loadFile(file);
        if (set) {
            const CriteriaSet& s = set.value();
            info.criteriaSets.append({s.displayCode(), s.name, s.decision, s.validFrom});
        } else {
            // Tests keep every shipped set loadable; should one fail, About still names the file.
            info.criteriaSets.append({QFileInfo(file).completeBaseName(), set.error().message, QString(), QDate()});
        }
    }
    // As people read them: the national sets in the order they came into force, then the provincial variants.
    std::stable_sort(info.criteriaSets.begin(), info.criteriaSets.end(),
                     [](const ShippedCriteriaSet& a, const ShippedCriteriaSet& b) {
                         if (a.validFrom.isValid() != b.validFrom.isValid()) {
                             return a.validFrom.isValid();
                         }
                         return a.validFrom < b.validFrom;
                     });
    return info;
}

} // namespace ntm::core
