// SPDX-License-Identifier: GPL-3.0-or-later
#include "officials/OfficialDialog.h"

#include "ui_OfficialDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "server/SaveWhenConnected.h"
#include "service/OfficialService.h"
#include "store/UnitStore.h"
#include "util/VietnameseOrder.h"

#include <QPushButton>

namespace ntm::gui {

using namespace ntm::core;

OfficialDialog::OfficialDialog(Database& db, const Official* existing, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OfficialDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit official") : tr("New official"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->noteEdit->setMaximumHeight(80);
    dateFields::setupOptional(m_ui->birthDateEdit);
    // Officials are adults: the calendar opens forty years back rather than in January 1900.
    dateFields::setEmptyMonth(m_ui->birthDateEdit, [] { return QDate::currentDate().addYears(-40); });
    for (Gender g : {Gender::Male, Gender::Female, Gender::NotGiven}) {
        m_ui->genderCombo->addItem(Vocabulary::label(g), Vocabulary::key(g));
    }
    // A new official's gender is not guessed: it stays "not given" until chosen.
    m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(Vocabulary::key(Gender::NotGiven)));
    m_ui->homeDistrictCombo->addItem(tr("(none)"), QString());
    if (const auto districts = UnitStore(db).districts()) {
        QList<District> list = districts.value();
        std::sort(list.begin(), list.end(),
                  [](const District& a, const District& b) { return text::lessVietnamese(a.name, b.name); });
        for (const District& d : list) {
            m_ui->homeDistrictCombo->addItem(d.title(), d.id);
        }
    }
    m_errors.add(QStringLiteral("full_name"), m_ui->fullNameError, m_ui->fullNameEdit);
    m_errors.add(QStringLiteral("birth_date"), m_ui->birthDateError, m_ui->birthDateEdit);
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    if (existing) {
        m_original = *existing;
        m_ui->fullNameEdit->setText(existing->fullName);
        m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(Vocabulary::key(existing->gender)));
        dateFields::setValue(m_ui->birthDateEdit, existing->birthDate);
        m_ui->homeUnitEdit->setText(existing->homeUnit);
        m_ui->positionEdit->setText(existing->position);
        m_ui->homeDistrictCombo->setCurrentIndex(
            std::max(0, m_ui->homeDistrictCombo->findData(existing->homeDistrictId)));
        m_ui->phoneEdit->setText(existing->phone);
        m_ui->noteEdit->setPlainText(existing->note);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &OfficialDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OfficialDialog::~OfficialDialog() = default;

Official OfficialDialog::official() const
{
    Official o = m_original;
    o.fullName = m_ui->fullNameEdit->text().simplified();
    o.gender = Vocabulary::gender(m_ui->genderCombo->currentData().toString()).value_or(Gender::NotGiven);
    o.birthDate = dateFields::value(m_ui->birthDateEdit);
    o.homeUnit = m_ui->homeUnitEdit->text().trimmed();
    o.position = m_ui->positionEdit->text().trimmed();
    o.homeDistrictId = m_ui->homeDistrictCombo->currentData().toString();
    o.phone = m_ui->phoneEdit->text().trimmed();
    o.note = m_ui->noteEdit->toPlainText().trimmed();
    return o;
}

void OfficialDialog::accept()
{
    const Issues issues = OfficialService::check(official(), QDate::currentDate());
    if (m_errors.show(issues)) {
        return;
    }
    QStringList warnings;
    for (const Issue& i : issues) {
        warnings.append(i.message);
    }
    if (!warnings.isEmpty() &&
        !Messages::confirm(this, windowTitle(),
                           warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Save anyway?"))) {
        return;
    }
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
