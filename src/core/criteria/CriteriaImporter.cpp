// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/CriteriaImporter.h"

#include "access/AccessGuard.h"
#include "criteria/CriteriaSetLoader.h"
#include "db/Database.h"
#include "store/AuditLog.h"
#include "store/CriteriaStore.h"

#include <QFile>

namespace ntm::core {

QString CriteriaImportOutcome::describe() const
{
    const QString name = version > 1 ? QStringLiteral("%1 v%2").arg(code).arg(version) : code;
    switch (kind) {
    case Kind::Added:
        return CriteriaImporter::tr("%1: added").arg(name);
    case Kind::Unchanged:
        return CriteriaImporter::tr("%1: already present, unchanged").arg(name);
    case Kind::Replaced:
        return CriteriaImporter::tr("%1: updated (no assessment used it yet)").arg(name);
    case Kind::NewVersion:
        break;
    }
    return CriteriaImporter::tr("%1: stored as a new version; the earlier version is kept because assessments use it")
        .arg(name);
}

Result<CriteriaImportOutcome> CriteriaImporter::import(CriteriaSet set)
{
    CriteriaStore store(m_db);
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    const auto versions = store.versionsOf(set.code);
    if (!versions) {
        return versions.error();
    }
    CriteriaImportOutcome outcome;
    outcome.code = set.code;
    QString action = QStringLiteral("insert");
    if (versions.value().isEmpty()) {
        outcome.kind = CriteriaImportOutcome::Kind::Added;
    } else {
        const CriteriaSet& latest = versions.value().constFirst();
        for (const CriteriaSet& v : versions.value()) {
            if (v.contentHash == set.contentHash) {
                outcome.kind = CriteriaImportOutcome::Kind::Unchanged;
                outcome.setId = v.id;
                outcome.version = v.version;
                // Nothing written; ended normally, so that an outer transaction (importShipped) is not rolled back.
                if (Status s = tx.commit(); !s) {
                    return s.error();
                }
                return outcome;
            }
        }
        const auto used = store.isUsed(latest.id);
        if (!used) {
            return used.error();
        }
        if (used.value()) {
            outcome.kind = CriteriaImportOutcome::Kind::NewVersion;
            set.version = latest.version + 1;
        } else {
            outcome.kind = CriteriaImportOutcome::Kind::Replaced;
            set.version = latest.version;
            action = QStringLiteral("update");
        }
    }
    // Criteria sets are provincial reference data: administrators only (AccessPolicy). Asked only now, so that
    // importing a set that is already stored changes nothing and needs no rights.
    if (Status s = AccessGuard(m_db).requireKind(RecordKind::CriteriaSet); !s) {
        return s.error();
    }
    CriteriaStore::assignIds(set);
    AuditLog audit(m_db);
    QString before;
    if (outcome.kind == CriteriaImportOutcome::Kind::Replaced) {
        const auto snap = audit.snapshot(QStringLiteral("criteria_set"), set.id);
        if (!snap) {
            return snap.error();
        }
        before = snap.value();
        if (Status s = store.replaceContent(set); !s) {
            return s.error();
        }
    } else if (Status s = store.insertSet(set); !s) {
        return s.error();
    }
    const auto after = audit.snapshot(QStringLiteral("criteria_set"), set.id);
    if (!after) {
        return after.error();
    }
    if (Status s = audit.record(action, QStringLiteral("criteria_set"), set.id, before, after.value()); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    outcome.setId = set.id;
    outcome.version = set.version;
    return outcome;
}

Result<CriteriaImportOutcome> CriteriaImporter::importFile(const QString& path)
{
    auto set = CriteriaSetLoader::loadFile(path);
    if (!set) {
        return set.error();
    }
    return import(std::move(set).value());
}

Status CriteriaImporter::importShipped()
{
    const QStringList files = CriteriaSetLoader::shippedFiles();
    if (files.isEmpty()) {
        return Error{QString(), tr("The program's criteria sets are missing (resources/criteria).")};
    }
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    for (const QString& f : files) {
        const auto result = importFile(f);
        if (!result) {
            return result.error();
        }
    }
    return tx.commit();
}

} // namespace ntm::core
