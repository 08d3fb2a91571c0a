// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/UnitLookup.h"

#include "store/UnitStore.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
template <typename T, typename Title>
Result<T> pick(const QList<T>& matches, const QString& text, const QString& what, Title title)
{
    if (matches.size() == 1) {
        return matches.constFirst();
    }
    // "Thạch Hà" typed with its diacritics means Thạch Hà, not Thạch Hạ: an exact match wins over folded ones.
    QList<T> exact;
    for (const T& m : matches) {
        if (m.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0 ||
            m.title().compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            exact.append(m);
        }
    }
    if (exact.size() == 1) {
        return exact.constFirst();
    }
    if (matches.isEmpty()) {
        return Error{what, UnitLookup::tr("There is no %1 \"%2\" in this database.").arg(what, text)};
    }
    QStringList names;
    for (const T& m : matches) {
        names.append(title(m));
    }
    return Error{what, UnitLookup::tr("\"%1\" matches several: %2. Give the kind or the code.")
                           .arg(text, names.join(QStringLiteral("; ")))};
}
} // namespace

Result<District> UnitLookup::district(Database& db, const QString& text)
{
    const auto all = UnitStore(db).districts();
    if (!all) {
        return all.error();
    }
    const QString key = text::fold(text);
    QList<District> matches;
    for (const District& d : all.value()) {
        if (d.code == text.trimmed() || text::fold(d.name) == key || text::fold(d.title()) == key) {
            matches.append(d);
        }
    }
    return pick(matches, text, tr("district"),
                [](const District& d) { return d.title() + QStringLiteral(" (") + d.code + QLatin1Char(')'); });
}

Result<Province> UnitLookup::province(Database& db, const QString& text)
{
    const auto all = UnitStore(db).provinces();
    if (!all) {
        return all.error();
    }
    QString key = text::fold(text);
    for (const QString& prefix : {QStringLiteral("tinh "), QStringLiteral("thanh pho ")}) {
        if (key.startsWith(prefix)) {
            key = key.mid(prefix.size());
        }
    }
    QList<Province> matches;
    for (const Province& p : all.value()) {
        if (p.code == text.trimmed() || text::fold(p.name) == key) {
            matches.append(p);
        }
    }
    if (matches.size() == 1) {
        return matches.constFirst();
    }
    if (matches.isEmpty()) {
        return Error{tr("province"), tr("There is no %1 \"%2\" in this database.").arg(tr("province"), text)};
    }
    QStringList names;
    for (const Province& p : matches) {
        names.append(p.name + QStringLiteral(" (") + p.code + QLatin1Char(')'));
    }
    return Error{
        tr("province"),
        tr("\"%1\" matches several: %2. Give the kind or the code.").arg(text, names.join(QStringLiteral("; ")))};
}

Result<CommuneRow> UnitLookup::commune(Database& db, const QString& text, const QDate& date)
{
    UnitStore store(db);
    const QString key = text::fold(text);
    QList<CommuneRow> matches;
    if (date.isValid()) {
        const auto rows = store.communesOn(date);
        if (!rows) {
            return rows.error();
        }
        for (const CommuneRow& c : rows.value()) {
            if (c.code == text.trimmed() || text::fold(c.name) == key || text::fold(c.title()) == key) {
                matches.append(c);
            }
        }
    } else {
        const auto all = store.allCommunes();
        if (!all) {
            return all.error();
        }
        for (const Commune& c : all.value()) {
            for (const CommunePeriod& p : c.periods) {
                const QString title = Vocabulary::communeTitle(p.kind, p.name);
                if (p.code == text.trimmed() || text::fold(p.name) == key || text::fold(title) == key) {
                    CommuneRow row;
                    row.id = c.id;
                    row.code = p.code;
                    row.name = p.name;
                    row.kind = p.kind;
                    row.districtId = p.districtId;
                    row.provinceId = c.provinceId;
                    row.targetYear = c.targetYear;
                    matches.append(row);
                    break;
                }
            }
        }
    }
    return pick(matches, text, tr("commune"), [](const CommuneRow& c) {
        const QString district = c.districtTitle.isEmpty() ? c.districtName : c.districtTitle;
        return c.title() + (district.isEmpty() ? QString() : QStringLiteral(", ") + district) + QStringLiteral(" (") +
               c.code + QLatin1Char(')');
    });
}

} // namespace ntm::core
