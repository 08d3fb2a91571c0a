// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MemberDialog.h"

#include "common/ItemRoles.h"

#include "ui_MemberDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "common/FoldingCompleter.h"
#include "followup/CheckedAccept.h"
#include "server/SaveWhenConnected.h"
#include "service/MemberReplacement.h"
#include "service/WorkingGroupService.h"
#include "store/OfficialStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QPushButton>
#include <QStandardItemModel>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kPositionRole = Qt::UserRole + 4;
} // namespace

MemberDialog::MemberDialog(Database& db, const GroupMember& member, Mode mode, const QString& groupName,
                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::MemberDialog>()), m_db(db), m_original(member), m_mode(mode),
      m_officials(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("memberDialog"));
    const bool replace = mode == Mode::Replace;
    setWindowTitle(replace ? tr("Replace a member") : member.id.isEmpty() ? tr("New member") : tr("Edit member"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(replace ? tr("Replace") : tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->introLabel->setText(
        replace
            ? tr("%1 leaves %2. The successor takes the same role (%3) and the villages in %1's charge from the day "
                 "they take over.")
                  .arg(member.fullName, groupName, Vocabulary::label(member.role))
            : tr("Member of %1.").arg(groupName));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->takesOverEdit), static_cast<QWidget*>(m_ui->takesOverEditLabel),
                       static_cast<QWidget*>(m_ui->takesOverError)}) {
        w->setVisible(replace);
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->roleCombo), static_cast<QWidget*>(m_ui->roleComboLabel),
                       static_cast<QWidget*>(m_ui->roleError), static_cast<QWidget*>(m_ui->validFromEdit),
                       static_cast<QWidget*>(m_ui->validFromEditLabel), static_cast<QWidget*>(m_ui->validToEdit),
                       static_cast<QWidget*>(m_ui->validToEditLabel), static_cast<QWidget*>(m_ui->validToError)}) {
        w->setVisible(!replace);
    }
    for (const MemberRole r : {MemberRole::Leader, MemberRole::Deputy, MemberRole::Member}) {
        m_ui->roleCombo->addItem(Vocabulary::label(r), static_cast<int>(r));
    }
    dateFields::setup(m_ui->takesOverEdit);
    dateFields::setup(m_ui->validFromEdit);
    dateFields::setupOptional(m_ui->validToEdit);
    fillOfficials();
    if (!replace) {
        m_ui->fullNameEdit->setText(member.fullName);
        m_ui->positionEdit->setText(member.position);
        m_ui->noteEdit->setText(member.note);
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(static_cast<int>(member.role)));
        for (int r = 0; r < m_officials->rowCount(); ++r) {
            if (!member.officialId.isEmpty() && m_officials->item(r)->data(kIdRole).toString() == member.officialId) {
                m_ui->officialCombo->setCurrentIndex(r);
            }
        }
    }
    m_ui->validFromEdit->setDate(member.validFrom.isValid() ? member.validFrom : QDate::currentDate());
    dateFields::setValue(m_ui->validToEdit, member.validTo);
    m_ui->takesOverEdit->setDate(
        std::min(QDate::currentDate(), member.validTo.isValid() ? member.validTo : QDate::currentDate()));
    for (const auto& [field, label] : {std::pair{"full_name", m_ui->fullNameError}, std::pair{"role", m_ui->roleError},
                                       std::pair{"valid_from", replace ? m_ui->takesOverError : m_ui->validFromError},
                                       std::pair{"valid_to", m_ui->validToError}}) {
        m_errors.add(QString::fromLatin1(field), label);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    connect(m_ui->officialCombo, &QComboBox::activated, this, [this] { officialChosen(); });
    connect(m_ui->officialCombo->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this] { officialChosen(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MemberDialog::~MemberDialog() = default;

void MemberDialog::fillOfficials()
{
    const auto officials = OfficialStore(m_db).all();
    if (!officials) {
        m_ui->generalError->setText(officials.error().message);
        return;
    }
    QList<Official> list = officials.value();
    std::sort(list.begin(), list.end(), [](const Official& a, const Official& b) {
        return text::comparePersonNames(a.fullName, b.fullName) < 0;
    });
    for (const Official& o : list) {
        const QString label = o.homeUnit.isEmpty() ? o.fullName : o.fullName + QStringLiteral(" – ") + o.homeUnit;
        auto* item = new QStandardItem(label);
        item->setData(o.id, kIdRole);
        item->setData(text::fold(label), kFoldedRole);
        item->setData(o.fullName, kNameRole);
        item->setData(o.position, kPositionRole);
        m_officials->appendRow(item);
    }
    m_ui->officialCombo->setModel(m_officials);
    m_ui->officialCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->officialCombo->setCompleter(new FoldingCompleter(m_officials, kFoldedRole, m_ui->officialCombo));
    m_ui->officialCombo->setCurrentIndex(-1);
}

QString MemberDialog::chosenOfficial() const
{
    const QString typed = m_ui->officialCombo->currentText().trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    for (int r = 0; r < m_officials->rowCount(); ++r) {
        if (m_officials->item(r)->text() == typed) {
            return m_officials->item(r)->data(kIdRole).toString();
        }
    }
    return {};
}

void MemberDialog::officialChosen()
{
    const QString id = chosenOfficial();
    for (int r = 0; r < m_officials->rowCount(); ++r) {
        const QStandardItem* item = m_officials->item(r);
        if (item->data(kIdRole).toString() == id) {
            m_ui->fullNameEdit->setText(item->data(kNameRole).toString());
            if (m_ui->positionEdit->text().isEmpty()) {
                m_ui->positionEdit->setText(item->data(kPositionRole).toString());
            }
        }
    }
}

GroupMember MemberDialog::member() const
{
    GroupMember m = m_original;
    if (m_mode == Mode::Replace) {
        m = GroupMember{};
        m.groupId = m_original.groupId;
        m.communeId = m_original.communeId;
        m.role = m_original.role;
    } else {
        m.role = static_cast<MemberRole>(m_ui->roleCombo->currentData().toInt());
        m.validFrom = m_ui->validFromEdit->date();
        m.validTo = dateFields::value(m_ui->validToEdit);
    }
    m.officialId = chosenOfficial();
    m.fullName = m_ui->fullNameEdit->text().simplified();
    m.position = m_ui->positionEdit->text().trimmed();
    m.note = m_ui->noteEdit->text().trimmed();
    return m;
}

QDate MemberDialog::takesOver() const
{
    return m_ui->takesOverEdit->date();
}

void MemberDialog::accept()
{
    if (!m_ui->officialCombo->currentText().trimmed().isEmpty() && chosenOfficial().isEmpty()) {
        m_errors.show({errorIssue(QStringLiteral("full_name"),
                                  tr("Choose the official from the list (type part of the name), or clear the register "
                                     "field."))});
        return;
    }
    if (m_mode == Mode::Replace) {
        const auto plan = MemberReplacementService(m_db).plan(m_original.id, takesOver(), member());
        if (!plan) {
            m_errors.show({errorIssue(plan.error().field, plan.error().message)});
            return;
        }
        SaveWhenConnected::accept(this, m_db);
        return;
    }
    if (checkedAccept(this, m_errors, WorkingGroupService(m_db).checkMember(member()))) {
        SaveWhenConnected::accept(this, m_db);
    }
}

} // namespace ntm::gui
