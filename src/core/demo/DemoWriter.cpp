// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoWriter.h"

#include "db/Database.h"
#include "service/SetResolver.h"
#include "store/AssessmentStore.h"
#include "store/OfficialStore.h"
#include "store/RecognitionStore.h"
#include "store/ReviewStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Ids.h"

#include <algorithm>

namespace ntm::core::demo {

Status DemoWriter::writePeople(const QList<Official>& officials, const QList<Rotation>& rotations)
{
    OfficialStore officialStore(m_db);
    for (const Official& o : officials) {
        if (Status s = officialStore.insert(o); !s) {
            return s;
        }
    }
    RotationStore rotationStore(m_db);
    for (const Rotation& r : rotations) {
        if (Status s = rotationStore.insert(r); !s) {
            return s;
        }
    }
    return {};
}

bool DemoWriter::writeHistories(const PlanMap& plans, const std::function<bool(int percent)>& progress)
{
    const auto resolver = SetResolver::load(m_db);
    const auto communes = UnitStore(m_db).allCommunes();
    if (!resolver || !communes) {
        m_error = !resolver ? resolver.error() : communes.error();
        return false;
    }
    QHash<QString, QString> provinceOf;
    for (const Commune& c : communes.value()) {
        provinceOf.insert(c.id, c.provinceId);
    }
    QList<QString> communeIds = plans.keys();
    std::sort(communeIds.begin(), communeIds.end());
    AssessmentStore assessments(m_db);
    RecognitionStore recognitions(m_db);
    int done = 0;
    for (const QString& id : communeIds) {
        const CommunePlan& plan = plans.value(id);
        int eventNumber = 0;
        for (const PlannedEvent& e : plan.events) {
            const CriteriaSet* set = resolver.value().setFor(id, provinceOf.value(id), e.date);
            const Criterion* criterion = set && set->family == e.family ? set->criterionByNumber(e.number) : nullptr;
            if (!criterion) {
                continue; // e.g. criterion 20 after the 318 set dropped it
            }
            Assessment a;
            a.id = ids::stableId(QStringLiteral("demo-assessment:%1:%2").arg(id).arg(eventNumber++));
            a.communeId = id;
            a.criterionId = criterion->id;
            a.setId = set->id;
            a.family = set->family;
            a.criterionNumber = e.number;
            a.assessedOn = e.date;
            a.status = e.status;
            a.note = e.note;
            a.recordedBy = QStringLiteral("demo");
            a.recordedAt = e.date.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
            a.illustrative = true;
            if (Status s = assessments.insert(a); !s) {
                m_error = s.error();
                return false;
            }
        }
        int n = 0;
        for (const PlannedRecognition& r : plan.recognitions) {
            Recognition rec;
            rec.id = ids::stableId(QStringLiteral("demo-recognition:%1:%2").arg(id).arg(n++));
            rec.communeId = id;
            rec.tier = r.tier;
            rec.decisionNo = r.decisionNo;
            rec.decidedOn = r.date;
            rec.endedOn = r.endedOn;
            rec.endReason = r.endReason;
            rec.note = r.note;
            rec.illustrative = r.illustrative;
            if (Status s = recognitions.insert(rec); !s) {
                m_error = s.error();
                return false;
            }
        }
        if (progress && ++done % 20 == 0 && !progress(static_cast<int>(done * 100 / communeIds.size()))) {
            return false;
        }
    }
    return true;
}

Status DemoWriter::writeStories(const DemoStories& stories, const CommunePlan& thachKhe)
{
    const auto resolver = SetResolver::load(m_db);
    const auto commune = UnitStore(m_db).commune(thachKhe.communeId);
    if (!resolver || !commune || !commune.value()) {
        return Error{QString(), tr("The demo's communes could not be read back.")};
    }
    const QString province = commune.value()->provinceId;
    auto criterionOf = [&](const QDate& d, int number) -> const Criterion* {
        const CriteriaSet* set = resolver.value().setFor(thachKhe.communeId, province, d);
        return set ? set->criterionByNumber(number) : nullptr;
    };
    ReviewStore store(m_db);
    const auto meetings = stories.meetings(
        thachKhe,
        [&](const QDate& d, int n) {
            const Criterion* c = criterionOf(d, n);
            return c ? c->id : QString();
        },
        [&](const QDate& d, int n) {
            const Criterion* c = criterionOf(d, n);
            return c ? c->name : QString();
        });
    for (const ReviewMeeting& m : meetings) {
        if (Status s = store.insertMeeting(m); !s) {
            return s;
        }
    }
    for (const Village& v : stories.villages()) {
        if (Status s = store.insertVillage(v); !s) {
            return s;
        }
    }
    return {};
}

} // namespace ntm::core::demo
