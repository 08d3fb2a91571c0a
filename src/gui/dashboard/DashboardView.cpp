// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardView.h"

#include "common/ItemRoles.h"

#include "ui_DashboardView.h"

#include "access/WriteAccess.h"
#include "app/Messages.h"
#include "charts/StepChart.h"
#include "common/CommuneChooser.h"
#include "common/Palette.h"
#include "common/TableSetup.h"
#include "dashboard/CommuneChart.h"
#include "dashboard/CommuneSettingsDialog.h"
#include "dashboard/ReviewMeetingDialog.h"
#include "dashboard/VillageDialog.h"
#include "followup/FollowUpTabs.h"
#include "service/IllustrativeData.h"
#include "service/ReviewService.h"
#include "service/recognition/RecognitionText.h"
#include "store/CriteriaStore.h"
#include "store/UnitStore.h"
#include "undo/LambdaCommand.h"
#include "undo/RecordCommands.h"
#include "util/Dates.h"
#include "util/Ids.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QUndoStack>

namespace ntm::gui {

using namespace ntm::core;

namespace {

void setupTable(QTableWidget* t, const QStringList& headers)
{
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    fitHeaders(t); // also while no commune is chosen
}

void setRow(QTableWidget* t, int row, const QStringList& cells, const QString& id = {})
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        item->setData(kIdRole, id);
        t->setItem(row, c, item);
    }
}
} // namespace

DashboardView::DashboardView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::DashboardView>()), m_chart(new StepChart(this)),
      m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    m_chooser = new CommuneChooser(m_ui->communeCombo);
    setObjectName(QStringLiteral("dashboardView"));
    m_chart->setObjectName(QStringLiteral("metChart"));
    m_chart->setMinimumHeight(260);
    m_ui->chartLayout->addWidget(m_chart);
    m_ui->topSplitter->setStretchFactor(0, 2);
    m_ui->topSplitter->setStretchFactor(1, 3);
    m_ui->topSplitter->setSizes({420, 600});
    // The standing and the chart matter most; the tabs below get what is left.
    m_ui->mainLayout->setStretchFactor(m_ui->topSplitter, 3);
    m_ui->mainLayout->setStretchFactor(m_ui->tabs, 2);
    setupTable(m_ui->criteriaTable, {tr("No."), tr("Criterion"), tr("Status"), tr("Since")});
    setupTable(m_ui->rotatedOfficialsTable, {tr("Official"), tr("Position"), tr("Term"), tr("Criteria met at start"),
                                             tr("At end"), tr("Gained"), tr("Months to recognition")});
    setupTable(m_ui->meetingsTable,
               {tr("Date"), tr("Chaired by"), tr("Criteria discussed"), tr("Decisions"), tr("Responsible")});
    setupTable(m_ui->villagesTable, {tr("Village"), tr("Responsible"), tr("Role"), tr("Note")});
    m_ui->criteriaTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->criteriaTable->horizontalHeader()->setStretchLastSection(false);
    connect(m_chooser, &CommuneChooser::chosen, this, [this](const QString& id) {
        showCommune(id);
        Q_EMIT communeChosen(id);
    });
    connect(m_chooser, &CommuneChooser::notFound, this, [this](const QString& typed) {
        m_ui->headerLabel->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>")
                                       .arg(tr("No commune matches “%1”: type part of its name (diacritics are not "
                                               "needed) and choose from the list.")
                                                .arg(typed)
                                                .toHtmlEscaped()));
    });
    connect(m_ui->recordButton, &QPushButton::clicked, this, [this] { Q_EMIT recordRequested(m_communeId); });
    connect(m_ui->timelineButton, &QPushButton::clicked, this, [this] { Q_EMIT timelineRequested(m_communeId); });
    connect(m_ui->settingsButton, &QPushButton::clicked, this, &DashboardView::openSettings);
    connect(m_ui->addMeetingButton, &QPushButton::clicked, this, [this] { editMeeting(true); });
    connect(m_ui->editMeetingButton, &QPushButton::clicked, this, [this] { editMeeting(false); });
    connect(m_ui->meetingsTable, &QTableWidget::doubleClicked, this, [this] { editMeeting(false); });
    connect(m_ui->deleteMeetingButton, &QPushButton::clicked, this, &DashboardView::deleteMeeting);
    connect(m_ui->addVillageButton, &QPushButton::clicked, this, [this] { editVillage(true); });
    connect(m_ui->editVillageButton, &QPushButton::clicked, this, [this] { editVillage(false); });
    connect(m_ui->villagesTable, &QTableWidget::doubleClicked, this, [this] { editVillage(false); });
    connect(m_ui->deleteVillageButton, &QPushButton::clicked, this, &DashboardView::deleteVillage);
    m_followUp = new FollowUpTabs(m_ui->tabs);
    connect(m_followUp, &FollowUpTabs::summaryRequested, this, &DashboardView::memberSummaryRequested);
    connect(m_followUp, &FollowUpTabs::errorOccurred, this, &DashboardView::report);
}

