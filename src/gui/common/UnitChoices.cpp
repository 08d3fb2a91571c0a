// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/UnitChoices.h"

#include "common/ItemRoles.h"

#include "common/FoldingCompleter.h"
#include "db/Database.h"
#include "domain/Vocabulary.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHash>
#include <QStandardItemModel>

#include <algorithm>

namespace ntm::gui::unitChoices {

using namespace ntm::core;

namespace {

struct Entry
{
    QString sortName;
    QString label;
    QString id;
};

QString until(const QDate& end)
{
    return end.isValid()
               ? QStringLiteral(" (") +
                     QCoreApplication::translate("ntm::gui::UnitChoices", "until %1").arg(dates::toDisplay(end)) +
                     QLatin1Char(')')
               : QString();
}

void fill(QComboBox* combo, QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const int byName = text::compareVietnamese(a.sortName, b.sortName);
        return byName != 0 ? byName < 0 : text::lessVietnamese(a.label, b.label);
    });
    auto* model = new QStandardItemModel(combo);
    for (const Entry& e : std::as_const(entries)) {
        auto* item = new QStandardItem(e.label);
        item->setData(e.id, kIdRole);
        item->setData(text::fold(e.label), kFoldedRole);
        model->appendRow(item);
    }
    combo->setEditable(true);
    combo->setModel(model);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setCompleter(new FoldingCompleter(model, kFoldedRole, combo));
    combo->setCurrentIndex(-1);
}
} // namespace

void fillDistricts(QComboBox* combo, Database& db)
{
    QList<Entry> entries;
    if (const auto districts = UnitStore(db).districts()) {
        for (const District& d : districts.value()) {
            entries.append({d.name, d.title() + until(d.validTo), d.id});
        }
    }
    fill(combo, entries);
}

void fillCommunes(QComboBox* combo, Database& db)
{
    QHash<QString, QString> districtTitles;
    if (const auto districts = UnitStore(db).districts()) {
        for (const District& d : districts.value()) {
            districtTitles.insert(d.id, d.title());
        }
    }
    QList<Entry> entries;
    if (const auto communes = UnitStore(db).allCommunes()) {
        for (const Commune& c : communes.value()) {
            if (c.periods.isEmpty()) {
                continue;
            }
            const CommunePeriod& p = c.periods.constLast();
            QString district;
            for (const CommunePeriod& any : c.periods) {
                if (!any.districtId.isEmpty()) {
                    district = districtTitles.value(any.districtId);
                }
            }
            QString label = Vocabulary::communeTitle(p.kind, p.name);
            if (!district.isEmpty()) {
                label += QStringLiteral(" – ") + district;
            }
            entries.append({p.name, label + until(c.validTo), c.id});
        }
    }
    fill(combo, entries);
}

QString chosenId(const QComboBox* combo)
{
    const auto* model = qobject_cast<const QStandardItemModel*>(combo->model());
    if (!model) {
        return {};
    }
    const QString typed = combo->currentText().trimmed();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r)->text() == typed) {
            return model->item(r)->data(kIdRole).toString();
        }
    }
    // Typed without diacritics or without the kind ("duc tho" for "Huyện Đức Thọ"): the one label that starts
    // with it, else the one that contains it.
    const QString folded = text::fold(typed);
    if (folded.isEmpty()) {
        return {};
    }
    for (const bool anywhere : {false, true}) {
        QString found;
        int matches = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString label = model->item(r)->data(kFoldedRole).toString();
            if (anywhere ? label.contains(folded) : label.startsWith(folded)) {
                ++matches;
                found = model->item(r)->data(kIdRole).toString();
            }
        }
        if (matches > 0) {
            return matches == 1 ? found : QString();
        }
    }
    return {};
}

void select(QComboBox* combo, const QString& id)
{
    for (int r = 0; r < combo->count(); ++r) {
        if (combo->itemData(r, kIdRole).toString() == id) {
            combo->setCurrentIndex(r);
            return;
        }
    }
}

} // namespace ntm::gui::unitChoices
