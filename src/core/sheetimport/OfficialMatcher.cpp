// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/OfficialMatcher.h"

#include "util/Dates.h"
#include "util/Ids.h"
#include "util/TextFold.h"

#include <algorithm>

namespace ntm::core {

namespace {
QString describe(const Official& o)
{
    QStringList parts;
    parts.append(o.birthDate.isValid() ? OfficialMatcher::tr("born %1").arg(dates::toDisplay(o.birthDate))
                                       : OfficialMatcher::tr("no birth date"));
    if (!o.homeUnit.trimmed().isEmpty()) {
        parts.append(o.homeUnit.trimmed());
    }
    return o.fullName + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QStringList described(const QList<Official>& officials)
{
    QStringList out;
    for (const Official& o : officials) {
        out.append(describe(o));
    }
    return out;
}
} // namespace

OfficialMatcher::OfficialMatcher(const QList<Official>& registered)
{
    for (const Official& o : registered) {
        m_byName[text::fold(o.fullName)].append(o);
        m_names.insert(o.id, o.fullName);
    }
}

Result<OfficialMatcher::Match> OfficialMatcher::find(const Official& fromRow, bool create)
{
    const QList<Official> namesakes = m_byName.value(text::fold(fromRow.fullName));
    QList<Official> candidates = namesakes;
    if (fromRow.birthDate.isValid()) {
        QList<Official> sameBirth;
        QList<Official> noBirth;
        for (const Official& o : namesakes) {
            if (o.birthDate == fromRow.birthDate) {
                sameBirth.append(o);
            } else if (!o.birthDate.isValid()) {
                noBirth.append(o);
            }
        }
        candidates = sameBirth.isEmpty() ? noBirth : sameBirth;
    }
    if (candidates.size() > 1) {
        return ambiguous(fromRow, candidates);
    }
    if (candidates.size() == 1) {
        const QString id = candidates.constFirst().id;
        return Match{id, m_created.contains(id) ? std::optional<Official>(m_created.value(id)) : std::nullopt, false};
    }
    if (!create) {
        return unknown(fromRow, namesakes);
    }
    Official o = fromRow;
    o.id = ids::newId();
    o.fullName = o.fullName.simplified();
    m_byName[text::fold(o.fullName)].append(o);
    m_created.insert(o.id, o);
    m_names.insert(o.id, o.fullName);
    return Match{o.id, o, true};
}

Error OfficialMatcher::unknown(const Official& fromRow, const QList<Official>& namesakes) const
{
    if (namesakes.isEmpty()) {
        return Error{QStringLiteral("full_name"),
                     tr("%1 is not in the register of officials. Import the officials first, or let the import "
                        "create the officials it does not find.")
                         .arg(fromRow.fullName)};
    }
    return Error{QStringLiteral("full_name"),
                 tr("%1 born %2 is not in the register of officials, which has %3. Correct the birth date, or let "
                    "the import create the officials it does not find.")
                     .arg(fromRow.fullName, dates::toDisplay(fromRow.birthDate),
                          described(namesakes).join(QStringLiteral("; ")))};
}

Error OfficialMatcher::ambiguous(const Official& fromRow, QList<Official> candidates) const
{
    std::sort(candidates.begin(), candidates.end(), [](const Official& a, const Official& b) {
        return a.birthDate != b.birthDate ? a.birthDate < b.birthDate : a.homeUnit < b.homeUnit;
    });
    const QString list = described(candidates).join(QStringLiteral("; "));
    if (fromRow.birthDate.isValid()) {
        return Error{QStringLiteral("full_name"),
                     tr("Several officials named %1 were born on %2: %3. Edit the register so that they can be told "
                        "apart.")
                         .arg(fromRow.fullName, dates::toDisplay(fromRow.birthDate), list)};
    }
    return Error{QStringLiteral("full_name"),
                 tr("Several officials are named %1: %2. Give the birth date (a Ngày sinh column) to tell them "
                    "apart.")
                     .arg(fromRow.fullName, list)};
}

} // namespace ntm::core