DashboardView::~DashboardView() = default;

QString DashboardView::title() const
{
    return tr("Commune dashboard");
}

void DashboardView::setDatabase(Database* db)
{
    m_db = db;
    m_communeId.clear();
    m_criterionNumbers.clear();
    if (db) {
        if (const auto sets = CriteriaStore(*db).sets()) {
            for (const CriteriaSet& s : sets.value()) {
                for (const Criterion& c : s.criteria) {
                    m_criterionNumbers.insert(c.id, c.number);
                }
            }
        }
    }
    // The list of communes (the whole country's, in a national database) is filled when the view is first shown.
    m_communesFilled = false;
    refreshWhenShown();
}

void DashboardView::setAsOf(const QDate& date)
{
    m_asOf = date;
    m_chooser->setAsOf(date);
    refreshWhenShown();
}

void DashboardView::setCommune(const QString& communeId)
{
    if (!m_db || communeId == m_communeId) {
        return;
    }
    if (const auto c = UnitStore(*m_db).commune(communeId); !c || !c.value()) {
        return;
    }
    m_communeId = communeId;
    refreshWhenShown();
}

void DashboardView::focusSearch()
{
    m_ui->communeCombo->setFocus(Qt::ShortcutFocusReason);
    m_ui->communeCombo->lineEdit()->selectAll();
}

void DashboardView::fillCommunes()
{
    // The list of communes (the whole country's, in a national database) is filled when first needed.
    if (m_communesFilled) {
        return;
    }
    m_communesFilled = true;
    m_chooser->load(m_db);
}

void DashboardView::showCommune(const QString& communeId)
{
    fillCommunes();
    m_communeId = communeId;
    m_chooser->select(communeId);
    refresh();
}

void DashboardView::refresh()
{
    fillCommunes();
    m_chooser->select(m_communeId);
    const bool has = m_db && !m_communeId.isEmpty();
    m_ui->timelineButton->setEnabled(has);
    m_ui->tabs->setEnabled(has);
    // Write buttons: disabled for a role that may not change this commune's records, the tooltip says why.
    const RecordPlace here{QString(), m_communeId};
    writeAccess::apply(m_ui->recordButton, m_db, RecordKind::Assessment, here, has);
    writeAccess::apply(m_ui->settingsButton, m_db, RecordKind::CommuneSettings, here, has);
    for (QPushButton* b : {m_ui->addMeetingButton, m_ui->editMeetingButton, m_ui->deleteMeetingButton}) {
        writeAccess::apply(b, m_db, RecordKind::ReviewMeeting, here, has);
    }
    for (QPushButton* b : {m_ui->addVillageButton, m_ui->editVillageButton, m_ui->deleteVillageButton}) {
        writeAccess::apply(b, m_db, RecordKind::Village, here, has);
    }
    if (!has) {
        m_data = {};
        m_ui->headerLabel->setText(tr("Choose a commune above (type part of its name)."));
        m_ui->metLabel->clear();
        m_ui->criteriaTable->setRowCount(0);
        m_chart->setData({}, m_asOf, {}, {}, m_asOf);
        m_followUp->show(m_db, m_undo, QString(), m_asOf, {});
        Q_EMIT summaryChanged(QString());
        return;
    }
    const auto d = CommuneDashboardService(*m_db).load(m_communeId, m_asOf);
    if (!d) {
        report(d.error().message);
        return;
    }
    m_data = d.value();
    show(m_data);
    m_followUp->show(m_db, m_undo, m_communeId, m_asOf, m_data.progress);
}

