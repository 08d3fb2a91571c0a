// SPDX-License-Identifier: GPL-3.0-or-later
#include "generate/NationalWriter.h"

#include "util/TextFold.h"

#include <array>
#include <cstring>

namespace ntm::core::generate {

namespace {
/// A date as ISO text in a buffer of its own, and its recorded_at timestamp: millions of assessments, without
/// a QString or a printf each.
class Iso final
{
public:
    explicit Iso(const QDate& d)
    {
        if (!d.isValid()) {
            return;
        }
        int y = 0, m = 0, day = 0;
        d.getDate(&y, &m, &day);
        digits(m_text, y, 4);
        m_text[4] = '-';
        digits(m_text + 5, m, 2);
        m_text[7] = '-';
        digits(m_text + 8, day, 2);
        std::memcpy(m_text + 10, "T00:00:00.000Z", 14);
        m_size = 10;
    }
    std::string_view view() const { return {m_text, m_size}; }
    /// Midnight UTC of the date, as recorded_at holds it.
    std::string_view midnight() const { return {m_text, m_size == 0 ? 0 : m_size + 14}; }

private:
    static void digits(char* out, int value, int count)
    {
        for (int i = count - 1; i >= 0; --i, value /= 10) {
            out[i] = static_cast<char>('0' + value % 10);
        }
    }

    char m_text[24] = {};
    size_t m_size = 0;
};

QByteArray key(CriterionStatus s)
{
    static const std::array<QByteArray, 4> keys{
        Vocabulary::key(CriterionStatus::NotAssessed).toUtf8(), Vocabulary::key(CriterionStatus::NotMet).toUtf8(),
        Vocabulary::key(CriterionStatus::BasicallyMet).toUtf8(), Vocabulary::key(CriterionStatus::Met).toUtf8()};
    return keys.at(static_cast<size_t>(s));
}

template <typename T> QByteArray keyOf(const T& value)
{
    return Vocabulary::key(value).toUtf8();
}

const QByteArray kActor = QByteArrayLiteral("ntm-cli generate");

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}
} // namespace

/// One bulk table per table, parents first; the columns after the varying ones hold constants set once.
struct NationalWriter::Statements
{
    explicit Statements(BulkWriter& w)
        : province(w.table(QStringLiteral("province"), words("id code name"))),
          district(w.table(QStringLiteral("district"), words("id province_id code name kind valid_to"))),
          commune(
              w.table(QStringLiteral("commune"), words("id province_id valid_from valid_to target_year illustrative"))),
          period(w.table(QStringLiteral("commune_period"),
                         words("id commune_id valid_from valid_to code name kind district_id"))),
          lineage(w.table(QStringLiteral("commune_lineage"),
                          words("id predecessor_id successor_id effective_on act kind verified"))),
          group(w.table(QStringLiteral("commune_group"), words("id commune_id group_number valid_from"))),
          assessment(w.table(QStringLiteral("assessment"),
                             words("id seq commune_id criterion_id set_id family criterion_number assessed_on status "
                                   "recorded_at recorded_by illustrative"))),
          recognition(w.table(QStringLiteral("recognition"),
                              words("id commune_id tier decision_no decided_on ended_on end_reason"))),
          meeting(w.table(QStringLiteral("review_meeting"),
                          words("id commune_id held_on chair decisions responsible created_at updated_at "
                                "illustrative"))),
          meetingCriterion(w.table(QStringLiteral("review_meeting_criterion"), words("meeting_id criterion_id"))),
          official(w.table(QStringLiteral("official"),
                           words("id full_name name_folded gender birth_date home_unit home_district_id position "
                                 "created_at updated_at illustrative"))),
          rotation(w.table(QStringLiteral("rotation"),
                           words("id official_id kind decision_no decision_date issuing_body decision_key from_unit "
                                 "from_position commune_id to_position start_date planned_end actual_end end_reason "
                                 "evaluation return_position created_at updated_at illustrative"))),
          meta(w.table(QStringLiteral("meta"), words("key value"))),
          audit(w.table(QStringLiteral("audit_log"), words("at actor table_name after_json action")))
    {
        commune.integer(6, 1);
        lineage.text(6, std::string_view("merge")).integer(7, 0);
        assessment.text(11, std::string_view("generate")).integer(12, 1);
        meeting.integer(9, 1);
        official.integer(11, 1);
        rotation.integer(20, 1);
        audit.text(5, std::string_view("bulk"));
    }

    BulkTable &province, &district, &commune, &period, &lineage, &group, &assessment, &recognition, &meeting,
        &meetingCriterion, &official, &rotation, &meta, &audit;
};

