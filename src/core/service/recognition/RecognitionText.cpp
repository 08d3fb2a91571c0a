// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/recognition/RecognitionText.h"

#include "service/IllustrativeData.h"
#include "util/Dates.h"

namespace ntm::core {

QString RecognitionText::basis(const Holding& h)
{
    if (h.basis == HoldingBasis::KeptThroughMerger) {
        QString source = h.ruleSource.isEmpty() ? tr("no source for this reform's rule") : h.ruleSource;
        if (!h.ruleVerified) {
            source = tr("%1, unverified").arg(source);
        }
        return tr("kept through the %1 merger (%2)").arg(h.from.year()).arg(source);
    }
    const QString decision = h.decisionNo.isEmpty()
                                 ? tr("decision of %1").arg(dates::toDisplay(h.datedOn))
                                 : tr("decision %1 of %2").arg(h.decisionNo, dates::toDisplay(h.datedOn));
    return h.illustrative ? decision + QLatin1Char(' ') + IllustrativeData::mark() : decision;
}

QString RecognitionText::describe(const Holding& h)
{
    if (h.basis == HoldingBasis::KeptThroughMerger) {
        const QString year = QString::number(h.datedOn.year());
        return tr("%1, recognised in %2, %3").arg(Vocabulary::label(h.tier), year, basis(h));
    }
    return tr("%1, %2").arg(Vocabulary::label(h.tier), basis(h));
}

QString RecognitionText::beside(const QString& recognisedUnder, const QString& setNow, int met, int total)
{
    if (recognisedUnder.isEmpty() || recognisedUnder == setNow) {
        return {};
    }
    return tr("recognised under %1; under %2 now: %3 of %4 criteria met")
        .arg(recognisedUnder, setNow)
        .arg(met)
        .arg(total);
}

QString RecognitionText::recognisedVersusMeetAll(int recognised, int underEarlierSet, int meetAll, int criteria)
{
    if (underEarlierSet <= 0) {
        return {};
    }
    return tr("Recognised: %1, of them %2 under an earlier criteria set. Meeting all %3 criteria of the set in force "
              "now: %4. A recognition stays a fact when the criteria change.")
        .arg(recognised)
        .arg(underEarlierSet)
        .arg(criteria)
        .arg(meetAll);
}

} // namespace ntm::core
