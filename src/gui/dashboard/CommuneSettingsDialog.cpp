// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/CommuneSettingsDialog.h"

#include "ui_CommuneSettingsDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "service/CommuneSettingsService.h"
#include "store/CriteriaStore.h"
#include "store/RecognitionStore.h"
#include "store/UnitStore.h"
#include "undo/LambdaCommand.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QPushButton>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kGroupIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1; // "set" or "group"
} // namespace

CommuneSettingsDialog::CommuneSettingsDialog(Database& db, QUndoStack& undo, const QString& communeId, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CommuneSettingsDialog>()), m_db(db), m_undo(undo),
      m_communeId(communeId)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("Close"));
    for (QDateEdit* e : {m_ui->setFromEdit, m_ui->groupFromEdit, m_ui->decidedOnEdit}) {
        dateFields::setup(e);
        e->setDate(QDate::currentDate());
    }
    if (const auto sets = CriteriaStore(db).sets()) {
        for (const CriteriaSet& s : sets.value()) {
            m_ui->setCombo->addItem(s.displayCode() + QStringLiteral(" – ") + s.name.left(60), s.id);
        }
    }
    for (int g = 1; g <= 3; ++g) {
        m_ui->groupCombo->addItem(tr("Group %1").arg(g), g);
    }
    for (RecognitionTier t :
         {RecognitionTier::Ntm, RecognitionTier::NangCao, RecognitionTier::KieuMau, RecognitionTier::HienDai}) {
        m_ui->tierCombo->addItem(Vocabulary::label(t), Vocabulary::key(t));
    }
    connect(m_ui->targetYearButton, &QPushButton::clicked, this, &CommuneSettingsDialog::saveTargetYear);
    connect(m_ui->setButton, &QPushButton::clicked, this, &CommuneSettingsDialog::applySet);
    connect(m_ui->groupButton, &QPushButton::clicked, this, &CommuneSettingsDialog::applyGroup);
    connect(m_ui->removeAssignmentButton, &QPushButton::clicked, this, &CommuneSettingsDialog::removeAssignment);
    connect(m_ui->recognitionButton, &QPushButton::clicked, this, &CommuneSettingsDialog::addRecognition);
    connect(m_ui->removeRecognitionButton, &QPushButton::clicked, this, &CommuneSettingsDialog::removeRecognition);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_undo, &QUndoStack::indexChanged, this, &CommuneSettingsDialog::reload);
    reload();
}

CommuneSettingsDialog::~CommuneSettingsDialog() = default;

void CommuneSettingsDialog::reload()
{
    m_ui->generalError->clear();
    const auto commune = UnitStore(m_db).commune(m_communeId);
    if (!commune || !commune.value()) {
        return;
    }
    const CommunePeriod& p = commune.value()->periods.constLast();
    m_ui->communeLabel->setText(
        QStringLiteral("<b>%1</b>").arg(Vocabulary::communeTitle(p.kind, p.name).toHtmlEscaped()));
    m_ui->targetYearSpin->setValue(commune.value()->targetYear);
    m_loadedTargetYear = commune.value()->targetYear;
    m_loadedVersion = commune.value()->rowVersion;
    m_ui->assignmentList->clear();
    CriteriaStore criteria(m_db);
    const auto sets = criteria.sets();
    if (const auto assignments = criteria.assignments(); assignments && sets) {
        for (const SetAssignment& a : assignments.value()) {
            if (a.communeId != m_communeId) {
                continue;
            }
            QString code;
            for (const CriteriaSet& s : sets.value()) {
                code = s.id == a.setId ? s.displayCode() : code;
            }
            auto* item = new QListWidgetItem(tr("Criteria set %1 from %2").arg(code, dates::toDisplay(a.validFrom)),
                                             m_ui->assignmentList);
            item->setData(kGroupIdRole, a.id);
            item->setData(kKindRole, QStringLiteral("set"));
        }
    }
    if (const auto groups = criteria.communeGroups(m_communeId)) {
        for (const CommuneGroupAssignment& g : groups.value()) {
            auto* item = new QListWidgetItem(tr("Group %1 from %2").arg(g.group).arg(dates::toDisplay(g.validFrom)),
                                             m_ui->assignmentList);
            item->setData(kGroupIdRole, g.id);
            item->setData(kKindRole, QStringLiteral("group"));
        }
    }
    m_ui->recognitionList->clear();
    if (const auto recognitions = RecognitionStore(m_db).list(m_communeId)) {
        for (const Recognition& r : recognitions.value()) {
            QString text = QStringLiteral("%1 – %2, %3")
                               .arg(Vocabulary::label(r.tier), r.decisionNo, dates::toDisplay(r.decidedOn));
            if (r.endedOn.isValid()) {
                text += QStringLiteral(" (") + tr("ended %1").arg(dates::toDisplay(r.endedOn)) + QLatin1Char(')');
            }
            auto* item = new QListWidgetItem(text, m_ui->recognitionList);
            item->setData(kGroupIdRole, r.id);
        }
    }
}

bool CommuneSettingsDialog::run(const QString& text, std::function<Status()> redo, std::function<Status()> undo)
{
    return ServiceCommand::push(
        &m_undo, new LambdaCommand(m_db, text, std::move(redo), std::move(undo), [this](const QString& m) {
            m_ui->generalError->setText(
                QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(m.toHtmlEscaped()));
        }));
}

