// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Palette.h"

#include <QList>

namespace ntm::gui::palette {

using core::CriterionStatus;

QColor status(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QColor(0x4c, 0xaf, 0x50);
    case CriterionStatus::BasicallyMet:
        return QColor(0xff, 0xc1, 0x07);
    case CriterionStatus::NotMet:
        return QColor(0xe5, 0x73, 0x73);
    case CriterionStatus::NotAssessed:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QString statusSymbol(CriterionStatus status)
{
    switch (status) {
    case CriterionStatus::Met:
        return QStringLiteral("✓");
    case CriterionStatus::BasicallyMet:
        return QStringLiteral("~");
    case CriterionStatus::NotMet:
        return QStringLiteral("✗");
    case CriterionStatus::NotAssessed:
        break;
    }
    return QString();
}

QColor band(int index)
{
    static const QList<QColor> colours{QColor(0x4e, 0x79, 0xa7, 60), QColor(0xf2, 0x8e, 0x2b, 60),
                                       QColor(0x59, 0xa1, 0x4f, 60), QColor(0xb0, 0x7a, 0xa1, 60),
                                       QColor(0x9c, 0x75, 0x5f, 60)};
    return colours.at(index % colours.size());
}

} // namespace ntm::gui::palette
