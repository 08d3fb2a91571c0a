// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignments/RotationDialog.h"

#include "common/ItemRoles.h"

#include "ui_RotationDialog.h"

#include "app/Messages.h"
#include "common/DateFields.h"
#include "common/FoldingCompleter.h"
#include "server/SaveWhenConnected.h"
#include "service/RotationService.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"
#include "util/VietnameseOrder.h"

#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <tuple>

namespace ntm::gui {

using namespace ntm::core;

namespace {

const QStringList& standardPositions()
{
    static const QStringList positions{QStringLiteral("Bí thư Đảng ủy xã"),
                                       QStringLiteral("Phó Bí thư Đảng ủy xã"),
                                       QStringLiteral("Chủ tịch UBND xã"),
                                       QStringLiteral("Phó Chủ tịch UBND xã"),
                                       QStringLiteral("Phó Bí thư Đảng ủy, Chủ tịch UBND xã"),
                                       QStringLiteral("Bí thư Đảng ủy, Chủ tịch HĐND xã")};
    return positions;
}

/// The folded label has a word that starts with the folded query ("duc yen" in "xa duc yen – huyen duc tho").
bool startsAWord(const QString& label, const QString& query)
{
    return label.startsWith(query) || label.contains(QLatin1Char(' ') + query);
}

void attachCompleter(QComboBox* combo, QStandardItemModel* model)
{
    combo->setModel(model);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setCompleter(new FoldingCompleter(model, kFoldedRole, combo));
    combo->setCurrentIndex(-1);
}
} // namespace

RotationDialog::RotationDialog(Database& db, const Rotation* existing, QWidget* parent, const QString& officialId)
    : QDialog(parent), m_ui(std::make_unique<Ui::RotationDialog>()), m_db(db),
      m_officials(new QStandardItemModel(this)), m_communes(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit rotation decision") : tr("New rotation decision"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_ui->noteEdit->setMaximumHeight(70);
    dateFields::setup(m_ui->decisionDateEdit);
    dateFields::setup(m_ui->startDateEdit);
    dateFields::setupOptional(m_ui->plannedEndEdit);
    // A term's planned end is counted from its start: the calendar opens on the start's month.
    dateFields::setEmptyMonth(m_ui->plannedEndEdit, [this] { return m_ui->startDateEdit->date(); });
    m_ui->decisionDateEdit->setDate(QDate::currentDate());
    m_ui->startDateEdit->setDate(QDate::currentDate());
    for (RotationKind k : {RotationKind::LuanChuyen, RotationKind::DieuDong, RotationKind::BietPhai}) {
        m_ui->kindCombo->addItem(Vocabulary::label(k), Vocabulary::key(k));
    }
    fillOfficials();
    fillCommunes();
    fillChoices();
    const QList<std::tuple<QString, QLabel*, QWidget*>> labels{
        {QStringLiteral("official"), m_ui->officialError, m_ui->officialCombo},
        {QStringLiteral("kind"), m_ui->kindError, m_ui->kindCombo},
        {QStringLiteral("decision_no"), m_ui->decisionNoError, m_ui->decisionNoEdit},
        {QStringLiteral("decision_date"), m_ui->decisionDateError, m_ui->decisionDateEdit},
        {QStringLiteral("issuing_body"), m_ui->issuingBodyError, m_ui->issuingBodyCombo},
        {QStringLiteral("commune"), m_ui->communeError, m_ui->communeCombo},
        {QStringLiteral("to_position"), m_ui->toPositionError, m_ui->toPositionCombo},
        {QStringLiteral("start_date"), m_ui->startDateError, m_ui->startDateEdit},
        {QStringLiteral("planned_end"), m_ui->plannedEndError, m_ui->plannedEndEdit}};
    for (const auto& [field, label, editor] : labels) {
        m_errors.add(field, label, editor);
    }
    m_errors.setGeneral(m_ui->generalError);
    m_errors.clear();
    if (existing) {
        m_original = *existing;
        selectOfficial(existing->officialId);
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(Vocabulary::key(existing->kind)));
        m_ui->decisionNoEdit->setText(existing->decisionNo);
        m_ui->decisionDateEdit->setDate(existing->decisionDate);
        m_ui->issuingBodyCombo->setEditText(existing->issuingBody);
        m_ui->fromUnitEdit->setText(existing->fromUnit);
        m_ui->fromPositionEdit->setText(existing->fromPosition);
        selectCommune(existing->communeId);
        m_ui->toPositionCombo->setEditText(existing->toPosition);
        m_ui->startDateEdit->setDate(existing->startDate);
        dateFields::setValue(m_ui->plannedEndEdit, existing->plannedEnd);
        m_ui->noteEdit->setPlainText(existing->note);
    } else if (!officialId.isEmpty()) {
        selectOfficial(officialId);
        officialChosen();
    }
    connect(m_ui->officialCombo, &QComboBox::activated, this, [this] { officialChosen(); });
    connect(m_ui->officialCombo->completer(), qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this] { officialChosen(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RotationDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RotationDialog::~RotationDialog() = default;

void RotationDialog::fillOfficials()
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
        item->setData(o.homeUnit, Qt::UserRole + 3);
        item->setData(o.position, Qt::UserRole + 4);
        m_officials->appendRow(item);
    }
    attachCompleter(m_ui->officialCombo, m_officials);
}

void RotationDialog::fillCommunes()
{
    const auto communes = UnitStore(m_db).allCommunes();
    const auto districts = UnitStore(m_db).districts();
    if (!communes || !districts) {
        return;
    }
    QHash<QString, QString> districtTitles;
    for (const District& d : districts.value()) {
        districtTitles.insert(d.id, d.title());
    }
    struct Entry
    {
        QString name;
        QString label;
        QString id;
    };
    QList<Entry> entries;
    for (const Commune& c : communes.value()) {
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
        if (c.validTo.isValid()) {
            label += QStringLiteral(" (") + tr("until %1").arg(dates::toDisplay(c.validTo)) + QLatin1Char(')');
        }
        entries.append({p.name, label, c.id});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const int byName = text::compareVietnamese(a.name, b.name);
        return byName != 0 ? byName < 0 : text::lessVietnamese(a.label, b.label);
    });
    for (const Entry& e : entries) {
        auto* item = new QStandardItem(e.label);
        item->setData(e.id, kIdRole);
        item->setData(text::fold(e.label), kFoldedRole);
        m_communes->appendRow(item);
    }
    attachCompleter(m_ui->communeCombo, m_communes);
}

