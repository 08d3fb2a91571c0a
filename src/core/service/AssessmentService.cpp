// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AssessmentService.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "store/AssessmentStore.h"
#include "store/AuditLog.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QLocale>

namespace ntm::core {

namespace {
std::optional<double> parseNumber(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1Char('%'))) {
        text.chop(1);
    }
    text = text.trimmed();
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

const Indicator* findIndicator(const Criterion& c, const QString& id)
{
    for (const Indicator& i : c.indicators) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}
} // namespace

bool AssessmentService::parseValue(const Indicator& indicator, IndicatorValue& value, QString* problem)
{
    const QString t = value.text.trimmed();
    value.number.reset();
    if (t.isEmpty() || indicator.kind == IndicatorKind::Text) {
        return true;
    }
    switch (indicator.kind) {
    case IndicatorKind::Boolean: {
        const QString f = text::fold(t);
        static const QStringList yes{QStringLiteral("co"),   QStringLiteral("dat"), QStringLiteral("yes"),
                                     QStringLiteral("true"), QStringLiteral("1"),   QStringLiteral("x")};
        static const QStringList no{QStringLiteral("khong"), QStringLiteral("chua dat"), QStringLiteral("khong dat"),
                                    QStringLiteral("no"),    QStringLiteral("false"),    QStringLiteral("0")};
        if (yes.contains(f)) {
            value.number = 1.0;
            return true;
        }
        if (no.contains(f)) {
            value.number = 0.0;
            return true;
        }
        *problem = tr("\"%1\" is not yes or no (có / không).").arg(t);
        return false;
    }
    case IndicatorKind::Percent: {
        const auto v = parseNumber(t);
        if (!v || *v < 0.0 || *v > 100.0) {
            *problem = tr("\"%1\" is not a percentage between 0 and 100.").arg(t);
            return false;
        }
        value.number = v;
        return true;
    }
    case IndicatorKind::Count: {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok || n < 0) {
            *problem = tr("\"%1\" is not a whole number of 0 or more.").arg(t);
            return false;
        }
        value.number = n;
        return true;
    }
    case IndicatorKind::Number: {
        const auto v = parseNumber(t);
        if (!v) {
            *problem = tr("\"%1\" is not a number.").arg(t);
            return false;
        }
        value.number = v;
        return true;
    }
    case IndicatorKind::Text:
        break;
    }
    return true;
}

Result<Issues> AssessmentService::check(const QString& communeId, const QDate& date,
                                        const QList<AssessmentInput>& inputs)
{
    Issues out;
    if (!date.isValid()) {
        out.append(errorIssue(QStringLiteral("date"), tr("Enter the date of the assessment.")));
        return out;
    }
    if (date > QDate::currentDate()) {
        out.append(errorIssue(
            QStringLiteral("date"),
            tr("The date %1 is in the future; record an assessment once it is made.").arg(dates::toDisplay(date))));
    }
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!commune) {
        return commune.error();
    }
    if (!commune.value()) {
        out.append(errorIssue(QStringLiteral("commune"), tr("This commune is not in the database.")));
        return out;
    }
    const auto resolver = SetResolver::load(m_db);
    if (!resolver) {
        return resolver.error();
    }
    return out + checkAgainst(*commune.value(), resolver.value(), date, inputs);
}

Issues AssessmentService::checkAgainst(const Commune& c, const SetResolver& resolver, const QDate& date,
                                       const QList<AssessmentInput>& inputs)
{
    Issues out;
    const CommunePeriod* period = c.periodOn(date);
    const QString title = period ? Vocabulary::communeTitle(period->kind, period->name) : c.id;
    if (!c.existsOn(date)) {
        // The real reason, alone: the criteria sets of a date the commune never saw do not matter.
        const QString life = c.validFrom.isValid() && date < c.validFrom
                                 ? tr("it was formed on %1").arg(dates::toDisplay(c.validFrom))
                                 : tr("it ended on %1").arg(dates::toDisplay(c.validTo));
        out.append(errorIssue(QStringLiteral("date"),
                              tr("%1 did not exist on %2: %3.").arg(title, dates::toDisplay(date), life)));
        return out;
    }
    const CriteriaSet* set = resolver.setFor(c.id, c.provinceId, date);
    if (!set) {
        out.append(errorIssue(QStringLiteral("date"),
                              tr("No criteria set applies to %1 on %2 yet.").arg(title, dates::toDisplay(date))));
        return out;
    }
    if (inputs.isEmpty()) {
        out.append(errorIssue(QStringLiteral("status"), tr("Choose at least one criterion and its status.")));
    }
    for (const AssessmentInput& in : inputs) {
        const Criterion* criterion = nullptr;
        for (const Criterion& cr : set->criteria) {
            if (cr.id == in.criterionId) {
                criterion = &cr;
            }
        }
        if (!criterion) {
            out.append(errorIssue(QStringLiteral("criterion"),
                                  tr("On %1 the criteria set in force for %2 is %3 (since %4); this criterion belongs "
                                     "to another set.")
                                      .arg(dates::toDisplay(date), title, set->displayCode(),
                                           dates::toDisplay(resolver.setStart(c.id, c.provinceId, date)))));
            continue;
        }
        if (in.status == CriterionStatus::NotAssessed) {
            out.append(errorIssue(QStringLiteral("status"),
                                  tr("Criterion %1: choose met, basically met or not met.").arg(criterion->number)));
        }
        for (const IndicatorValue& v : in.values) {
            const Indicator* indicator = findIndicator(*criterion, v.indicatorId);
            IndicatorValue copy = v;
            QString problem;
            if (!indicator) {
                out.append(errorIssue(
                    QStringLiteral("indicator"),
                    tr("Criterion %1: the indicator is not part of this criterion.").arg(criterion->number)));
            } else if (!indicator->inForceOn(date)) {
                // 491's indicators 10 and 12 changed on 20/2/2013 (342/QĐ-TTg): a value is recorded against the
                // version in force on the assessment's date.
                out.append(errorIssue(QStringLiteral("indicator:") + indicator->code,
                                      tr("Indicator %1: this version is not in force on %2 (it applies %3 – %4).")
                                          .arg(indicator->code, dates::toDisplay(date),
                                               indicator->validFrom.isValid() ? dates::toDisplay(indicator->validFrom)
                                                                              : tr("from the set's start"),
                                               indicator->validTo.isValid() ? dates::toDisplay(indicator->validTo)
                                                                            : tr("to the set's end"))));
            } else if (!parseValue(*indicator, copy, &problem)) {
                out.append(errorIssue(QStringLiteral("indicator:") + indicator->code,
                                      tr("Indicator %1: %2").arg(indicator->code, problem)));
            }
        }
    }
    return out;
}

