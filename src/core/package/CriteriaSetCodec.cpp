// SPDX-License-Identifier: GPL-3.0-or-later
#include "package/CriteriaSetCodec.h"
#include "package/FieldText.h"

#include "package/RecordCodec.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

namespace ntm::core {

namespace {
using json = nlohmann::json;

FieldSpec field(const char* name, FieldType type, bool required = false)
{
    return {.name = name, .type = type, .required = required};
}

const QList<FieldSpec>& setFields()
{
    static const QList<FieldSpec> f{
        field("id", FieldType::Id, true),
        field("code", FieldType::Text, true),
        {.name = "version", .type = FieldType::Integer, .required = true, .min = 1, .max = 100000},
        field("family", FieldType::Text, true),
        field("name", FieldType::Text, true),
        field("name_en", FieldType::Text),
        field("decision", FieldType::Text),
        field("issuer", FieldType::Text),
        field("issued_on", FieldType::Date),
        field("valid_from", FieldType::Date),
        field("valid_to", FieldType::Date),
        {.name = "scope",
         .type = FieldType::Choice,
         .required = true,
         .choices = {QStringLiteral("national"), QStringLiteral("provincial")}},
        field("province_name", FieldType::Text),
        field("base_set_code", FieldType::Text),
        field("target_region", FieldType::Text),
        field("note", FieldType::Text),
        field("content_hash", FieldType::Text, true),
        {.name = "assumption", .type = FieldType::Boolean, .fallback = QVariant(qint64(0))}};
    return f;
}

const QList<FieldSpec>& groupFields()
{
    static const QList<FieldSpec> f{
        {.name = "number", .type = FieldType::Integer, .required = true, .min = 1, .max = 3},
        field("name", FieldType::Text, true),
        field("name_en", FieldType::Text)};
    return f;
}

const QList<FieldSpec>& criterionFields()
{
    static const QList<FieldSpec> f{
        field("id", FieldType::Id, true),
        {.name = "number", .type = FieldType::Integer, .required = true, .min = 1, .max = 1000},
        field("group_code", FieldType::Text),
        field("group_name", FieldType::Text),
        field("name", FieldType::Text, true),
        field("name_en", FieldType::Text),
        {.name = "verified", .type = FieldType::Boolean, .fallback = QVariant(qint64(1))},
        field("note", FieldType::Text)};
    return f;
}

const QList<FieldSpec>& indicatorFields()
{
    static const QList<FieldSpec> f{
        field("id", FieldType::Id, true),
        field("code", FieldType::Text), // empty when the decision's code is not known (51/2025)
        field("name", FieldType::Text, true),
        field("name_en", FieldType::Text),
        field("unit", FieldType::Text),
        {.name = "kind",
         .type = FieldType::Choice,
         .required = true,
         .choices = {QStringLiteral("boolean"), QStringLiteral("percent"), QStringLiteral("number"),
                     QStringLiteral("count"), QStringLiteral("text")}},
        {.name = "direction", .type = FieldType::Choice, .choices = {QStringLiteral("min"), QStringLiteral("max")}},
        field("target", FieldType::Text),
        {.name = "verified", .type = FieldType::Boolean, .fallback = QVariant(qint64(1))},
        field("note", FieldType::Text),
        field("valid_from", FieldType::Date),
        field("valid_to", FieldType::Date)};
    return f;
}

const QList<FieldSpec>& periodFields()
{
    static const QList<FieldSpec> f{{.name = "group", .type = FieldType::Integer, .min = 0, .max = 3},
                                    field("valid_from", FieldType::Date, true),
                                    field("valid_to", FieldType::Date),
                                    field("target", FieldType::Text),
                                    {.name = "verified", .type = FieldType::Boolean, .fallback = QVariant(qint64(1))},
                                    field("note", FieldType::Text)};
    return f;
}

const QList<FieldSpec>& tierFields()
{
    static const QList<FieldSpec> f{
        {.name = "tier",
         .type = FieldType::Choice,
         .required = true,
         .choices = {QStringLiteral("ntm"), QStringLiteral("nang_cao"), QStringLiteral("kieu_mau"),
                     QStringLiteral("hien_dai")}},
        field("name", FieldType::Text, true),
        field("name_en", FieldType::Text),
        field("basis", FieldType::Text),
        {.name = "has_criteria", .type = FieldType::Boolean, .fallback = QVariant(qint64(1))},
        {.name = "verified", .type = FieldType::Boolean, .fallback = QVariant(qint64(1))},
        field("note", FieldType::Text)};
    return f;
}

QDate dateOf(const QVariantList& v, int i)
{
    return QDate::fromString(v.at(i).toString(), Qt::ISODate);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QVariant textValue(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s);
}

std::optional<Indicator> readIndicator(const json& j, const QString& place, const QSet<int>& groups,
                                       PlaceErrors& errors)
{
    QVariantList v;
    if (!RecordCodec::readFields(indicatorFields(), j, place, v,
                                 {"targets_by_region", "targets_by_group", "targets_over_time"}, errors)) {
        return std::nullopt;
    }
    Indicator i;
    i.id = fieldText(v, 0);
    i.code = fieldText(v, 1);
    i.name = fieldText(v, 2);
    i.nameEn = fieldText(v, 3);
    i.unit = fieldText(v, 4);
    parseIndicatorKind(fieldText(v, 5), &i.kind);
    i.direction = fieldText(v, 6);
    i.target = fieldText(v, 7);
    i.verified = v.at(8).toLongLong() != 0;
    i.note = fieldText(v, 9);
    i.validFrom = dateOf(v, 10);
    i.validTo = dateOf(v, 11);
    if (const auto periods = j.find("targets_over_time"); periods != j.end() && !periods->is_null()) {
        if (!periods->is_array()) {
            errors.add(place + QStringLiteral(".targets_over_time"), CriteriaSetCodec::tr("must be a list"));
            return std::nullopt;
        }
        int n = 0;
        for (const json& pj : *periods) {
            QVariantList pv;
            if (!RecordCodec::readFields(periodFields(), pj, place + QStringLiteral(".targets_over_time[%1]").arg(n++),
                                         pv, {}, errors)) {
                return std::nullopt;
            }
            i.targetPeriods.append({static_cast<int>(pv.at(0).toLongLong()), dateOf(pv, 1), dateOf(pv, 2),
                                    fieldText(pv, 3), pv.at(4).toLongLong() != 0, fieldText(pv, 5)});
        }
    }
    if (const auto r = j.find("targets_by_region"); r != j.end() && !r->is_null()) {
        if (!r->is_object()) {
            errors.add(place + QStringLiteral(".targets_by_region"), CriteriaSetCodec::tr("must be an object"));
            return std::nullopt;
        }
        i.targetsByRegionJson = QString::fromStdString(r->dump());
    }
    if (const auto g = j.find("targets_by_group"); g != j.end() && !g->is_null()) {
        for (auto it = g->is_object() ? g->begin() : g->end(); it != g->end(); ++it) {
            bool ok = false;
            const int n = QString::fromStdString(it.key()).toInt(&ok);
            if (!ok || !groups.contains(n) || !it->is_string()) {
                errors.add(place + QStringLiteral(".targets_by_group"),
                           CriteriaSetCodec::tr("must map the set's commune group numbers to text targets"));
                return std::nullopt;
            }
            i.targetsByGroup.insert(n, QString::fromStdString(it->get<std::string>()));
        }
        if (!g->is_object()) {
            errors.add(place + QStringLiteral(".targets_by_group"), CriteriaSetCodec::tr("must be an object"));
            return std::nullopt;
        }
    }
    return i;
}

std::optional<Criterion> readCriterion(const json& j, const QString& place, const QSet<int>& groups,
                                       PlaceErrors& errors)
{
    QVariantList v;
    if (!RecordCodec::readFields(criterionFields(), j, place, v, {"indicators"}, errors)) {
        return std::nullopt;
    }
    Criterion c;
    c.id = fieldText(v, 0);
    c.number = static_cast<int>(v.at(1).toLongLong());
    c.groupCode = fieldText(v, 2);
    c.groupName = fieldText(v, 3);
    c.name = fieldText(v, 4);
    c.nameEn = fieldText(v, 5);
    c.verified = v.at(6).toLongLong() != 0;
    c.note = fieldText(v, 7);
    const auto list = j.find("indicators");
    if (list == j.end() || list->is_null()) {
        return c;
    }
    if (!list->is_array()) {
        errors.add(place + QStringLiteral(".indicators"), CriteriaSetCodec::tr("must be a list"));
        return std::nullopt;
    }
    int n = 0;
    for (const json& ij : *list) {
        const auto indicator = readIndicator(ij, place + QStringLiteral(".indicators[%1]").arg(n++), groups, errors);
        if (!indicator) {
            return std::nullopt;
        }
        c.indicators.append(*indicator);
    }
    return c;
}

bool readGroups(const json& j, const QString& place, CriteriaSet& s, PlaceErrors& errors)
{
    const auto list = j.find("commune_groups");
    if (list == j.end() || list->is_null()) {
        return true;
    }
    if (!list->is_array()) {
        errors.add(place + QStringLiteral(".commune_groups"), CriteriaSetCodec::tr("must be a list"));
        return false;
    }
    int n = 0;
    for (const json& g : *list) {
        QVariantList v;
        const QString where = place + QStringLiteral(".commune_groups[%1]").arg(n++);
        if (!RecordCodec::readFields(groupFields(), g, where, v, {}, errors)) {
            return false;
        }
        s.communeGroups.append({static_cast<int>(v.at(0).toLongLong()), fieldText(v, 1), fieldText(v, 2)});
    }
    return true;
}

bool readCriteria(const json& j, const QString& place, CriteriaSet& s, PlaceErrors& errors)
{
    const auto list = j.find("criteria");
    if (list == j.end() || !list->is_array() || list->empty()) {
        errors.add(place + QStringLiteral(".criteria"), CriteriaSetCodec::tr("must be a non-empty list"));
        return false;
    }
    QSet<int> groups;
    for (const CommuneGroupDef& g : s.communeGroups) {
        groups.insert(g.number);
    }
    QSet<int> numbers;
    int n = 0;
    for (const json& cj : *list) {
        const QString where = place + QStringLiteral(".criteria[%1]").arg(n++);
        const auto c = readCriterion(cj, where, groups, errors);
        if (!c) {
            return false;
        }
        if (numbers.contains(c->number)) {
            errors.add(where + QStringLiteral(".number"),
                       CriteriaSetCodec::tr("criterion %1 appears twice").arg(c->number));
            return false;
        }
        numbers.insert(c->number);
        s.criteria.append(*c);
    }
    std::sort(s.criteria.begin(), s.criteria.end(),
              [](const Criterion& a, const Criterion& b) { return a.number < b.number; });
    return true;
}
} // namespace

std::optional<CriteriaSet> CriteriaSetCodec::fromJson(const json& j, const QString& place, PlaceErrors& errors)
{
    QVariantList v;
    if (!RecordCodec::readFields(setFields(), j, place, v, {"commune_groups", "criteria", "tiers"}, errors)) {
        return std::nullopt;
    }
    CriteriaSet s;
    s.id = fieldText(v, 0);
    s.code = fieldText(v, 1);
    s.version = static_cast<int>(v.at(2).toLongLong());
    s.family = fieldText(v, 3);
    s.name = fieldText(v, 4);
    s.nameEn = fieldText(v, 5);
    s.decision = fieldText(v, 6);
    s.issuer = fieldText(v, 7);
    s.issued = dateOf(v, 8);
    s.validFrom = dateOf(v, 9);
    s.validTo = dateOf(v, 10);
    s.scope = fieldText(v, 11);
    s.provinceName = fieldText(v, 12);
    s.baseSetCode = fieldText(v, 13);
    s.targetRegion = fieldText(v, 14);
    s.note = fieldText(v, 15);
    s.contentHash = fieldText(v, 16);
    s.assumption = v.at(17).toLongLong() != 0;
    if (const auto tiers = j.find("tiers"); tiers != j.end() && !tiers->is_null()) {
        if (!tiers->is_array()) {
            errors.add(place + QStringLiteral(".tiers"), tr("must be a list"));
            return std::nullopt;
        }
        int n = 0;
        for (const json& tj : *tiers) {
            QVariantList tv;
            if (!RecordCodec::readFields(tierFields(), tj, place + QStringLiteral(".tiers[%1]").arg(n++), tv, {},
                                         errors)) {
                return std::nullopt;
            }
            s.tiers.append({fieldText(tv, 0), fieldText(tv, 1), fieldText(tv, 2), fieldText(tv, 3),
                            tv.at(4).toLongLong() != 0, tv.at(5).toLongLong() != 0, fieldText(tv, 6)});
        }
    }
    if (s.validFrom.isValid() && s.validTo.isValid() && s.validTo < s.validFrom) {
        errors.add(place + QStringLiteral(".valid_to"), tr("is before valid_from"));
        return std::nullopt;
    }
    if (!readGroups(j, place, s, errors) || !readCriteria(j, place, s, errors)) {
        return std::nullopt;
    }
    return s;
}

json CriteriaSetCodec::toJson(const CriteriaSet& s)
{
    json o =
        RecordCodec::toJson({.fields = setFields()},
                            {s.id, s.code, qint64(s.version), s.family, s.name, textValue(s.nameEn),
                             textValue(s.decision), textValue(s.issuer), dateValue(s.issued), dateValue(s.validFrom),
                             dateValue(s.validTo), s.scope, textValue(s.provinceName), textValue(s.baseSetCode),
                             textValue(s.targetRegion), textValue(s.note), s.contentHash, qint64(s.assumption ? 1 : 0)},
                            {});
    json tiers = json::array();
    for (const TierDef& t : s.tiers) {
        tiers.push_back(
            RecordCodec::toJson({.fields = tierFields()},
                                {t.tier, t.name, textValue(t.nameEn), textValue(t.basis), qint64(t.hasCriteria ? 1 : 0),
                                 qint64(t.verified ? 1 : 0), textValue(t.note)},
                                {}));
    }
    if (!tiers.empty()) {
        o["tiers"] = tiers;
    }
    json groups = json::array();
    for (const CommuneGroupDef& g : s.communeGroups) {
        groups.push_back(
            RecordCodec::toJson({.fields = groupFields()}, {qint64(g.number), g.name, textValue(g.nameEn)}, {}));
    }
    if (!groups.empty()) {
        o["commune_groups"] = groups;
    }
    json criteria = json::array();
    for (const Criterion& c : s.criteria) {
        json cj = RecordCodec::toJson({.fields = criterionFields()},
                                      {c.id, qint64(c.number), textValue(c.groupCode), textValue(c.groupName), c.name,
                                       textValue(c.nameEn), qint64(c.verified ? 1 : 0), textValue(c.note)},
                                      {});
        json indicators = json::array();
        for (const Indicator& i : c.indicators) {
            json ij = RecordCodec::toJson({.fields = indicatorFields()},
                                          {i.id, textValue(i.code), i.name, textValue(i.nameEn), textValue(i.unit),
                                           indicatorKindKey(i.kind), textValue(i.direction), textValue(i.target),
                                           qint64(i.verified ? 1 : 0), textValue(i.note), dateValue(i.validFrom),
                                           dateValue(i.validTo)},
                                          {});
            json periods = json::array();
            for (const TargetPeriod& p : i.targetPeriods) {
                periods.push_back(
                    RecordCodec::toJson({.fields = periodFields()},
                                        {qint64(p.group), dateValue(p.from), dateValue(p.to), textValue(p.target),
                                         qint64(p.verified ? 1 : 0), textValue(p.note)},
                                        {}));
            }
            if (!periods.empty()) {
                ij["targets_over_time"] = std::move(periods);
            }
            if (const json region = json::parse(i.targetsByRegionJson.toStdString(), nullptr, false);
                !i.targetsByRegionJson.isEmpty() && region.is_object()) {
                ij["targets_by_region"] = region;
            }
            for (auto it = i.targetsByGroup.cbegin(); it != i.targetsByGroup.cend(); ++it) {
                ij["targets_by_group"][std::to_string(it.key())] = it.value().toStdString();
            }
            indicators.push_back(std::move(ij));
        }
        if (!indicators.empty()) {
            cj["indicators"] = std::move(indicators);
        }
        criteria.push_back(std::move(cj));
    }
    o["criteria"] = std::move(criteria);
    return o;
}

QByteArray CriteriaSetCodec::definitionHash(const CriteriaSet& set)
{
    CriteriaSet sorted = set;
    std::sort(sorted.criteria.begin(), sorted.criteria.end(),
              [](const Criterion& a, const Criterion& b) { return a.number < b.number; });
    return QCryptographicHash::hash(QByteArray::fromStdString(toJson(sorted).dump()), QCryptographicHash::Sha256)
        .toHex();
}

} // namespace ntm::core