void DashboardView::show(const CommuneDashboard& d)
{
    fillHeader(d);
    fillCriteria(d);
    fillChart(d);
    fillOfficials(d);
    fillMeetings(d);
    fillVillages(d);
    Q_EMIT summaryChanged(d.life.exists()
                              ? tr("%1: %2 of %3 criteria met").arg(d.title).arg(d.progress.met).arg(d.progress.total)
                              : tr("%1: %2").arg(d.title, d.life.sentence()));
}

void DashboardView::fillHeader(const CommuneDashboard& d)
{
    QStringList parts;
    parts.append(QStringLiteral("<span style=\"font-size:14pt\"><b>%1</b></span>").arg(d.title.toHtmlEscaped()));
    parts.append(d.districtName.isEmpty() ? tr("directly under %1").arg(d.provinceName) : d.districtTitle);
    QString line2;
    if (!d.progress.setCode.isEmpty()) {
        line2 = tr("Criteria set %1 since %2").arg(d.progress.setCode, dates::toDisplay(d.progress.setSince));
    }
    if (d.progress.group > 0) {
        line2 += QStringLiteral(" · ") + tr("commune group %1").arg(d.progress.group);
        if (d.groupIllustrative) {
            line2 += QLatin1Char(' ') + IllustrativeData::mark();
        }
    }
    if (d.targetYear > 0) {
        line2 += QStringLiteral(" · ") + tr("target year %1").arg(d.targetYear);
    }
    QStringList held;
    for (const Holding& h : d.held) {
        held.append(RecognitionText::describe(h));
    }
    QString recognition = held.isEmpty() ? tr("Not recognised NTM on this date.")
                                         : tr("Recognised: %1.").arg(held.join(QStringLiteral("; ")));
    const QString beside =
        RecognitionText::beside(d.recognitionSet, d.progress.setCode, d.progress.met, d.progress.total);
    if (!held.isEmpty() && !beside.isEmpty()) {
        recognition += QLatin1Char(' ') + tr("(%1)").arg(beside);
    }
    QString html = parts.join(QStringLiteral(" – "));
    if (!d.life.exists()) {
        // A commune on a date outside its life: what it became or came from, and its last standing.
        html += QStringLiteral("<br><b>") + d.life.sentence().toHtmlEscaped() + QStringLiteral("</b>");
        if (d.standingOn.isValid()) {
            html +=
                QLatin1Char(' ') + tr("Its last standing, on %1:").arg(dates::toDisplay(d.standingOn)).toHtmlEscaped();
        }
    }
    if (d.standingOn.isValid()) {
        html += QStringLiteral("<br>") + line2.toHtmlEscaped() + QStringLiteral("<br>") + recognition.toHtmlEscaped();
    }
    if (d.illustrativeData) {
        html += QStringLiteral("<br><span style=\"color:#7a4a00\">") + IllustrativeData::notice().toHtmlEscaped() +
                QStringLiteral("</span>");
    }
    m_ui->headerLabel->setText(html);
}

void DashboardView::fillCriteria(const CommuneDashboard& d)
{
    if (!d.standingOn.isValid()) {
        m_ui->metLabel->setText(tr("Not formed yet on %1: nothing was judged.").arg(dates::toDisplay(d.asOf)));
    } else {
        m_ui->metLabel->setText(tr("<span style=\"font-size:20pt\"><b>%1</b></span> of %2 criteria met on %3")
                                    .arg(d.progress.met)
                                    .arg(d.progress.total)
                                    .arg(dates::toDisplay(d.standingOn)));
    }
    m_ui->criteriaTable->setRowCount(static_cast<int>(d.progress.criteria.size()));
    for (int row = 0; row < d.progress.criteria.size(); ++row) {
        const CriterionState& s = d.progress.criteria.at(row);
        QString since = dates::toDisplay(s.assessedOn);
        if (!s.carriedFromSet.isEmpty()) {
            since += QStringLiteral(" (") + tr("carried over from %1").arg(s.carriedFromSet) + QLatin1Char(')');
        }
        setRow(m_ui->criteriaTable, row, {QString::number(s.number), s.name, Vocabulary::label(s.status), since});
        m_ui->criteriaTable->item(row, 2)->setBackground(palette::status(s.status));
    }
    // Number, status and date to their contents ("03/11/2016 (carried over from 1980)"), the name takes the rest.
    m_ui->criteriaTable->resizeColumnToContents(0);
    m_ui->criteriaTable->resizeColumnToContents(2);
    m_ui->criteriaTable->resizeColumnToContents(3);
}