Result<QStringList> AssessmentService::record(const QString& communeId, const QDate& date,
                                              const QList<AssessmentInput>& inputs, const QStringList& givenIds)
{
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    if (Status s = AccessGuard(m_db).require(RecordKind::Assessment, RecordPlace{QString(), communeId}); !s) {
        return s.error();
    }
    const auto issues = check(communeId, date, inputs);
    if (!issues) {
        return issues.error();
    }
    for (const Issue& i : issues.value()) {
        if (i.isError()) {
            return Error{i.field, i.message};
        }
    }
    const auto resolver = SetResolver::load(m_db);
    const auto commune = UnitStore(m_db).commune(communeId);
    if (!resolver || !commune || !commune.value()) {
        return Error{QString(), tr("The database could not be read.")};
    }
    const CriteriaSet* set = resolver.value().setFor(communeId, commune.value()->provinceId, date);
    AssessmentStore store(m_db);
    AuditLog audit(m_db);
    QStringList ids;
    for (const AssessmentInput& in : inputs) {
        Assessment a;
        a.id = givenIds.value(static_cast<qsizetype>(ids.size()));
        a.communeId = communeId;
        a.criterionId = in.criterionId;
        a.setId = set->id;
        a.family = set->family;
        const Criterion* criterion = nullptr;
        for (const Criterion& cr : set->criteria) {
            if (cr.id == in.criterionId) {
                criterion = &cr;
            }
        }
        a.criterionNumber = criterion->number;
        a.assessedOn = date;
        a.status = in.status;
        a.note = in.note.trimmed();
        a.evidenceRef = in.evidenceRef.trimmed();
        for (IndicatorValue v : in.values) {
            QString problem;
            if (const Indicator* ind = findIndicator(*criterion, v.indicatorId); ind && !v.text.trimmed().isEmpty()) {
                parseValue(*ind, v, &problem);
                a.values.append(v);
            }
        }
        if (Status s = store.insert(a); !s) {
            return s.error();
        }
        if (Status s = audit.recordInsert(QStringLiteral("assessment"), a.id); !s) {
            return s.error();
        }
        ids.append(a.id);
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return ids;
}

Status AssessmentService::retract(const QStringList& ids)
{
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started();
    }
    AssessmentStore store(m_db);
    AuditLog audit(m_db);
    for (const QString& id : ids) {
        const auto before = audit.snapshot(QStringLiteral("assessment"), id);
        if (!before) {
            return before.error();
        }
        if (before.value().isEmpty()) {
            return Error{QString(), tr("This assessment is no longer in the database."), ErrorKind::Conflict};
        }
        if (Status s = AccessGuard(m_db).checkRow(QStringLiteral("assessment"), before.value(), QString()); !s) {
            return s;
        }
        if (Status s = store.remove(id); !s) {
            return s;
        }
        if (Status s = audit.recordDelete(QStringLiteral("assessment"), id, before.value()); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<QList<Assessment>> AssessmentService::historyOf(const QString& communeId, const QString& family, int number)
{
    AssessmentStore store(m_db);
    const auto all = store.historyOf(communeId);
    if (!all) {
        return all.error();
    }
    QList<Assessment> out;
    QStringList ids;
    for (const Assessment& a : all.value()) {
        if (a.family == family && a.criterionNumber == number) {
            out.prepend(a);
            ids.append(a.id);
        }
    }
    const auto values = store.valuesOf(ids);
    if (!values) {
        return values.error();
    }
    for (Assessment& a : out) {
        a.values = values.value().value(a.id);
    }
    return out;
}

} // namespace ntm::core
