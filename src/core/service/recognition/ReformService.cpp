// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/recognition/ReformService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/AuditedWrite.h"
#include "service/recognition/RecognitionLedger.h"
#include "store/ReformStore.h"
#include "store/UnitStore.h"

#include <QSet>

namespace ntm::core {

Result<QList<ReformRow>> ReformService::list()
{
    const auto reforms = ReformStore(m_db).all();
    if (!reforms) {
        return reforms.error();
    }
    const auto lineage = UnitStore(m_db).allCommuneLineage();
    if (!lineage) {
        return lineage.error();
    }
    const RecognitionLedger ledger = RecognitionLedger::build({}, {}, reforms.value(), {});
    QList<ReformRow> out;
    for (const Reform& r : reforms.value()) {
        QSet<QString> formed;
        for (const LineageLink& l : lineage.value()) {
            const Reform* of = ledger.reformOf(l);
            if (of && of->id == r.id) {
                formed.insert(l.successorId + l.effectiveOn.toString(Qt::ISODate));
            }
        }
        out.append({r, static_cast<int>(formed.size())});
    }
    return out;
}

Issues ReformService::check(const Reform& edited)
{
    Issues out;
    if (edited.ruleVerified && edited.ruleSource.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("rule_source"),
                              tr("A rule marked as checked needs its source: the number of the text that sets it.")));
    }
    if (!edited.ruleVerified && edited.note.trimmed().isEmpty()) {
        out.append(warningIssue(QStringLiteral("note"),
                                tr("Say in the note why the rule is not checked yet, so that others know.")));
    }
    return out;
}

Status ReformService::updateRule(const Reform& edited)
{
    if (Status s = AccessGuard(m_db).requireAdmin(RecordKind::Unit); !s) {
        return s;
    }
    const Issues issues = check(edited);
    for (const Issue& i : issues) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    return updateAudited(m_db, QStringLiteral("reform"), edited.id,
                         [&] { return ReformStore(m_db).updateRule(edited); });
}

} // namespace ntm::core
