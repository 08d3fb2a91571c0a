// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportScopeDialog.h"

#include "common/ItemRoles.h"

#include "ui_ReportScopeDialog.h"

#include "common/DateFields.h"
#include "common/FoldingCompleter.h"
#include "service/UnitOverview.h"
#include "store/UnitStore.h"
#include "util/TextFold.h"

#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kDistrictRole = Qt::UserRole + 3;

/// Selects the entry with this id in a combo (data role for a plain combo, kIdRole for the commune model).
void selectId(QComboBox* combo, const QString& id, int role)
{
    const int index = combo->findData(id, role);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    }
}
} // namespace

ReportScopeDialog::ReportScopeDialog(Database& db, const ReportScope& initial, Purpose purpose, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReportScopeDialog>()), m_db(db),
      m_communes(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(purpose == Purpose::Print ? tr("Print report") : tr("Export report as PDF"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(purpose == Purpose::Print ? tr("Preview…") : tr("Export…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->communeCombo->setModel(m_communes);
    m_ui->communeCombo->setCompleter(new FoldingCompleter(m_communes, kFoldedRole, m_ui->communeCombo));
    dateFields::setup(m_ui->asOfEdit);
    m_ui->asOfEdit->setDate(initial.asOf.isValid() ? initial.asOf : QDate::currentDate());
    fillLists();
    switch (initial.kind) {
    case ReportScope::Kind::Commune:
        selectId(m_ui->communeCombo, initial.id, kIdRole);
        // Its district is the likeliest other choice.
        selectId(m_ui->districtCombo, m_ui->communeCombo->currentData(kDistrictRole).toString(), Qt::UserRole);
        m_ui->communeRadio->setChecked(true);
        break;
    case ReportScope::Kind::District:
        selectId(m_ui->districtCombo, initial.id, Qt::UserRole);
        m_ui->districtRadio->setChecked(true);
        break;
    case ReportScope::Kind::Province:
        m_ui->provinceRadio->setChecked(true);
        break;
    }
    updateEnabled();
    connect(m_ui->asOfEdit, &QDateEdit::dateChanged, this, &ReportScopeDialog::fillLists);
    for (QRadioButton* radio : {m_ui->communeRadio, m_ui->districtRadio, m_ui->provinceRadio}) {
        connect(radio, &QRadioButton::toggled, this, &ReportScopeDialog::updateEnabled);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReportScopeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportScopeDialog::~ReportScopeDialog() = default;

void ReportScopeDialog::fillLists()
{
    // Keep what is chosen when the date changes and it still exists.
    const QString commune = chosenCommuneId();
    const QString district = m_ui->districtCombo->currentData().toString();
    m_communes->clear();
    m_ui->districtCombo->clear();
    const QDate asOf = m_ui->asOfEdit->date();
    const auto overview = UnitOverviewService(m_db).overview(asOf);
    if (!overview) {
        m_ui->errorLabel->setText(overview.error().message.toHtmlEscaped());
        return;
    }
    for (const DistrictOverview& d : overview.value()) {
        if (!d.districtId.isEmpty()) {
            m_ui->districtCombo->addItem(d.title, d.districtId);
        }
        for (const CommuneOverview& c : d.communes) {
            const QString label =
                d.districtId.isEmpty() ? c.commune.title() : c.commune.title() + QStringLiteral(" – ") + d.name;
            auto* item = new QStandardItem(label);
            item->setData(c.commune.id, kIdRole);
            item->setData(text::fold(label), kFoldedRole);
            item->setData(d.districtId, kDistrictRole);
            m_communes->appendRow(item);
        }
    }
    const auto provinces = UnitStore(m_db).provinces();
    if (provinces && provinces.value().size() == 1) {
        m_ui->provinceRadio->setText(tr("&Province summary (%1)").arg(provinces.value().constFirst().name));
    }
    // Only what was chosen (or is on screen) is selected: the other list starts empty, not on its first name.
    m_ui->communeCombo->setCurrentIndex(-1);
    m_ui->districtCombo->setCurrentIndex(-1);
    selectId(m_ui->communeCombo, commune, kIdRole);
    selectId(m_ui->districtCombo, district, Qt::UserRole);
    m_ui->districtRadio->setEnabled(m_ui->districtCombo->count() > 0);
    if (!m_ui->districtRadio->isEnabled() && m_ui->districtRadio->isChecked()) {
        m_ui->provinceRadio->setChecked(true); // no districts after 30/6/2025
    }
    updateEnabled();
}

void ReportScopeDialog::updateEnabled()
{
    m_ui->communeCombo->setEnabled(m_ui->communeRadio->isChecked());
    m_ui->districtCombo->setEnabled(m_ui->districtRadio->isChecked() && m_ui->districtRadio->isEnabled());
    m_ui->errorLabel->clear();
}

QString ReportScopeDialog::chosenCommuneId() const
{
    // The typed text must name one entry: its label, or (without diacritics, without its kind) the one label with a
    // word that starts so ("duc yen"); a half-typed name that several communes share is not a choice.
    const QString typed = m_ui->communeCombo->currentText();
    const int index = m_ui->communeCombo->findText(typed, Qt::MatchFixedString);
    if (index >= 0) {
        return m_ui->communeCombo->itemData(index, kIdRole).toString();
    }
    const QString folded = text::fold(typed);
    QString found;
    for (int r = 0; r < m_communes->rowCount() && !folded.isEmpty(); ++r) {
        const QStandardItem* item = m_communes->item(r);
        const QString label = item->data(kFoldedRole).toString();
        if (label.startsWith(folded) || label.contains(QLatin1Char(' ') + folded)) {
            if (!found.isEmpty()) {
                return {};
            }
            found = item->data(kIdRole).toString();
        }
    }
    return found;
}

ReportScope ReportScopeDialog::scope() const
{
    ReportScope s;
    s.asOf = m_ui->asOfEdit->date();
    if (m_ui->communeRadio->isChecked()) {
        s.kind = ReportScope::Kind::Commune;
        s.id = chosenCommuneId();
    } else if (m_ui->districtRadio->isChecked()) {
        s.kind = ReportScope::Kind::District;
        s.id = m_ui->districtCombo->currentData().toString();
    }
    return s;
}

void ReportScopeDialog::accept()
{
    const ReportScope s = scope();
    if (s.kind != ReportScope::Kind::Province && s.id.isEmpty()) {
        const QString message = s.kind == ReportScope::Kind::Commune
                                    ? tr("Choose a commune from the list (type part of its name).")
                                    : tr("Choose a district from the list.");
        m_ui->errorLabel->setText(
            QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(message.toHtmlEscaped()));
        (s.kind == ReportScope::Kind::Commune ? static_cast<QWidget*>(m_ui->communeCombo) : m_ui->districtCombo)
            ->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ntm::gui