void CommuneSettingsDialog::saveTargetYear()
{
    // The year and row version shown (read at the last reload): a change someone else made meanwhile is refused,
    // never overwritten.
    const int before = m_loadedTargetYear;
    const int after = m_ui->targetYearSpin->value();
    Database* db = &m_db;
    const QString id = m_communeId;
    auto version = std::make_shared<int>(m_loadedVersion);
    auto apply = [db, id, version](int year) {
        const Status s = CommuneSettingsService(*db).setTargetYear(id, year, *version);
        *version += s.ok() ? 1 : 0;
        return s;
    };
    run(
        tr("Set the target year"), [apply, after] { return apply(after); }, [apply, before] { return apply(before); });
}

void CommuneSettingsDialog::applySet()
{
    const QString assignmentId = ids::newId();
    const QString setId = m_ui->setCombo->currentData().toString();
    const QDate from = m_ui->setFromEdit->date();
    Database* db = &m_db;
    const QString commune = m_communeId;
    run(
        tr("Apply a criteria set"),
        [db, commune, setId, from, assignmentId]() -> Status {
            const auto r = CommuneSettingsService(*db).assignSet(commune, setId, from, assignmentId);
            return r ? Status() : Status(r.error());
        },
        [db, assignmentId] { return CommuneSettingsService(*db).removeAssignment(assignmentId); });
}

void CommuneSettingsDialog::applyGroup()
{
    const QString groupId = ids::newId();
    const int group = m_ui->groupCombo->currentData().toInt();
    const QDate from = m_ui->groupFromEdit->date();
    Database* db = &m_db;
    const QString commune = m_communeId;
    run(
        tr("Set the commune group"),
        [db, commune, group, from, groupId]() -> Status {
            const auto r = CommuneSettingsService(*db).setGroup(commune, group, from, groupId);
            return r ? Status() : Status(r.error());
        },
        [db, groupId] { return CommuneSettingsService(*db).removeGroup(groupId); });
}

void CommuneSettingsDialog::removeAssignment()
{
    const QListWidgetItem* item = m_ui->assignmentList->currentItem();
    if (!item) {
        return;
    }
    const QString id = item->data(kGroupIdRole).toString();
    const bool isSet = item->data(kKindRole).toString() == QLatin1String("set");
    Database* db = &m_db;
    // Removing is undone by adding the same row again.
    const auto assignments = CriteriaStore(m_db).assignments();
    const auto groups = CriteriaStore(m_db).communeGroups(m_communeId);
    SetAssignment set;
    CommuneGroupAssignment group;
    for (const SetAssignment& a : assignments ? assignments.value() : QList<SetAssignment>()) {
        set = a.id == id ? a : set;
    }
    for (const CommuneGroupAssignment& g : groups ? groups.value() : QList<CommuneGroupAssignment>()) {
        group = g.id == id ? g : group;
    }
    if (isSet) {
        run(
            tr("Remove a criteria set"), [db, id] { return CommuneSettingsService(*db).removeAssignment(id); },
            [db, set]() -> Status {
                const auto r = CommuneSettingsService(*db).assignSet(set.communeId, set.setId, set.validFrom, set.id);
                return r ? Status() : Status(r.error());
            });
    } else {
        run(
            tr("Remove a commune group"), [db, id] { return CommuneSettingsService(*db).removeGroup(id); },
            [db, group]() -> Status {
                const auto r =
                    CommuneSettingsService(*db).setGroup(group.communeId, group.group, group.validFrom, group.id);
                return r ? Status() : Status(r.error());
            });
    }
}

void CommuneSettingsDialog::addRecognition()
{
    Recognition r;
    r.id = ids::newId();
    r.communeId = m_communeId;
    r.tier = Vocabulary::recognitionTier(m_ui->tierCombo->currentData().toString()).value_or(RecognitionTier::Ntm);
    r.decisionNo = m_ui->decisionNoEdit->text().trimmed();
    r.decidedOn = m_ui->decidedOnEdit->date();
    const auto issues = CommuneSettingsService(m_db).checkRecognition(r);
    if (!issues) {
        m_ui->generalError->setText(issues.error().message);
        return;
    }
    QStringList warnings;
    for (const Issue& i : issues.value()) {
        if (i.isError()) {
            m_ui->generalError->setText(
                QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(i.message.toHtmlEscaped()));
            return;
        }
        warnings.append(i.message);
    }
    if (!warnings.isEmpty() &&
        !Messages::confirm(this, windowTitle(),
                           warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + tr("Save anyway?"))) {
        return;
    }
    Database* db = &m_db;
    run(
        tr("Add a recognition"),
        [db, r]() -> Status {
            const auto added = CommuneSettingsService(*db).addRecognition(r);
            return added ? Status() : Status(added.error());
        },
        [db, r] { return CommuneSettingsService(*db).removeRecognition(r.id); });
}

void CommuneSettingsDialog::removeRecognition()
{
    const QListWidgetItem* item = m_ui->recognitionList->currentItem();
    if (!item) {
        return;
    }
    const QString id = item->data(kGroupIdRole).toString();
    Recognition before;
    if (const auto all = RecognitionStore(m_db).list(m_communeId)) {
        for (const Recognition& r : all.value()) {
            before = r.id == id ? r : before;
        }
    }
    Database* db = &m_db;
    run(
        tr("Remove a recognition"), [db, id] { return CommuneSettingsService(*db).removeRecognition(id); },
        [db, before]() -> Status {
            const auto restored = CommuneSettingsService(*db).addRecognition(before);
            return restored ? Status() : Status(restored.error());
        });
}

} // namespace ntm::gui
