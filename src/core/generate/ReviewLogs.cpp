// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/ReviewLogs.h"

#include <algorithm>

namespace ntm::core::generate {

QList<GenMeeting> reviewMeetings(const GenCommune& commune, const CommuneHistory& history,
                                 const CriteriaTimeline& timeline, const GenerateOptions& options,
                                 demo::DemoRandom& rng)
{
    QList<GenMeeting> out;
    if (history.events.isEmpty()) {
        return out;
    }
    const QDate first = history.events.constFirst().date;
    const QDate last = commune.validTo.isValid() ? std::min(commune.validTo, options.horizon()) : options.horizon();
    for (int y = first.year(); y <= last.year(); ++y) {
        const QDate held = QDate(y, 4, 1).addDays(rng.between(0, 200));
        if (!rng.chance(0.6) || held <= first || held > last) {
            continue;
        }
        GenMeeting m;
        m.heldOn = held;
        m.set = timeline.setOn(held);
        const int size = timeline.set(m.set).size();
        for (int k = rng.between(1, 3); k > 0; --k) {
            const int n = rng.between(1, size);
            if (!m.numbers.contains(n)) {
                m.numbers.append(n);
            }
        }
        std::sort(m.numbers.begin(), m.numbers.end());
        QStringList numbers;
        for (int n : std::as_const(m.numbers)) {
            numbers.append(QString::number(n));
        }
        m.decisions = QStringLiteral("Rà soát tiêu chí số %1; giao các thôn hoàn thành trước 31/12/%2.")
                          .arg(numbers.join(QStringLiteral(", ")))
                          .arg(y);
        out.append(m);
    }
    return out;
}

} // namespace ntm::core::generate