void RotationDialog::fillChoices()
{
    QStringList bodies;
    if (const auto all = RotationStore(m_db).all()) {
        QSet<QString> seen;
        for (const Rotation& r : all.value()) {
            if (!seen.contains(r.issuingBody)) {
                seen.insert(r.issuingBody);
                bodies.append(r.issuingBody);
            }
        }
    }
    text::sortVietnamese(bodies);
    m_ui->issuingBodyCombo->addItems(bodies);
    m_ui->issuingBodyCombo->setCurrentIndex(-1);
    m_ui->toPositionCombo->addItems(standardPositions());
    m_ui->toPositionCombo->setCurrentIndex(-1);
}

QString RotationDialog::selectedId(const QStandardItemModel* model, const QString& text) const
{
    const QString typed = text.trimmed();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->item(r)->text() == typed) {
            return model->item(r)->data(kIdRole).toString();
        }
    }
    // A unique folded match also counts: "bui ngoc nhat" picks "Bùi Ngọc Nhật – …", "duc yen" picks "Xã Đức Yên – …".
    const QString folded = text::fold(typed);
    QString found;
    for (int r = 0; r < model->rowCount() && !folded.isEmpty(); ++r) {
        if (startsAWord(model->item(r)->data(kFoldedRole).toString(), folded)) {
            if (!found.isEmpty()) {
                return {};
            }
            found = model->item(r)->data(kIdRole).toString();
        }
    }
    return found;
}

QStringList RotationDialog::candidates(const QStandardItemModel* model, const QString& text) const
{
    const QString folded = text::fold(text.trimmed());
    QStringList out;
    for (int r = 0; r < model->rowCount() && !folded.isEmpty(); ++r) {
        if (startsAWord(model->item(r)->data(kFoldedRole).toString(), folded)) {
            out.append(model->item(r)->text());
        }
    }
    constexpr int kNamed = 5;
    if (out.size() > kNamed) {
        out = out.mid(0, kNamed) << QStringLiteral("…");
    }
    return out;
}

