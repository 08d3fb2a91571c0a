// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CommuneChooser.h"

#include "common/FoldingCompleter.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QComboBox>
#include <QStandardItemModel>

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFoldedRole = Qt::UserRole + 2;
} // namespace

CommuneChooser::CommuneChooser(QComboBox* combo) : QObject(combo), m_combo(combo), m_model(new QStandardItemModel(this))
{
    m_combo->setModel(m_model);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setCompleter(new FoldingCompleter(m_model, kFoldedRole, m_combo));
    connect(m_combo, &QComboBox::activated, this, [this](int row) { Q_EMIT chosen(idAt(row)); });
    connect(m_combo->completer(), qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
        const int row = m_combo->findText(text);
        if (row >= 0) {
            Q_EMIT chosen(idAt(row));
        }
    });
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

void CommuneChooser::load(Database* db)
{
    m_model->clear();
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
    QList<QPair<QString, QString>> entries; // label, id
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
        entries.append({label, c.id});
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return text::lessVietnamese(a.first, b.first); });
    for (const auto& [label, id] : entries) {
        auto* item = new QStandardItem(label);
        item->setData(id, kIdRole);
        item->setData(text::fold(label), kFoldedRole);
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
        }
    }
}

} // namespace ntm::gui
