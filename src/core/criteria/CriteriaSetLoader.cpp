// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/CriteriaSetLoader.h"

#include "util/Dates.h"
#include "util/JsonSyntax.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

namespace ntm::core {

namespace {
using json = nlohmann::json;

/// Collects the first problem found, with its place in the file.
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    bool failed() const { return !m_error.isEmpty(); }
    Error error() const
    {
        return Error{m_place, m_source + QStringLiteral(": ") + m_place + QStringLiteral(": ") + m_error};
    }

    void fail(const QString& place, const QString& message)
    {
        if (!failed()) {
            m_place = place;
            m_error = message;
        }
    }

    QString text(const json& o, const char* key, const QString& place, bool required)
    {
        const QString where =
            place.isEmpty() ? QString::fromLatin1(key) : place + QLatin1Char('.') + QLatin1String(key);
        if (!o.contains(key) || o.at(key).is_null()) {
            if (required) {
                fail(where, CriteriaSetLoader::tr("is missing"));
            }
            return {};
        }
        if (!o.at(key).is_string()) {
            fail(where, CriteriaSetLoader::tr("must be text"));
            return {};
        }
        const QString v = QString::fromStdString(o.at(key).get<std::string>()).trimmed();
        if (required && v.isEmpty()) {
            fail(where, CriteriaSetLoader::tr("must not be empty"));
        }
        return v;
    }

    QDate date(const json& o, const char* key, const QString& place)
    {
        const QString t = text(o, key, place, false);
        if (t.isEmpty()) {
            return {};
        }
        const QDate d = dates::fromIso(t);
        if (!d.isValid()) {
            fail(place.isEmpty() ? QString::fromLatin1(key) : place + QLatin1Char('.') + QLatin1String(key),
                 CriteriaSetLoader::tr("\"%1\" is not a date (use YYYY-MM-DD)").arg(t));
        }
        return d;
    }

    int integer(const json& o, const char* key, const QString& place, int fallback)
    {
        const QString where =
            place.isEmpty() ? QString::fromLatin1(key) : place + QLatin1Char('.') + QLatin1String(key);
        if (!o.contains(key) || o.at(key).is_null()) {
            if (fallback < 0) {
                fail(where, CriteriaSetLoader::tr("is missing"));
            }
            return fallback;
        }
        if (!o.at(key).is_number_integer()) {
            fail(where, CriteriaSetLoader::tr("must be a whole number"));
            return fallback;
        }
        return o.at(key).get<int>();
    }

