// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Units.h"
#include "domain/Vocabulary.h"

#include <QDate>
#include <QString>

namespace ntm::core {

/// A commune's working group (đoàn công tác chỉ đạo cơ sở): formed by a decision (number, date, issuing body,
/// e.g. the standing board of the commune party committee) for a period. Thạch Khê formed eight of them to direct
/// its villages.
struct WorkingGroup
{
    QString id;
    QString communeId;
    QString name;
    QString decisionNo;
    QDate decidedOn;
    QString issuingBody;
    QDate validFrom; ///< Required: when the group started work.
    QDate validTo;   ///< Invalid while it works.
    QString note;
    bool illustrative = false;
    int rowVersion = 1;

    bool activeOn(const QDate& d) const { return coversDate(validFrom, validTo, d); }
    /// The day the group was formed: the decision's date, else the start of its period.
    QDate formedOn() const { return decidedOn.isValid() ? decidedOn : validFrom; }
};

/// A person in a working group for a period. `officialId` links them to the officials register when they are in
/// it; the name is kept either way.
struct GroupMember
{
    QString id;
    QString groupId;
    QString communeId;
    QString officialId;
    QString fullName;
    MemberRole role = MemberRole::Member;
    QString position; ///< "Đảng ủy viên, Chủ tịch Hội Nông dân xã"
    QDate validFrom;
    QDate validTo;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;

    bool activeOn(const QDate& d) const { return coversDate(validFrom, validTo, d); }
    /// Who the person is across memberships: the official's id when linked, else the folded name
    /// ("o:<id>" or "n:<folded name>"). A person replaced in one group and serving in another is one person.
    QString personKey() const;
};

/// A village a group (memberId empty) or one of its members answers for, for a period.
struct VillageResponsibility
{
    QString id;
    QString communeId;
    QString villageId;
    QString groupId;
    QString memberId;
    QDate validFrom;
    QDate validTo;
    QString note;
    bool illustrative = false;
    int rowVersion = 1;

    bool activeOn(const QDate& d) const { return coversDate(validFrom, validTo, d); }
};

} // namespace ntm::core