void RotationDialog::selectOfficial(const QString& id)
{
    for (int r = 0; r < m_officials->rowCount(); ++r) {
        if (m_officials->item(r)->data(kIdRole).toString() == id) {
            m_ui->officialCombo->setCurrentIndex(r);
            return;
        }
    }
}

void RotationDialog::selectCommune(const QString& id)
{
    for (int r = 0; r < m_communes->rowCount(); ++r) {
        if (m_communes->item(r)->data(kIdRole).toString() == id) {
            m_ui->communeCombo->setCurrentIndex(r);
            return;
        }
    }
}

void RotationDialog::officialChosen()
{
    const QString id = selectedId(m_officials, m_ui->officialCombo->currentText());
    for (int r = 0; r < m_officials->rowCount(); ++r) {
        const QStandardItem* item = m_officials->item(r);
        if (item->data(kIdRole).toString() == id) {
            if (m_ui->fromUnitEdit->text().isEmpty()) {
                m_ui->fromUnitEdit->setText(item->data(Qt::UserRole + 3).toString());
            }
            if (m_ui->fromPositionEdit->text().isEmpty()) {
                m_ui->fromPositionEdit->setText(item->data(Qt::UserRole + 4).toString());
            }
        }
    }
}

QString RotationDialog::officialName() const
{
    return m_ui->officialCombo->currentText().section(QStringLiteral(" – "), 0, 0);
}

Rotation RotationDialog::rotation() const
{
    Rotation r = m_original;
    r.officialId = selectedId(m_officials, m_ui->officialCombo->currentText());
    r.kind = Vocabulary::rotationKind(m_ui->kindCombo->currentData().toString()).value_or(RotationKind::LuanChuyen);
    r.decisionNo = m_ui->decisionNoEdit->text().trimmed();
    r.decisionDate = m_ui->decisionDateEdit->date();
    r.issuingBody = m_ui->issuingBodyCombo->currentText().simplified();
    r.fromUnit = m_ui->fromUnitEdit->text().trimmed();
    r.fromPosition = m_ui->fromPositionEdit->text().trimmed();
    r.communeId = selectedId(m_communes, m_ui->communeCombo->currentText());
    r.toPosition = m_ui->toPositionCombo->currentText().simplified();
    r.startDate = m_ui->startDateEdit->date();
    r.plannedEnd = dateFields::value(m_ui->plannedEndEdit);
    r.note = m_ui->noteEdit->toPlainText().trimmed();
    return r;
}

void RotationDialog::accept()
{
    const Rotation r = rotation();
    Issues issues;
    if (!m_ui->officialCombo->currentText().trimmed().isEmpty() && r.officialId.isEmpty()) {
        issues.append(errorIssue(QStringLiteral("official"), tr("Choose the official from the list (type part of the "
                                                                "name).")));
    }
    if (!m_ui->communeCombo->currentText().trimmed().isEmpty() && r.communeId.isEmpty()) {
        const QStringList several = candidates(m_communes, m_ui->communeCombo->currentText());
        issues.append(errorIssue(QStringLiteral("commune"),
                                 several.size() > 1 ? tr("“%1” names several communes: %2. Choose one from the list.")
                                                          .arg(m_ui->communeCombo->currentText().trimmed(),
                                                               several.join(QStringLiteral("; ")))
                                                    : tr("Choose the commune from the list (type part of the name).")));
    }
    const auto checked = RotationService(m_db).check(r);
    if (!checked) {
        Messages::error(this, windowTitle(), checked.error().message);
        return;
    }
    QSet<QString> explained;
    for (const Issue& i : issues) {
        explained.insert(i.field);
    }
    for (const Issue& i : checked.value()) {
        if (!explained.contains(i.field)) {
            issues.append(i);
        }
    }
    if (m_errors.show(issues)) {
        return;
    }
    if (!issues.isEmpty()) {
        QStringList warnings;
        for (const Issue& i : issues) {
            warnings.append(QStringLiteral("• ") + i.message);
        }
        if (!Messages::confirm(this, windowTitle(),
                               warnings.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                                   tr("Save the decision anyway?"))) {
            return;
        }
    }
    SaveWhenConnected::accept(this, m_db);
}

} // namespace ntm::gui