void DashboardView::fillChart(const CommuneDashboard& d)
{
    CommuneChart::show(*m_chart, d);
}

void DashboardView::fillOfficials(const CommuneDashboard& d)
{
    m_ui->rotatedOfficialsTable->setRowCount(static_cast<int>(d.officials.size()));
    for (int row = 0; row < d.officials.size(); ++row) {
        const RotationImpactRow& r = d.officials.at(row);
        setRow(m_ui->rotatedOfficialsTable, row,
               {r.officialName, r.rotation.toPosition,
                dates::toDisplay(r.rotation.startDate) + QStringLiteral(" – ") +
                    (r.end.isValid() ? dates::toDisplay(r.end) : tr("now")),
                QStringLiteral("%1/%2").arg(r.metAtStart).arg(r.totalAtStart),
                QStringLiteral("%1/%2").arg(r.metAtEnd).arg(r.totalAtEnd), RotationImpactService::gainText(r),
                r.monthsToRecognition ? QString::number(*r.monthsToRecognition) : QStringLiteral("—")},
               r.rotation.id);
    }
    m_ui->rotatedOfficialsTable->resizeColumnsToContents();
}

void DashboardView::fillMeetings(const CommuneDashboard& d)
{
    const QHash<QString, int>& numbers = m_criterionNumbers;
    m_ui->meetingsTable->setRowCount(static_cast<int>(d.meetings.size()));
    for (int row = 0; row < d.meetings.size(); ++row) {
        const ReviewMeeting& m = d.meetings.at(row);
        QStringList discussed;
        for (const QString& c : m.criterionIds) {
            discussed.append(numbers.contains(c) ? QString::number(numbers.value(c)) : QStringLiteral("•"));
        }
        setRow(m_ui->meetingsTable, row,
               {dates::toDisplay(m.heldOn), m.chair, discussed.join(QStringLiteral(", ")),
                m.decisions.section(QLatin1Char('\n'), 0, 0), m.responsible},
               m.id);
    }
    m_ui->meetingsTable->resizeColumnToContents(0);
    m_ui->meetingsTable->setColumnWidth(1, 200);
    m_ui->meetingsTable->resizeColumnToContents(2);
    m_ui->meetingsTable->setColumnWidth(3, 420);
    fitHeaders(m_ui->meetingsTable);
    m_ui->tabs->setTabText(1, tr("Review meetings (%1)").arg(d.meetings.size()));
}

void DashboardView::fillVillages(const CommuneDashboard& d)
{
    m_ui->villagesTable->setRowCount(static_cast<int>(d.villages.size()));
    for (int row = 0; row < d.villages.size(); ++row) {
        const Village& v = d.villages.at(row);
        setRow(m_ui->villagesTable, row, {v.name, v.responsibleName, v.responsibleRole, v.note}, v.id);
    }
    m_ui->villagesTable->resizeColumnsToContents();
    m_ui->tabs->setTabText(2, tr("Villages (%1)").arg(d.villages.size()));
}

void DashboardView::report(const QString& message)
{
    Messages::error(this, tr("Commune dashboard"), message);
}

