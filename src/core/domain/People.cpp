// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/People.h"

#include "util/TextFold.h"

namespace ntm::core {

QString decisionKey(const QString& issuingBody, const QString& decisionNo)
{
    QString number = text::fold(decisionNo);
    number.remove(QLatin1Char(' '));
    return text::fold(issuingBody) + QStringLiteral("|") + number;
}

} // namespace ntm::core