NationalWriter::NationalWriter(BulkWriter& writer, const GenerateOptions& options, const CriteriaTimeline& timeline)
    : m_writer(writer), m_options(options), m_timeline(timeline), m_st(std::make_unique<Statements>(writer)),
      m_periodIds(options.seed, 0x0004), m_lineageIds(options.seed, 0x0005), m_groupIds(options.seed, 0x0006),
      m_meetingIds(options.seed, 0x0009), m_assessmentIds(options.seed, 0x000a), m_recognitionIds(options.seed, 0x000b),
      m_stamp(options.stamp().toUtf8())
{
}

NationalWriter::~NationalWriter() = default;

Status NationalWriter::prepared() const
{
    return m_writer.prepared();
}

Status NationalWriter::count(Status s)
{
    if (s) {
        ++m_rows;
    }
    return s;
}

Status NationalWriter::writeUnits(const NationalUnits& units)
{
    for (const GenProvince& p : units.provinces()) {
        if (Status s = count(m_st->province.text(1, p.id).text(2, p.code.toUtf8()).text(3, p.name.toUtf8()).run());
            !s) {
            return s;
        }
    }
    const Iso districtsEnd(m_options.includesReform() ? GenerateOptions::reformDate().addDays(-1) : QDate());
    for (const GenDistrict& d : units.districts()) {
        m_st->district.text(1, d.id).text(2, units.provinces().at(d.province).id).text(3, d.code.toUtf8());
        m_st->district.text(4, d.name.toUtf8()).text(5, keyOf(d.kind)).textOrNull(6, districtsEnd.view());
        if (Status s = count(m_st->district.run()); !s) {
            return s;
        }
    }
    for (const GenCommune& c : units.communes()) {
        if (Status s = writeCommune(c, units); !s) {
            return s;
        }
    }
    return {};
}

Status NationalWriter::writeCommune(const GenCommune& c, const NationalUnits& units)
{
    const QByteArray province = units.provinces().at(c.province).id;
    const Iso reform(GenerateOptions::reformDate());
    const Iso end(c.validTo);
    const Iso lastOld(c.keptWhole ? GenerateOptions::reformDate().addDays(-1) : c.validTo);
    m_st->commune.text(1, c.id).text(2, province).textOrNull(3, c.madeByReform() ? reform.view() : std::string_view());
    m_st->commune.textOrNull(4, end.view()).integer(5, ProgressSimulator::targetYear(c));
    if (Status s = count(m_st->commune.run()); !s) {
        return s;
    }
    const QByteArray code = c.code.toUtf8();
    const QByteArray name = c.name.toUtf8();
    const QByteArray kind = keyOf(c.kind);
    auto period = [&](std::string_view from, std::string_view to, const QByteArray& district) {
        m_st->period.text(1, m_periodIds.next()).text(2, c.id).textOrNull(3, from).textOrNull(4, to);
        m_st->period.text(5, code).text(6, name).text(7, kind).textOrNull(8, district);
        return count(m_st->period.run());
    };
    const QByteArray district = c.madeByReform() ? QByteArray() : units.districts().at(c.district).id;
    if (Status s = period(c.madeByReform() ? reform.view() : std::string_view(), lastOld.view(), district); !s) {
        return s;
    }
    if (c.keptWhole) {
        if (Status s = period(reform.view(), {}, {}); !s) {
            return s;
        }
    }
    static const QByteArray act = QStringLiteral("Sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)").toUtf8();
    for (int part : c.parts) {
        m_st->lineage.text(1, m_lineageIds.next()).text(2, units.communes().at(part).id).text(3, c.id);
        m_st->lineage.text(4, reform.view()).text(5, act);
        if (Status s = count(m_st->lineage.run()); !s) {
            return s;
        }
    }
    const QDate groupsFrom = m_timeline.newFamilyFrom();
    if (groupsFrom.isValid() && groupsFrom <= m_options.horizon() && c.existsOn(groupsFrom) &&
        c.kind == CommuneKind::Xa) {
        const int group = c.strength > 0.6 ? 1 : c.strength > 0.3 ? 2 : 3;
        m_st->group.text(1, m_groupIds.next()).text(2, c.id).integer(3, group).text(4, Iso(groupsFrom).view());
        return count(m_st->group.run());
    }
    return {};
}

