// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CommuneChooser.h"

#include "common/ItemRoles.h"

#include "common/FoldingCompleter.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStandardItemModel>

#include <algorithm>
#include <tuple>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kFromRole = Qt::UserRole + 4;
constexpr int kToRole = Qt::UserRole + 5;

/// How well a folded query names an entry: 0 its whole name, 1 the start of its label, 2 the start of a word of its
/// name, 3 anywhere in its label; -1 not at all.
int rank(const QString& query, const QString& name, const QString& label)
{
    if (name == query) {
        return 0;
    }
    if (label.startsWith(query)) {
        return 1;
    }
    if (name.contains(QLatin1Char(' ') + query) || name.startsWith(query)) {
        return 2;
    }
    return label.contains(query) || text::matches(label, query) ? 3 : -1;
}

/// What users type before a name that the labels do not carry: "xã", "phường", "thị trấn".
QString withoutKind(const QString& folded)
{
    for (const QLatin1String kind : {QLatin1String("xa "), QLatin1String("phuong "), QLatin1String("thi tran ")}) {
        if (folded.startsWith(kind)) {
            return folded.mid(kind.size());
        }
    }
    return folded;
}
} // namespace

CommuneChooser::CommuneChooser(QComboBox* combo) : QObject(combo), m_combo(combo), m_model(new QStandardItemModel(this))
{
    m_combo->setModel(m_model);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setCompleter(new FoldingCompleter(m_model, kFoldedRole, m_combo));
    // A choice from the list or from the completion (the combo box maps the completion to its row).
    connect(m_combo, &QComboBox::activated, this, &CommuneChooser::choose);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &CommuneChooser::enterPressed);
}

QString CommuneChooser::idAt(int row) const
{
    const QStandardItem* item = m_model->item(row);
    return item ? item->data(kIdRole).toString() : QString();
}

int CommuneChooser::count() const
{
    return m_model->rowCount();
}

void CommuneChooser::choose(int row)
{
    const QString id = idAt(row);
    if (id.isEmpty() || id == m_current) {
        return; // Enter after a choice from the completion reports the same commune again
    }
    m_current = id;
    Q_EMIT chosen(id);
}

void CommuneChooser::enterPressed()
{
    const QString typed = m_combo->currentText().trimmed();
    if (typed.isEmpty() || m_combo->findText(typed) >= 0) {
        return; // an exact label: the combo box has chosen it
    }
    const QString id = bestMatch(typed);
    if (id.isEmpty()) {
        Q_EMIT notFound(typed);
        return;
    }
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (idAt(r) == id) {
            m_combo->setCurrentIndex(r); // the label with its diacritics replaces what was typed
            choose(r);
        }
    }
}

QString CommuneChooser::bestMatch(const QString& typed) const
{
    const QString query = withoutKind(text::fold(typed));
    if (query.isEmpty()) {
        return {};
    }
    int bestRow = -1;
    std::tuple<int, int, int> best{4, 2, 2}; // rank, not on the as-of date, merged away (lower is better)
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem* item = m_model->item(r);
        const int how = rank(query, item->data(kNameRole).toString(), item->data(kFoldedRole).toString());
        if (how < 0) {
            continue;
        }
        const QDate to = item->data(kToRole).toDate();
        const bool onDate = coversDate(item->data(kFromRole).toDate(), to, m_asOf);
        const std::tuple<int, int, int> score{how, onDate ? 0 : 1, to.isValid() ? 1 : 0};
        if (score < best) {
            best = score;
            bestRow = r; // the first in Vietnamese order among equals
        }
    }
    return bestRow >= 0 ? idAt(bestRow) : QString();
}

void CommuneChooser::load(Database* db)
{
    m_model->clear();
    m_current.clear();
    if (!db) {
        return;
    }
    const auto communes = UnitStore(*db).allCommunes();
    const auto districts = UnitStore(*db).districts();
    if (!communes || !districts) {
        return;
    }
    QHash<QString, QString> districtNames;
    for (const District& d : districts.value()) {
        districtNames.insert(d.id, d.name);
    }
    struct Entry
    {
        QString label;
        const Commune* commune;
    };
    QList<Entry> entries;
    for (const Commune& c : communes.value()) {
        const CommunePeriod& p = c.periods.constLast();
        if (p.kind != CommuneKind::Xa) {
            continue; // the communes the programme judges
        }
        QString district;
        for (const CommunePeriod& any : c.periods) {
            district = any.districtId.isEmpty() ? district : districtNames.value(any.districtId);
        }
        QString label = p.name;
        if (!district.isEmpty()) {
            label += QStringLiteral(" – ") + district;
        }
        if (c.validTo.isValid()) {
            label += QStringLiteral(" (") + tr("until %1").arg(dates::toDisplay(c.validTo)) + QLatin1Char(')');
        }
        entries.append({label, &c});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return text::lessVietnamese(a.label, b.label); });
    for (const Entry& e : std::as_const(entries)) {
        auto* item = new QStandardItem(e.label);
        item->setData(e.commune->id, kIdRole);
        item->setData(text::fold(e.label), kFoldedRole);
        item->setData(text::fold(e.commune->periods.constLast().name), kNameRole);
        item->setData(e.commune->validFrom, kFromRole);
        item->setData(e.commune->validTo, kToRole);
        m_model->appendRow(item);
    }
    m_combo->setCurrentIndex(-1);
}

void CommuneChooser::select(const QString& communeId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (idAt(r) == communeId) {
            const QSignalBlocker block(m_combo);
            m_combo->setCurrentIndex(r);
            m_current = communeId;
        }
    }
}

} // namespace ntm::gui
