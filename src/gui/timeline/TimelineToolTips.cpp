// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineToolTips.h"

#include "domain/Vocabulary.h"
#include "util/Dates.h"

namespace ntm::gui {

using namespace ntm::core;

namespace {
QString line(const QString& text)
{
    return text.toHtmlEscaped() + QStringLiteral("<br>");
}
} // namespace

QString TimelineToolTips::period(const QDate& from, const QDate& until)
{
    return QStringLiteral("%1 – %2").arg(dates::toDisplay(from), dates::toDisplay(until.addDays(-1)));
}

QString TimelineToolTips::span(const TimelineRow& row, const TimelineSpan& span)
{
    QString html =
        QStringLiteral("<b>%1</b><br>").arg(tr("Criterion %1: %2").arg(row.number).arg(row.name).toHtmlEscaped());
    html += line(tr("%1, %2 (criteria set %3)")
                     .arg(Vocabulary::label(span.status), period(span.from, span.until), span.setCode));
    if (span.event.id.isEmpty()) {
        html += line(span.viaCrosswalk ? tr("Carried over through the province's crosswalk from the previous set.")
                                       : tr("Not assessed under this set."));
        return html;
    }
    const Assessment& a = span.event;
    html +=
        line(a.recordedBy.isEmpty()
                 ? tr("Assessed on %1").arg(dates::toDisplay(a.assessedOn))
                 : tr("Assessed on %1 by %2").arg(dates::toDisplay(a.assessedOn), Vocabulary::userLabel(a.recordedBy)));
    if (!a.note.isEmpty()) {
        html += line(tr("Note: %1").arg(a.note));
    }
    if (!a.evidenceRef.isEmpty()) {
        html += line(tr("Evidence: %1").arg(a.evidenceRef));
    }
    if (!span.carriedFromSet.isEmpty()) {
        html +=
            QStringLiteral("<i>%1</i><br>").arg(tr("carried over from %1").arg(span.carriedFromSet).toHtmlEscaped());
    }
    html += QStringLiteral("<span style=\"color:#555\">%1</span>")
                .arg(tr("Click or press Enter to open the assessment.").toHtmlEscaped());
    return html;
}

QString TimelineToolTips::tenure(const TimelineTenure& t)
{
    QString html = QStringLiteral("<b>%1</b><br>").arg(t.officialName.toHtmlEscaped());
    if (!t.position.isEmpty()) {
        html += line(t.position);
    }
    const QString end = t.end.isValid()
                            ? dates::toDisplay(t.end)
                            : tr("serving (planned end %1)")
                                  .arg(t.plannedEnd.isValid() ? dates::toDisplay(t.plannedEnd) : QStringLiteral("—"));
    html += line(tr("Term: %1 – %2").arg(dates::toDisplay(t.start), end));
    html += line(tr("Criteria met: %1/%2 at the start, %3/%4 at the end (or now)")
                     .arg(t.metAtStart)
                     .arg(t.totalAtStart)
                     .arg(t.metAtEnd)
                     .arg(t.totalAtEnd));
    return html;
}

QString TimelineToolTips::setPeriod(const TimelineSetPeriod& p)
{
    return QStringLiteral("<b>%1</b><br>%2%3")
        .arg(p.setCode.toHtmlEscaped(), line(p.setName),
             line(tr("%n criteria, %1", nullptr, p.criteriaCount).arg(period(p.from, p.until))));
}

QString TimelineToolTips::row(const TimelineRow& row, const TimelineBlock& block)
{
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(tr("Criterion %1: %2").arg(row.number).arg(row.name).toHtmlEscaped(),
             tr("Criteria sets: %1").arg(block.setCodes.join(QStringLiteral(", "))).toHtmlEscaped());
}

} // namespace ntm::gui
