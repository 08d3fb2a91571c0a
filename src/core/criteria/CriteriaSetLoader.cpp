// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria/CriteriaSetLoader.h"

#include "util/Dates.h"
#include "util/JsonSyntax.h"

#include <QCryptographicHash>
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

Indicator readIndicator(Reader& r, const json& j, const QString& place, const QSet<int>& groups)
{
    Indicator i;
    if (!j.is_object()) {
        r.fail(place, CriteriaSetLoader::tr("must be an object"));
        return i;
    }
    i.code = r.text(j, "code", place, true);
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
    return i;
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
        QSet<QString> codes;
        for (const json& cj : root.at("criteria")) {
            const QString place = QStringLiteral("criteria[%1]").arg(n++);
            Criterion c = readCriterion(r, cj, place, groupNames, groupNumbers);
            if (!r.failed() && numbers.contains(c.number)) {
                r.fail(place + QStringLiteral(".number"), tr("criterion %1 appears twice").arg(c.number));
            }
            numbers.insert(c.number);
            for (const Indicator& i : c.indicators) {
                if (!r.failed() && codes.contains(i.code)) {
                    r.fail(place, tr("indicator code %1 appears twice").arg(i.code));
                }
                codes.insert(i.code);
            }
            s.criteria.append(c);
        }
    }
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