Status NationalWriter::writeHistory(const GenCommune& c, const CommuneHistory& h, const QList<GenMeeting>& meetings)
{
    for (const GenEvent& e : h.events) {
        const CriteriaTimeline::Set& set = m_timeline.set(e.set);
        const Iso on(e.date);
        BulkTable& a = m_st->assessment;
        a.text(1, m_assessmentIds.next()).integer(2, ++m_seq).text(3, c.id).text(4, set.criterionIds.at(e.number - 1));
        a.text(5, set.id).text(6, set.family).integer(7, e.number).text(8, on.view()).text(9, key(e.status));
        a.text(10, on.midnight());
        if (Status s = count(a.run()); !s) {
            return s;
        }
    }
    for (const GenRecognition& r : h.recognitions) {
        const QByteArray number = QByteArray::number(++m_recognitionNumber) + "/QĐ-UBND";
        BulkTable& st = m_st->recognition;
        st.text(1, m_recognitionIds.next()).text(2, c.id).text(3, keyOf(r.tier)).text(4, number);
        st.text(5, Iso(r.decided).view()).textOrNull(6, Iso(r.ended).view());
        st.textOrNull(7, r.ended.isValid() ? std::string_view("merger") : std::string_view());
        if (Status s = count(st.run()); !s) {
            return s;
        }
    }
    static const QByteArray chair = QStringLiteral("Bí thư Đảng ủy xã").toUtf8();
    static const QByteArray responsible = QStringLiteral("Ban Chỉ đạo xây dựng NTM xã").toUtf8();
    for (const GenMeeting& m : meetings) {
        const QByteArray id = m_meetingIds.next();
        const Iso held(m.heldOn);
        m_st->meeting.text(1, id).text(2, c.id).text(3, held.view()).text(4, chair).text(5, m.decisions.toUtf8());
        m_st->meeting.text(6, responsible).text(7, held.midnight()).text(8, held.midnight());
        if (Status s = count(m_st->meeting.run()); !s) {
            return s;
        }
        for (int n : m.numbers) {
            m_st->meetingCriterion.text(1, id).text(2, m_timeline.set(m.set).criterionIds.at(n - 1));
            if (Status s = count(m_st->meetingCriterion.run()); !s) {
                return s;
            }
        }
    }
    return {};
}

Status NationalWriter::writePeople(const Official& o, const QList<Rotation>& rotations)
{
    BulkTable& st = m_st->official;
    st.text(1, o.id.toUtf8()).text(2, o.fullName.toUtf8()).text(3, text::fold(o.fullName).toUtf8());
    st.text(4, keyOf(o.gender)).text(5, Iso(o.birthDate).view()).text(6, o.homeUnit.toUtf8());
    st.text(7, o.homeDistrictId.toUtf8()).text(8, o.position.toUtf8()).text(9, m_stamp).text(10, m_stamp);
    if (Status s = count(st.run()); !s) {
        return s;
    }
    for (const Rotation& r : rotations) {
        if (Status s = writeRotation(r); !s) {
            return s;
        }
    }
    return {};
}

Status NationalWriter::writeRotation(const Rotation& r)
{
    BulkTable& st = m_st->rotation;
    st.text(1, r.id.toUtf8()).text(2, r.officialId.toUtf8()).text(3, keyOf(r.kind)).text(4, r.decisionNo.toUtf8());
    st.text(5, Iso(r.decisionDate).view()).text(6, r.issuingBody.toUtf8());
    st.text(7, decisionKey(r.issuingBody, r.decisionNo).toUtf8()).text(8, r.fromUnit.toUtf8());
    st.text(9, r.fromPosition.toUtf8()).text(10, r.communeId.toUtf8()).text(11, r.toPosition.toUtf8());
    st.text(12, Iso(r.startDate).view()).textOrNull(13, Iso(r.plannedEnd).view());
    st.textOrNull(14, Iso(r.actualEnd).view());
    st.textOrNull(15, r.endReason ? keyOf(*r.endReason) : QByteArray());
    st.textOrNull(16, r.evaluation ? keyOf(*r.evaluation) : QByteArray());
    st.textOrNull(17, r.returnPosition.toUtf8()).text(18, m_stamp).text(19, m_stamp);
    return count(st.run());
}

Status NationalWriter::writeClosing(const QString& description, const QString& summaryJson)
{
    if (Status s = count(m_st->meta.text(1, std::string_view("generated")).text(2, description.toUtf8()).run()); !s) {
        return s;
    }
    m_st->audit.text(1, m_stamp).text(2, kActor).text(3, std::string_view("commune")).text(4, summaryJson.toUtf8());
    if (Status s = count(m_st->audit.run()); !s) {
        return s;
    }
    return m_writer.finish();
}

} // namespace ntm::core::generate
