// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/RotationRules.h"
#include "store/AuditLog.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

#include <QSet>

namespace ntm::core {

Result<Issues> RotationService::check(const Rotation& r)
{
    RotationStore rotations(m_db);
    UnitStore units(m_db);
    OfficialStore officials(m_db);
    RotationContext c;
    c.today = QDate::currentDate();
    if (!r.officialId.isEmpty()) {
        const auto o = officials.get(r.officialId);
        if (!o) {
            return o.error();
        }
        c.officialExists = o.value().has_value();
        const auto same = rotations.ofOfficial(r.officialId);
        if (!same) {
            return same.error();
        }
        c.sameOfficial = same.value();
    }
    std::optional<Commune> commune;
    if (!r.communeId.isEmpty()) {
        const auto found = units.commune(r.communeId);
        if (!found) {
            return found.error();
        }
        commune = found.value();
        c.commune = commune ? &*commune : nullptr;
        const auto same = rotations.inCommune(r.communeId);
        if (!same) {
            return same.error();
        }
        c.sameCommune = same.value();
    }
    const auto sameDecision = rotations.withDecision(r.issuingBody, r.decisionNo);
    if (!sameDecision) {
        return sameDecision.error();
    }
    c.sameDecision = sameDecision.value();
    // Names only of the officials a message may mention (reading the whole register per check made a
    // spreadsheet import of 10,000 rows take minutes).
    QSet<QString> mentioned;
    for (const QList<Rotation>* list : {&c.sameDecision, &c.sameCommune}) {
        for (const Rotation& other : *list) {
            mentioned.insert(other.officialId);
        }
    }
    // In one statement: on a server each statement is a round trip.
    const auto names = officials.names(QStringList(mentioned.cbegin(), mentioned.cend()));
    if (!names) {
        return names.error();
    }
    c.officialNames = names.value();
    c.communeName = [&units](const QString& id, const QDate& date) {
        const auto found = units.commune(id);
        if (!found || !found.value()) {
            return id;
        }
        const CommunePeriod* p = found.value()->periodOn(date);
        return p ? Vocabulary::communeTitle(p->kind, p->name) : id;
    };
    Issues issues = RotationRules::check(r, c);
    if (Status s = allowed(r); !s) {
        issues.prepend(errorIssue(QStringLiteral("commune_id"), s.error().message));
    }
    return issues;
}

Status RotationService::allowed(const Rotation& r)
{
    AccessGuard guard(m_db);
    if (Status s = guard.requireKind(RecordKind::Rotation); !s) {
        return s;
    }
    const auto place = guard.rotationPlace(r.communeId, r.startDate, r.officialId);
    if (!place) {
        return place.error();
    }
    return guard.require(RecordKind::Rotation, place.value());
}

Status RotationService::guarded(const Rotation& r, Warnings warnings)
{
    const auto issues = check(r);
    if (!issues) {
        return issues.error();
    }
    for (const Issue& i : issues.value()) {
        if (i.isError() || warnings == Warnings::Refuse) {
            return Error{i.field, i.message};
        }
    }
    return {};
}

Result<QString> RotationService::create(Rotation r, Warnings warnings)
{
    if (r.id.isEmpty()) {
        r.id = ids::newId();
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    if (Status s = allowed(r); !s) {
        return s.error();
    }
    if (Status s = guarded(r, warnings); !s) {
        return s.error();
    }
    if (Status s = RotationStore(m_db).insert(r); !s) {
        return s.error();
    }
    if (Status s = AuditLog(m_db).recordInsert(QStringLiteral("rotation"), r.id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return r.id;
}

Status RotationService::update(const Rotation& r, Warnings warnings)
{
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    AuditLog audit(m_db);
    const auto before = audit.snapshot(QStringLiteral("rotation"), r.id);
    if (!before) {
        return before.error();
    }
    if (Status s = AccessGuard(m_db).checkRow(QStringLiteral("rotation"), before.value(), QString()); !s) {
        return s;
    }
    if (Status s = allowed(r); !s) {
        return s;
    }
    if (Status s = guarded(r, warnings); !s) {
        return s;
    }
    if (Status s = RotationStore(m_db).update(r); !s) {
        return s;
    }
    if (Status s = audit.recordUpdate(QStringLiteral("rotation"), r.id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status RotationService::end(const QString& id, const RotationEnd& end, int rowVersion, Warnings warnings)
{
    const auto current = RotationStore(m_db).get(id);
    if (!current) {
        return current.error();
    }
    if (!current.value()) {
        return Error{QString(), tr("This rotation no longer exists; someone may have deleted it."),
                     ErrorKind::Conflict};
    }
    Rotation r = *current.value();
    if (r.rowVersion != rowVersion) {
        return Error{QString(),
                     tr("This rotation was changed by someone else since you opened it; reload it and end it again."),
                     ErrorKind::Conflict};
    }
    if (!end.actualEnd.isValid()) {
        return Error{QStringLiteral("actual_end"), tr("Enter the actual end date.")};
    }
    r.actualEnd = end.actualEnd;
    r.endReason = end.reason;
    r.evaluation = end.evaluation;
    r.returnPosition = end.returnPosition;
    return update(r, warnings);
}

Status RotationService::remove(const QString& id)
{
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    AuditLog audit(m_db);
    const auto before = audit.snapshot(QStringLiteral("rotation"), id);
    if (!before) {
        return before.error();
    }
    if (before.value().isEmpty()) {
        return Error{QString(), tr("This rotation no longer exists; someone may have deleted it."),
                     ErrorKind::Conflict};
    }
    if (Status s = AccessGuard(m_db).checkRow(QStringLiteral("rotation"), before.value(), QString()); !s) {
        return s;
    }
    if (Status s = RotationStore(m_db).remove(id); !s) {
        return s;
    }
    if (Status s = audit.recordDelete(QStringLiteral("rotation"), id, before.value()); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace ntm::core
