// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ntm::core {

/// A review meeting (giao ban) of a commune: the criteria discussed, the decisions and who answers for them.
struct ReviewMeeting
{
    QString id;
    QString communeId;
    QDate heldOn;
    QString chair;
    QList<QString> criterionIds;
    QString decisions;
    QString responsible;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;
};

/// A village (thôn) of a commune with the party committee member responsible for it.
struct Village
{
    QString id;
    QString communeId;
    QString name;
    QDate validFrom;
    QDate validTo;
    QString responsibleName;
    QString responsibleRole;
    QString note;
    int rowVersion = 1;
};

} // namespace ntm::core
