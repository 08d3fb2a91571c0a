// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/PackagePlanner.h"

#include "package/CriteriaSetCodec.h"
#include "package/PackageChecks.h"
#include "package/RecordCodec.h"
#include "store/CriteriaStore.h"
#include "util/Dates.h"

namespace ntm::core {

namespace {
void count(KindCounts& c, Decision d)
{
    switch (d) {
    case Decision::Add:
        ++c.added;
        break;
    case Decision::Change:
        ++c.changed;
        break;
    case Decision::Same:
        ++c.unchanged;
        break;
    case Decision::Keep:
        ++c.conflicts;
        break;
    case Decision::Take:
        ++c.conflicts;
        ++c.taken;
        break;
    case Decision::Outdated:
        ++c.outdated;
        break;
    }
}

QString duplicateMessage(PackageKind kind, int first)
{
    return PackagePlanner::tr("the id appears twice in the package (also at %1[%2])")
        .arg(PackageSchema::key(kind))
        .arg(first);
}
} // namespace

PackagePlanner::PackagePlanner(Database& db, const Package& package, const ExchangeState& state)
    : m_db(db), m_package(package), m_state(state), m_labels(package, state)
{
}

Result<PackagePlan> PackagePlanner::plan(const ConflictPolicies& policies, const Step& step)
{
    PackagePlan plan;
    m_done = 0;
    m_cancelled = false;
    for (const KindSpec& spec : PackageSchema::kinds()) {
        if (spec.special) {
            if (Status s = classifySets(policies, plan); !s) {
                return s.error();
            }
        } else {
            classifyKind(spec, policies, plan, step);
        }
        if (m_cancelled) {
            return Error{QString(), tr("The comparison with the database was cancelled; nothing was changed.")};
        }
    }
    PackageChecks(m_package, m_state, plan, m_labels).run();
    return plan;
}

bool PackagePlanner::tick(const Step& step)
{
    if (step && ++m_done % 1000 == 0 && !step(m_done)) {
        m_cancelled = true;
    }
    return !m_cancelled;
}

void PackagePlanner::classifyKind(const KindSpec& spec, const ConflictPolicies& policies, PackagePlan& plan,
                                  const Step& step)
{
    const QList<PackageRecord>& records = m_package.of(spec.kind);
    QList<Decision>& decisions = plan.decisions.at(static_cast<size_t>(spec.kind));
    KindCounts& counts = plan.summary.of(spec.kind);
    QHash<QString, int> ids;
    QHash<QString, int> keys;
    decisions.reserve(records.size());
    for (int i = 0; i < records.size() && tick(step); ++i) {
        const PackageRecord& r = records.at(i);
        const QString id = r.id();
        if (const auto seen = ids.constFind(id); seen != ids.constEnd()) {
            plan.errors.add(m_labels.place(spec.kind, r), duplicateMessage(spec.kind, records.at(*seen).index));
            decisions.append(Decision::Same);
            continue;
        }
        ids.insert(id, i);
        Decision d = Decision::Add;
        if (spec.appendOnly) {
            d = m_state.hasAssessment(id) ? Decision::Same : Decision::Add;
        } else {
            const StoredRecord* stored = m_state.record(spec.kind, id);
            QString dbId = id;
            if (!spec.naturalKey.isEmpty()) {
                const QString key = ExchangeState::naturalKey(spec, r.values);
                if (const auto other = keys.constFind(key); other != keys.constEnd()) {
                    plan.errors.add(m_labels.place(spec.kind, r),
                                    tr("says the same as %1[%2] (only one such record is allowed)")
                                        .arg(PackageSchema::key(spec.kind))
                                        .arg(records.at(*other).index));
                }
                keys.insert(key, i);
                const QString alias = stored ? QString() : m_state.idByNaturalKey(spec.kind, key);
                if (!alias.isEmpty()) {
                    stored = m_state.record(spec.kind, alias);
                    dbId = alias;
                    plan.targets.at(static_cast<size_t>(spec.kind)).insert(i, alias);
                }
            }
            if (stored) {
                d = compare(spec, r, *stored, dbId);
                if (d == Decision::Keep) {
                    d = policies.of(spec.kind) == ConflictPolicy::Take ? Decision::Take : Decision::Keep;
                    plan.summary.conflicts.append(conflictOf(spec, r, *stored, dbId));
                }
            }
        }
        decisions.append(d);
        count(counts, d);
    }
}

Decision PackagePlanner::compare(const KindSpec& spec, const PackageRecord& r, const StoredRecord& stored,
                                 const QString& dbId) const
{
    const QByteArray hash = RecordCodec::contentHash(spec, r.values, r.children);
    if (hash == stored.hash) {
        return Decision::Same;
    }
    const QDateTime created = m_package.manifest.created;
    if (const auto base = m_state.base(QLatin1String(spec.table), dbId)) {
        if (created < base->agreedAt) {
            return Decision::Outdated; // an older package than the version already agreed on
        }
        if (base->hash == stored.hash) {
            return Decision::Change; // only the package's side changed
        }
        if (base->hash == hash) {
            return Decision::Outdated; // only the database's side changed
        }
        return Decision::Keep;
    }
    // Never agreed on through a package: the database's row changed after the package was made cannot be in it.
    if (spec.updatedAt) {
        const QDateTime updated =
            QDateTime::fromString(stored.values.at(spec.fieldIndex("updated_at")).toString(), Qt::ISODateWithMs);
        if (updated.isValid() && updated <= created) {
            return Decision::Change;
        }
    }
    return Decision::Keep;
}

QString PackagePlanner::display(const FieldSpec& f, const QVariant& value) const
{
    // A commune or an official moved to another record is shown by name, not by id.
    if (f.type == FieldType::Ref && value.isValid() && !value.isNull()) {
        if (f.ref == RefTarget::Commune) {
            return m_labels.commune(value.toString());
        }
        if (f.ref == RefTarget::Official) {
            return m_labels.official(value.toString());
        }
    }
    return RecordCodec::display(f, value);
}

PackageConflict PackagePlanner::conflictOf(const KindSpec& spec, const PackageRecord& r, const StoredRecord& stored,
                                           const QString& dbId) const
{
    PackageConflict c{spec.kind, dbId, m_labels.label(spec.kind, r.values, r.children), {}};
    for (int i = 1; i < spec.fields.size(); ++i) {
        const FieldSpec& f = spec.fields.at(i);
        if (!f.bookkeeping && r.values.at(i) != stored.values.at(i)) {
            c.differences.append(
                {QString::fromLatin1(f.name), display(f, stored.values.at(i)), display(f, r.values.at(i))});
        }
    }
    if (spec.child && (c.differences.isEmpty() || r.children.size() != stored.children.size())) {
        c.differences.append({QString::fromLatin1(spec.child->key),
                              tr("%n row(s)", nullptr, int(stored.children.size())),
                              tr("%n row(s)", nullptr, int(r.children.size()))});
    }
    return c;
}

Status PackagePlanner::classifySets(const ConflictPolicies& policies, PackagePlan& plan)
{
    QList<Decision>& decisions = plan.decisions.at(static_cast<size_t>(PackageKind::CriteriaSets));
    KindCounts& counts = plan.summary.of(PackageKind::CriteriaSets);
    QHash<QString, int> ids;
    for (int i = 0; i < m_package.criteriaSets.size(); ++i) {
        const CriteriaSet& set = m_package.criteriaSets.at(i);
        const QString place = QStringLiteral("criteria_sets[%1] (%2)").arg(i).arg(set.displayCode());
        Decision d = Decision::Add;
        const CriteriaSet* stored = m_state.set(set.id);
        if (ids.contains(set.id)) {
            plan.errors.add(place, duplicateMessage(PackageKind::CriteriaSets, ids.value(set.id)));
            d = Decision::Same;
        } else if (!stored) {
            for (const CriteriaSet& other : m_state.sets()) {
                if (other.code == set.code && other.version == set.version) {
                    plan.errors.add(
                        place, tr("the database holds another set under this code and version (id %1)").arg(other.id));
                }
            }
        } else if (m_state.setHash(set.id) == CriteriaSetCodec::definitionHash(set)) {
            d = Decision::Same;
        } else {
            d = policies.of(PackageKind::CriteriaSets) == ConflictPolicy::Take ? Decision::Take : Decision::Keep;
            plan.summary.conflicts.append(setConflict(set, *stored));
            const auto used = d == Decision::Take ? CriteriaStore(m_db).isUsed(set.id) : Result<bool>(false);
            if (!used) {
                return used.error();
            }
            if (used.value()) {
                plan.errors.add(place, tr("differs from the database's definition, which records already use; keep "
                                          "the database's version, or import the new definition as a new version "
                                          "(ntm-cli criteria-import)"));
            }
        }
        ids.insert(set.id, i);
        decisions.append(d);
        count(counts, d);
    }
    return {};
}

PackageConflict PackagePlanner::setConflict(const CriteriaSet& p, const CriteriaSet& s) const
{
    PackageConflict c{PackageKind::CriteriaSets, s.id, p.displayCode(), {}};
    const QList<std::tuple<const char*, QString, QString>> fields{
        {"name", s.name, p.name},
        {"family", s.family, p.family},
        {"decision", s.decision, p.decision},
        {"valid_from", dates::toDisplay(s.validFrom), dates::toDisplay(p.validFrom)},
        {"valid_to", dates::toDisplay(s.validTo), dates::toDisplay(p.validTo)},
        {"content_hash", s.contentHash, p.contentHash}};
    for (const auto& [name, db, package] : fields) {
        if (db != package) {
            c.differences.append({QString::fromLatin1(name), db, package});
        }
    }
    c.differences.append({QStringLiteral("criteria"), tr("%n criteria", nullptr, int(s.criteria.size())),
                          tr("%n criteria", nullptr, int(p.criteria.size()))});
    return c;
}

} // namespace ntm::core
