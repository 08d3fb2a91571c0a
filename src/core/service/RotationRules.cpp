// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/RotationRules.h"

#include "util/Dates.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
QString periodText(const Rotation& r)
{
    const QDate end = r.effectiveEnd();
    return end.isValid() ? RotationRules::tr("%1 – %2").arg(dates::toDisplay(r.startDate), dates::toDisplay(end))
                         : RotationRules::tr("from %1 (no end date)").arg(dates::toDisplay(r.startDate));
}

QString nameOf(const RotationContext& c, const QString& communeId, const QDate& date)
{
    return c.communeName ? c.communeName(communeId, date) : communeId;
}
} // namespace

bool RotationRules::overlaps(const Rotation& a, const Rotation& b)
{
    if (!a.startDate.isValid() || !b.startDate.isValid()) {
        return false;
    }
    const QDate aEnd = a.effectiveEnd();
    const QDate bEnd = b.effectiveEnd();
    const bool aBeforeB = aEnd.isValid() && aEnd < b.startDate;
    const bool bBeforeA = bEnd.isValid() && bEnd < a.startDate;
    return !aBeforeB && !bBeforeA;
}

Issues RotationRules::check(const Rotation& r, const RotationContext& context)
{
    Issues out;
    checkRequired(r, context, out);
    checkDates(r, context, out);
    checkConflicts(r, context, out);
    return out;
}

void RotationRules::checkRequired(const Rotation& r, const RotationContext& c, Issues& out)
{
    if (r.officialId.isEmpty()) {
        out.append(errorIssue(QStringLiteral("official"), tr("Choose the official who is rotated.")));
    } else if (!c.officialExists) {
        out.append(errorIssue(QStringLiteral("official"), tr("This official is not in the register.")));
    }
    if (r.decisionNo.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("decision_no"), tr("Enter the decision number.")));
    }
    if (!r.decisionDate.isValid()) {
        out.append(errorIssue(QStringLiteral("decision_date"), tr("Enter the date of the decision.")));
    }
    if (r.issuingBody.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("issuing_body"), tr("Enter the body that issued the decision.")));
    }
    if (r.communeId.isEmpty()) {
        out.append(errorIssue(QStringLiteral("commune"), tr("Choose the commune the official is sent to.")));
    } else if (!c.commune) {
        out.append(errorIssue(QStringLiteral("commune"), tr("This commune is not in the database.")));
    }
    if (r.toPosition.trimmed().isEmpty()) {
        out.append(errorIssue(QStringLiteral("to_position"), tr("Enter the position held in the commune.")));
    }
    if (!r.startDate.isValid()) {
        out.append(errorIssue(QStringLiteral("start_date"), tr("Enter the start date of the term.")));
    }
}

void RotationRules::checkDates(const Rotation& r, const RotationContext& c, Issues& out)
{
    if (!r.startDate.isValid()) {
        return;
    }
    if (r.decisionDate.isValid() && r.decisionDate > r.startDate) {
        out.append(errorIssue(QStringLiteral("decision_date"),
                              tr("The decision date %1 is after the start date %2; a term starts on or after its "
                                 "decision.")
                                  .arg(dates::toDisplay(r.decisionDate), dates::toDisplay(r.startDate))));
    }
    if (r.plannedEnd.isValid() && r.plannedEnd < r.startDate) {
        out.append(errorIssue(QStringLiteral("planned_end"),
                              tr("The planned end %1 is before the start date %2.")
                                  .arg(dates::toDisplay(r.plannedEnd), dates::toDisplay(r.startDate))));
    }
    if (r.actualEnd.isValid() && r.actualEnd < r.startDate) {
        out.append(errorIssue(QStringLiteral("actual_end"),
                              tr("The actual end %1 is before the start date %2.")
                                  .arg(dates::toDisplay(r.actualEnd), dates::toDisplay(r.startDate))));
    }
    if (!r.actualEnd.isValid() && (r.endReason || r.evaluation)) {
        out.append(errorIssue(QStringLiteral("actual_end"),
                              tr("Enter the actual end date to record an end reason or an evaluation.")));
    }
    if (r.actualEnd.isValid() && c.today.isValid() && r.actualEnd > c.today) {
        out.append(warningIssue(QStringLiteral("actual_end"),
                                tr("The actual end %1 is in the future.").arg(dates::toDisplay(r.actualEnd))));
    }
    if (c.commune && !c.commune->existsOn(r.startDate)) {
        out.append(errorIssue(
            QStringLiteral("commune"),
            tr("%1 did not exist on %2 (it existed %3 – %4).")
                .arg(nameOf(c, r.communeId, r.startDate), dates::toDisplay(r.startDate),
                     c.commune->validFrom.isValid() ? dates::toDisplay(c.commune->validFrom) : tr("before the records"),
                     c.commune->validTo.isValid() ? dates::toDisplay(c.commune->validTo) : tr("today"))));
    }
    if (r.plannedEnd.isValid() && r.plannedEnd >= r.startDate) {
        const int months = dates::fullMonthsBetween(r.startDate, r.plannedEnd.addDays(1));
        if (r.kind == RotationKind::LuanChuyen && months < kMinimumTermMonths) {
            out.append(warningIssue(QStringLiteral("planned_end"),
                                    tr("The planned term is %1 months; a rotation (luân chuyển) normally lasts at "
                                       "least %2 months.")
                                        .arg(months)
                                        .arg(kMinimumTermMonths)));
        }
        if (r.kind == RotationKind::BietPhai && months > kMaximumSecondmentMonths) {
            out.append(warningIssue(QStringLiteral("planned_end"),
                                    tr("The planned term is %1 months; a secondment (biệt phái) lasts at most %2 "
                                       "months unless it is extended.")
                                        .arg(months)
                                        .arg(kMaximumSecondmentMonths)));
        }
    }
}

void RotationRules::checkConflicts(const Rotation& r, const RotationContext& c, Issues& out)
{
    for (const Rotation& other : c.sameOfficial) {
        if (other.id != r.id && overlaps(r, other)) {
            out.append(errorIssue(QStringLiteral("start_date"),
                                  tr("This term overlaps the official's rotation to %1 (%2).")
                                      .arg(nameOf(c, other.communeId, other.startDate), periodText(other))));
        }
    }
    for (const Rotation& other : c.sameDecision) {
        if (other.id != r.id) {
            out.append(errorIssue(QStringLiteral("decision_no"),
                                  tr("Decision %1 of %2 is already recorded (for %3, rotation to %4).")
                                      .arg(r.decisionNo.trimmed(), r.issuingBody.trimmed(),
                                           c.officialNames.value(other.officialId),
                                           nameOf(c, other.communeId, other.startDate))));
            break;
        }
    }
    const QString position = text::fold(r.toPosition);
    for (const Rotation& other : c.sameCommune) {
        if (other.id != r.id && other.officialId != r.officialId && text::fold(other.toPosition) == position &&
            overlaps(r, other)) {
            out.append(
                warningIssue(QStringLiteral("to_position"),
                             tr("%1 already holds \"%2\" in this commune at the same time (%3).")
                                 .arg(c.officialNames.value(other.officialId), other.toPosition, periodText(other))));
        }
    }
}

std::optional<EndReason> RotationRules::likelyEndReason(const Rotation& r, const QDate& end)
{
    if (!r.plannedEnd.isValid() || !end.isValid() || end < r.plannedEnd.addDays(-kEndOfTermToleranceDays)) {
        return std::nullopt;
    }
    return EndReason::Completed;
}

} // namespace ntm::core