void DashboardView::editMeeting(bool isNew)
{
    if (!m_db || !m_undo || m_communeId.isEmpty()) {
        return;
    }
    ReviewMeeting before;
    before.communeId = m_communeId;
    if (!isNew) {
        const int row = m_ui->meetingsTable->currentRow();
        if (row < 0 || row >= m_data.meetings.size()) {
            return;
        }
        before = m_data.meetings.at(row);
    }
    auto* dialog = new ReviewMeetingDialog(*m_db, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, isNew] {
        ReviewMeeting after = dialog->meeting();
        Database* db = m_db;
        if (isNew) {
            after.id = ids::newId();
            const bool added =
                ServiceCommand::push(m_undo, new LambdaCommand(
                                                 *db, tr("Add review meeting"),
                                                 [db, after]() -> Status {
                                                     const auto r = ReviewService(*db).addMeeting(after);
                                                     return r ? Status() : Status(r.error());
                                                 },
                                                 [db, after] { return ReviewService(*db).removeMeeting(after.id); },
                                                 [this](const QString& m) { report(m); }));
            if (added) {
                // The weekly review opens with the actions due or overdue, and records what the meeting decides.
                m_followUp->openMeetingFollowUp(after.id);
            }
            return;
        }
        recordCommands::change<ReviewMeeting>(
            m_undo, *db, tr("Edit review meeting"), before, after,
            [](Database& on, const ReviewMeeting& m) { return ReviewService(on).updateMeeting(m); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void DashboardView::deleteMeeting()
{
    const int row = m_ui->meetingsTable->currentRow();
    if (!m_db || !m_undo || row < 0 || row >= m_data.meetings.size()) {
        return;
    }
    const ReviewMeeting m = m_data.meetings.at(row);
    if (!Messages::confirm(this, tr("Delete review meeting"),
                           tr("Delete the review meeting of %1? You can undo this with Edit > Undo.")
                               .arg(dates::toDisplay(m.heldOn)))) {
        return;
    }
    Database* db = m_db;
    ServiceCommand::push(m_undo, new LambdaCommand(
                                     *db, tr("Delete review meeting"),
                                     [db, m] { return ReviewService(*db).removeMeeting(m.id); },
                                     [db, m]() -> Status {
                                         const auto r = ReviewService(*db).addMeeting(m);
                                         return r ? Status() : Status(r.error());
                                     },
                                     [this](const QString& message) { report(message); }));
}

void DashboardView::editVillage(bool isNew)
{
    if (!m_db || !m_undo || m_communeId.isEmpty()) {
        return;
    }
    Village before;
    before.communeId = m_communeId;
    if (!isNew) {
        const int row = m_ui->villagesTable->currentRow();
        if (row < 0 || row >= m_data.villages.size()) {
            return;
        }
        before = m_data.villages.at(row);
    }
    auto* dialog = new VillageDialog(*m_db, before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before, isNew] {
        Village after = dialog->village();
        Database* db = m_db;
        if (isNew) {
            after.id = ids::newId();
            ServiceCommand::push(m_undo, new LambdaCommand(
                                             *db, tr("Add village"),
                                             [db, after]() -> Status {
                                                 const auto r = ReviewService(*db).addVillage(after);
                                                 return r ? Status() : Status(r.error());
                                             },
                                             [db, after] { return ReviewService(*db).removeVillage(after.id); },
                                             [this](const QString& m) { report(m); }));
            return;
        }
        recordCommands::change<Village>(
            m_undo, *db, tr("Edit village"), before, after,
            [](Database& on, const Village& v) { return ReviewService(on).updateVillage(v); },
            [this](const QString& m) { report(m); });
    });
    dialog->open();
}

void DashboardView::deleteVillage()
{
    const int row = m_ui->villagesTable->currentRow();
    if (!m_db || !m_undo || row < 0 || row >= m_data.villages.size()) {
        return;
    }
    const Village v = m_data.villages.at(row);
    Database* db = m_db;
    ServiceCommand::push(m_undo, new LambdaCommand(
                                     *db, tr("Delete village %1").arg(v.name),
                                     [db, v] { return ReviewService(*db).removeVillage(v.id); },
                                     [db, v]() -> Status {
                                         const auto r = ReviewService(*db).addVillage(v);
                                         return r ? Status() : Status(r.error());
                                     },
                                     [this](const QString& m) { report(m); }));
}

void DashboardView::openSettings()
{
    if (!m_db || !m_undo || m_communeId.isEmpty()) {
        return;
    }
    auto* dialog = new CommuneSettingsDialog(*m_db, *m_undo, m_communeId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QByteArray DashboardView::saveViewState() const
{
    return m_ui->topSplitter->saveState();
}

void DashboardView::restoreViewState(const QByteArray& state)
{
    if (!state.isEmpty()) {
        m_ui->topSplitter->restoreState(state);
    }
}

} // namespace ntm::gui
