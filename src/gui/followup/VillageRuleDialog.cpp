// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/VillageRuleDialog.h"

#include "ui_VillageRuleDialog.h"

#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/VillageProgressService.h"

#include <QPushButton>

#include <algorithm>

namespace ntm::gui {

using namespace ntm::core;

VillageRuleDialog::VillageRuleDialog(Database& db, const FollowUpData& data, const QString& setId,
                                     const VillageCriterionRule& rule, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::VillageRuleDialog>()), m_db(db), m_data(data), m_original(rule)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("villageRuleDialog"));
    setWindowTitle(rule.id.isEmpty() ? tr("New village rule") : tr("Edit village rule"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QList<CriterionRef> criteria;
    for (const CriterionRef& c : data.criteria) {
        if (c.setId == setId || c.id == rule.criterionId) {
            criteria.append(c);
        }
    }
    std::sort(criteria.begin(), criteria.end(), [](const CriterionRef& a, const CriterionRef& b) {
        return a.setCode < b.setCode || (a.setCode == b.setCode && a.number < b.number);
    });
    for (const CriterionRef& c : criteria) {
        m_ui->criterionCombo->addItem(QStringLiteral("%1 – %2").arg(c.setCode, c.label()), c.id);
    }
    const int preset = m_ui->criterionCombo->findData(rule.criterionId);
    m_ui->criterionCombo->setCurrentIndex(preset >= 0 ? preset : m_ui->criterionCombo->count() - 1);
    for (const VillageMeasure m :
         {VillageMeasure::ModelAreaShare, VillageMeasure::ModelAreaCount, VillageMeasure::ModelGardens}) {
        m_ui->measureCombo->addItem(Vocabulary::label(m), Vocabulary::key(m));
    }
    m_ui->measureCombo->setCurrentIndex(m_ui->measureCombo->findData(Vocabulary::key(rule.measure)));
    criterionChanged();
    m_ui->indicatorCombo->setCurrentIndex(std::max(0, m_ui->indicatorCombo->findData(rule.indicatorId)));
    m_ui->thresholdCheck->setChecked(rule.threshold.has_value());
    m_ui->thresholdSpin->setValue(rule.threshold.value_or(0.0));
    m_ui->thresholdSpin->setEnabled(rule.threshold.has_value());
    m_ui->verifiedCheck->setChecked(rule.verified);
    m_ui->sourceEdit->setText(rule.source);
    m_ui->noteEdit->setText(rule.note);
    for (const auto& [field, label] :
         {std::pair{"criterion", m_ui->criterionError}, std::pair{"indicator", m_ui->indicatorError},
          std::pair{"measure", m_ui->measureError}, std::pair{"threshold", m_ui->thresholdError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->criterionCombo, &QComboBox::currentIndexChanged, this, &VillageRuleDialog::criterionChanged);
    connect(m_ui->thresholdCheck, &QCheckBox::toggled, m_ui->thresholdSpin, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &VillageRuleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VillageRuleDialog::~VillageRuleDialog() = default;

void VillageRuleDialog::criterionChanged()
{
    m_ui->indicatorCombo->clear();
    m_ui->indicatorCombo->addItem(tr("(none)"), QString());
    if (const CriterionRef* c = m_data.criterion(m_ui->criterionCombo->currentData().toString())) {
        QStringList ids = c->indicators.keys();
        std::sort(ids.begin(), ids.end(),
                  [&](const QString& a, const QString& b) { return c->indicators.value(a) < c->indicators.value(b); });
        for (const QString& id : ids) {
            m_ui->indicatorCombo->addItem(c->indicators.value(id), id);
        }
    }
}

VillageCriterionRule VillageRuleDialog::rule() const
{
    VillageCriterionRule r = m_original;
    r.provinceId = m_data.provinceId;
    r.criterionId = m_ui->criterionCombo->currentData().toString();
    r.indicatorId = m_ui->indicatorCombo->currentData().toString();
    r.measure = Vocabulary::villageMeasure(m_ui->measureCombo->currentData().toString())
                    .value_or(VillageMeasure::ModelAreaShare);
    r.threshold =
        m_ui->thresholdCheck->isChecked() ? std::optional<double>(m_ui->thresholdSpin->value()) : std::nullopt;
    r.verified = m_ui->verifiedCheck->isChecked();
    r.source = m_ui->sourceEdit->text().trimmed();
    r.note = m_ui->noteEdit->text().trimmed();
    return r;
}

void VillageRuleDialog::accept()
{
    if (checkedAccept(this, m_errors, VillageProgressService(m_db).checkRule(rule()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