    bool boolean(const json& o, const char* key, bool fallback)
    {
        return o.contains(key) && o.at(key).is_boolean() ? o.at(key).get<bool>() : fallback;
    }

private:
    QString m_source;
    QString m_place;
    QString m_error;
};

void readTargetPeriods(Reader& r, const json& j, const QString& place, const QSet<int>& groups, Indicator& i)
{
    if (!j.contains("targets_over_time") || j.at("targets_over_time").is_null()) {
        return;
    }
    const json& list = j.at("targets_over_time");
    if (!list.is_array()) {
        r.fail(place + QStringLiteral(".targets_over_time"), CriteriaSetLoader::tr("must be a list"));
        return;
    }
    int n = 0;
    for (const json& t : list) {
        const QString where = place + QStringLiteral(".targets_over_time[%1]").arg(n++);
        if (!t.is_object()) {
            r.fail(where, CriteriaSetLoader::tr("must be an object"));
            return;
        }
        TargetPeriod p;
        p.group = r.integer(t, "group", where, 0);
        p.from = r.date(t, "valid_from", where);
        p.to = r.date(t, "valid_to", where);
        p.target = r.text(t, "target", where, false);
        p.verified = r.boolean(t, "verified", true);
        p.note = r.text(t, "note", where, false);
        if (!r.failed() && !p.from.isValid()) {
            r.fail(where + QStringLiteral(".valid_from"), CriteriaSetLoader::tr("is missing"));
        } else if (!r.failed() && p.to.isValid() && p.to < p.from) {
            r.fail(where + QStringLiteral(".valid_to"), CriteriaSetLoader::tr("is before valid_from"));
        } else if (!r.failed() && p.group != 0 && !groups.contains(p.group)) {
            r.fail(where + QStringLiteral(".group"),
                   CriteriaSetLoader::tr("group \"%1\" is not one of the set's commune_groups").arg(p.group));
        } else if (!r.failed() && p.target.isEmpty() && p.verified) {
            // An unknown level is allowed only when it says so: never a silent gap.
            r.fail(where + QStringLiteral(".target"),
                   CriteriaSetLoader::tr("is empty: give the level, or mark the period \"verified\": false with a "
                                         "note"));
        }
        for (const TargetPeriod& other : i.targetPeriods) {
            const bool overlap = other.group == p.group && (!other.to.isValid() || p.from <= other.to) &&
                                 (!p.to.isValid() || other.from <= p.to);
            if (!r.failed() && overlap) {
                r.fail(where, CriteriaSetLoader::tr("overlaps another period of the same group"));
            }
        }
        i.targetPeriods.append(p);
    }
}

Indicator readIndicator(Reader& r, const json& j, const QString& place, const QSet<int>& groups)
{
    Indicator i;
    if (!j.is_object()) {
        r.fail(place, CriteriaSetLoader::tr("must be an object"));
        return i;
    }
    // A code may be left empty when the decision's code is not known (51/2025's table is not public); the note
    // must then say so.
    i.code = r.text(j, "code", place, false);
    i.name = r.text(j, "name", place, true);
    i.nameEn = r.text(j, "name_en", place, false);
    i.unit = r.text(j, "unit", place, false);
    const QString kind = r.text(j, "kind", place, true);
    if (!kind.isEmpty() && !parseIndicatorKind(kind, &i.kind)) {
        r.fail(place + QStringLiteral(".kind"),
               CriteriaSetLoader::tr("\"%1\" is not one of boolean, percent, number, count, text").arg(kind));
    }
    i.direction = r.text(j, "direction", place, false);
    if (!i.direction.isEmpty() && i.direction != QLatin1String("min") && i.direction != QLatin1String("max")) {
        r.fail(place + QStringLiteral(".direction"), CriteriaSetLoader::tr("must be \"min\" or \"max\""));
    }
    i.target = r.text(j, "target", place, false);
    if (j.contains("targets_by_region") && j.at("targets_by_region").is_object()) {
        i.targetsByRegionJson = QString::fromStdString(j.at("targets_by_region").dump());
    }
    if (j.contains("targets_by_group") && !j.at("targets_by_group").is_null()) {
        const json& t = j.at("targets_by_group");
        if (!t.is_object()) {
            r.fail(place + QStringLiteral(".targets_by_group"), CriteriaSetLoader::tr("must be an object"));
        } else {
            for (auto it = t.begin(); it != t.end(); ++it) {
                bool ok = false;
                const int g = QString::fromStdString(it.key()).toInt(&ok);
                if (!ok || !groups.contains(g)) {
                    r.fail(place + QStringLiteral(".targets_by_group"),
                           CriteriaSetLoader::tr("group \"%1\" is not one of the set's commune_groups")
                               .arg(QString::fromStdString(it.key())));
                } else if (it.value().is_string()) {
                    i.targetsByGroup.insert(g, QString::fromStdString(it.value().get<std::string>()));
                } else if (!it.value().is_null()) {
                    r.fail(place + QStringLiteral(".targets_by_group"), CriteriaSetLoader::tr("targets must be text"));
                }
            }
        }
    }
    i.verified = r.boolean(j, "verified", true);
    i.note = r.text(j, "note", place, false);
    if (!r.failed() && i.code.isEmpty() && (i.verified || i.note.isEmpty())) {
        r.fail(place + QStringLiteral(".code"),
               CriteriaSetLoader::tr("is empty: give the code, or mark the indicator \"verified\": false with a note "
                                     "that says why it has none"));
    }
    i.validFrom = r.date(j, "valid_from", place);
    i.validTo = r.date(j, "valid_to", place);
    if (!r.failed() && i.validFrom.isValid() && i.validTo.isValid() && i.validTo < i.validFrom) {
        r.fail(place + QStringLiteral(".valid_to"), CriteriaSetLoader::tr("is before valid_from"));
    }
    readTargetPeriods(r, j, place, groups, i);
    return i;
}

bool overlaps(const Indicator& a, const Indicator& b)
{
    return (!a.validTo.isValid() || !b.validFrom.isValid() || b.validFrom <= a.validTo) &&
           (!b.validTo.isValid() || !a.validFrom.isValid() || a.validFrom <= b.validTo);
}

void readTiers(Reader& r, const json& root, CriteriaSet& s)
{
    if (!root.contains("tiers") || root.at("tiers").is_null()) {
        return;
    }
    if (!root.at("tiers").is_array()) {
        r.fail(QStringLiteral("tiers"), CriteriaSetLoader::tr("must be a list"));
        return;
    }
    static const QStringList known{QStringLiteral("ntm"), QStringLiteral("nang_cao"), QStringLiteral("kieu_mau"),
                                   QStringLiteral("hien_dai")};
    int n = 0;
    for (const json& t : root.at("tiers")) {
        const QString place = QStringLiteral("tiers[%1]").arg(n++);
        TierDef d;
        d.tier = r.text(t, "tier", place, true);
        d.name = r.text(t, "name", place, true);
        d.nameEn = r.text(t, "name_en", place, false);
        d.basis = r.text(t, "basis", place, false);
        d.hasCriteria = r.boolean(t, "has_criteria", true);
        d.verified = r.boolean(t, "verified", true);
        d.note = r.text(t, "note", place, false);
        if (!r.failed() && !known.contains(d.tier)) {
            r.fail(place + QStringLiteral(".tier"),
                   CriteriaSetLoader::tr("\"%1\" is not one of ntm, nang_cao, kieu_mau, hien_dai").arg(d.tier));
        }
        for (const TierDef& other : s.tiers) {
            if (!r.failed() && other.tier == d.tier) {
                r.fail(place + QStringLiteral(".tier"), CriteriaSetLoader::tr("tier %1 appears twice").arg(d.tier));
            }
        }
        s.tiers.append(d);
    }
}

Criterion readCriterion(Reader& r, const json& j, const QString& place, const QHash<QString, QString>& groupNames,
                        const QSet<int>& communeGroups)
{
    Criterion c;
    if (!j.is_object()) {
        r.fail(place, CriteriaSetLoader::tr("must be an object"));
        return c;
    }
    c.number = r.integer(j, "number", place, -1);
    if (!r.failed() && c.number < 1) {
        r.fail(place + QStringLiteral(".number"), CriteriaSetLoader::tr("must be 1 or more"));
    }
    c.name = r.text(j, "name", place, true);
    c.nameEn = r.text(j, "name_en", place, false);
    c.groupCode = r.text(j, "group", place, false);
    if (!c.groupCode.isEmpty()) {
        if (!groupNames.contains(c.groupCode)) {
            r.fail(place + QStringLiteral(".group"),
                   CriteriaSetLoader::tr("\"%1\" is not one of the set's groups").arg(c.groupCode));
        }
        c.groupName = groupNames.value(c.groupCode);
    }
    c.verified = r.boolean(j, "verified", true);
    c.note = r.text(j, "note", place, false);
    if (j.contains("indicators") && !j.at("indicators").is_null()) {
        if (!j.at("indicators").is_array()) {
            r.fail(place + QStringLiteral(".indicators"), CriteriaSetLoader::tr("must be a list"));
            return c;
        }
        int n = 0;
        for (const json& ij : j.at("indicators")) {
            c.indicators.append(
                readIndicator(r, ij, place + QStringLiteral(".indicators[%1]").arg(n++), communeGroups));
        }
    }
    return c;
}

void readHeader(Reader& r, const json& root, CriteriaSet& s)
{
    const QString format = r.text(root, "format", QString(), true);
    if (!r.failed() && format != QLatin1String(CriteriaSetLoader::kFormat)) {
        r.fail(QStringLiteral("format"), CriteriaSetLoader::tr("\"%1\" is not a criteria set format this program "
                                                               "reads (expected \"%2\")")
                                             .arg(format, QLatin1String(CriteriaSetLoader::kFormat)));
    }
    s.code = r.text(root, "code", QString(), true);
    static const QRegularExpression codeRx(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    if (!s.code.isEmpty() && !codeRx.match(s.code).hasMatch()) {
        r.fail(QStringLiteral("code"), CriteriaSetLoader::tr("may hold only letters, digits, '-', '_' and '.'"));
    }
    s.version = r.integer(root, "version", QString(), 1);
    s.family = r.text(root, "family", QString(), true);
    s.name = r.text(root, "name", QString(), true);
    s.nameEn = r.text(root, "name_en", QString(), false);
    s.decision = r.text(root, "decision", QString(), false);
    s.issuer = r.text(root, "issuer", QString(), false);
    s.issued = r.date(root, "issued", QString());
    s.validFrom = r.date(root, "valid_from", QString());
    s.validTo = r.date(root, "valid_to", QString());
    if (s.validFrom.isValid() && s.validTo.isValid() && s.validTo < s.validFrom) {
        r.fail(QStringLiteral("valid_to"), CriteriaSetLoader::tr("is before valid_from"));
    }
    s.scope = r.text(root, "scope", QString(), true);
    if (!s.scope.isEmpty() && s.scope != QLatin1String("national") && s.scope != QLatin1String("provincial")) {
        r.fail(QStringLiteral("scope"), CriteriaSetLoader::tr("must be \"national\" or \"provincial\""));
    }
    s.provinceName = r.text(root, "province", QString(), s.scope == QLatin1String("provincial"));
    if (s.scope == QLatin1String("national") && !s.validFrom.isValid()) {
        r.fail(QStringLiteral("valid_from"), CriteriaSetLoader::tr("a national set needs the date it applies from"));
    }
    s.baseSetCode = r.text(root, "base_set", QString(), false);
    s.targetRegion = r.text(root, "target_region", QString(), false);
    s.note = r.text(root, "note", QString(), false);
    s.assumption = r.boolean(root, "assumption", false);
    if (!r.failed() && s.assumption && s.note.isEmpty()) {
        r.fail(QStringLiteral("note"),
               CriteriaSetLoader::tr("a set applied as an assumption must say why in its note"));
    }
}
} // namespace

Result<CriteriaSet> CriteriaSetLoader::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error{QString(), tr("%1: cannot be read (%2)").arg(path, f.errorString())};
    }
    return parse(f.readAll(), QFileInfo(path).fileName());
}

QStringList CriteriaSetLoader::shippedFiles()
{
    const QDir dir(QStringLiteral(":/criteria"));
    QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (QString& f : files) {
        f = dir.filePath(f);
    }
    return files;
}

Result<CriteriaSet> CriteriaSetLoader::parse(const QByteArray& bytes, const QString& source)
{
    json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded()) {
        try {
            [[maybe_unused]] const json strict = json::parse(bytes.constBegin(), bytes.constEnd());
        } catch (const json::parse_error& e) {
            const auto [line, column] =
                JsonSyntax::lineAndColumn(bytes.constData(), bytes.size(), static_cast<qint64>(e.byte));
            return Error{QString(), tr("%1: not valid JSON: line %2, column %3: %4")
                                        .arg(source)
                                        .arg(line)
                                        .arg(column)
                                        .arg(JsonSyntax::reason(e.what()))};
        }
        return Error{QString(), tr("%1: not valid JSON").arg(source)};
    }
    if (!root.is_object()) {
        return Error{QString(), tr("%1: must hold one JSON object").arg(source)};
    }
    Reader r(source);
    CriteriaSet s;
    readHeader(r, root, s);
    QSet<int> groupNumbers;
    if (root.contains("commune_groups") && root.at("commune_groups").is_array()) {
        int n = 0;
        for (const json& g : root.at("commune_groups")) {
            const QString place = QStringLiteral("commune_groups[%1]").arg(n++);
            CommuneGroupDef def{r.integer(g, "number", place, -1), r.text(g, "name", place, true),
                                r.text(g, "name_en", place, false)};
            if (!r.failed() && (def.number < 1 || def.number > 3 || groupNumbers.contains(def.number))) {
                r.fail(place + QStringLiteral(".number"), tr("must be 1, 2 or 3, each once"));
            }
            groupNumbers.insert(def.number);
            s.communeGroups.append(def);
        }
    }
    QHash<QString, QString> groupNames;
    if (root.contains("groups") && root.at("groups").is_array()) {
        int n = 0;
        for (const json& g : root.at("groups")) {
            const QString place = QStringLiteral("groups[%1]").arg(n++);
            groupNames.insert(r.text(g, "code", place, true), r.text(g, "name", place, true));
        }
    }
    if (!root.contains("criteria") || !root.at("criteria").is_array() || root.at("criteria").empty()) {
        r.fail(QStringLiteral("criteria"), tr("must be a non-empty list of criteria"));
    } else {
        int n = 0;
        QSet<int> numbers;
        QList<Indicator> seen;
        for (const json& cj : root.at("criteria")) {
            const QString place = QStringLiteral("criteria[%1]").arg(n++);
            Criterion c = readCriterion(r, cj, place, groupNames, groupNumbers);
            if (!r.failed() && numbers.contains(c.number)) {
                r.fail(place + QStringLiteral(".number"), tr("criterion %1 appears twice").arg(c.number));
            }
            numbers.insert(c.number);
            // A code may appear again only as another version, valid over other dates.
            for (const Indicator& i : c.indicators) {
                for (const Indicator& other : seen) {
                    if (!r.failed() && !i.code.isEmpty() && other.code == i.code && overlaps(i, other)) {
                        r.fail(place, tr("indicator code %1 appears twice over the same dates").arg(i.code));
                    }
                }
                seen.append(i);
            }
            s.criteria.append(c);
        }
    }
    readTiers(r, root, s);
    if (r.failed()) {
        return r.error();
    }
    // The version number is bookkeeping, not content: the same content under another version is unchanged.
    json content = root;
    content.erase("version");
    s.contentHash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(content.dump()), QCryptographicHash::Sha256).toHex());
    return s;
}

} // namespace ntm::core
