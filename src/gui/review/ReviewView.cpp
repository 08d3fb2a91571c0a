// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/ReviewView.h"

#include "ui_ReviewView.h"

#include "app/Messages.h"
#include "charts/BarLineChart.h"
#include "charts/HorizontalBarChart.h"
#include "charts/MultiLineChart.h"
#include "common/FileNames.h"
#include "exchange/XlsxWriter.h"
#include "review/FigurePanel.h"
#include "review/ReviewCharts.h"
#include "service/IllustrativeData.h"
#include "service/recognition/RecognitionText.h"
#include "service/review/ProvincialReviewService.h"
#include "service/review/ReviewTables.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/VietnameseOrder.h"

#include <QDataStream>
#include <QFileInfo>
#include <QIODevice>
#include <QSet>
#include <QSplitter>

#include <algorithm>
#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

ReviewView::ReviewView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::ReviewView>()), m_recognitionsChart(new BarLineChart),
      m_averagesChart(new MultiLineChart), m_bandsChart(new HorizontalBarChart), m_missedChart(new HorizontalBarChart),
      m_comparisonChart(new HorizontalBarChart),
      m_recognitions(new FigurePanel(m_recognitionsChart, Qt::Horizontal, 60)),
      m_averages(new FigurePanel(m_averagesChart, Qt::Vertical, 65)),
      m_bands(new FigurePanel(m_bandsChart, Qt::Horizontal, 55)),
      m_missed(new FigurePanel(m_missedChart, Qt::Horizontal, 60)),
      m_comparison(new FigurePanel(m_comparisonChart, Qt::Horizontal, 45)), m_rotations(new FigurePanel(nullptr)),
      m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("reviewView"));
    const QList<std::pair<FigurePanel*, const char*>> names{{m_recognitions, "recognitionsPanel"},
                                                            {m_averages, "averagesPanel"},
                                                            {m_bands, "bandsPanel"},
                                                            {m_missed, "missedPanel"},
                                                            {m_comparison, "comparisonPanel"},
                                                            {m_rotations, "rotationsPanel"}};
    for (const auto& [panel, name] : names) {
        panel->setObjectName(QLatin1String(name));
    }
    m_recognitionsChart->setObjectName(QStringLiteral("recognitionsChart"));
    m_averagesChart->setObjectName(QStringLiteral("averagesChart"));
    m_bandsChart->setObjectName(QStringLiteral("bandsChart"));
    m_missedChart->setObjectName(QStringLiteral("missedChart"));
    m_comparisonChart->setObjectName(QStringLiteral("comparisonChart"));
    m_ui->recognitionsLayout->addWidget(m_recognitions);
    m_ui->averagesLayout->addWidget(m_averages);
    m_ui->bandsLayout->addWidget(m_bands);
    m_ui->missedLayout->addWidget(m_missed);
    m_ui->rotationsSplitter->addWidget(m_comparison);
    m_ui->rotationsSplitter->addWidget(m_rotations);
    m_ui->rotationsSplitter->setStretchFactor(0, 2);
    m_ui->rotationsSplitter->setStretchFactor(1, 3);
    m_recognitionsChart->setTitle(tr("Communes recognised NTM per year"));
    m_averagesChart->setTitle(tr("Average criteria met"));
    m_bandsChart->setTitle(tr("Communes by criteria met"));
    m_missedChart->setTitle(tr("Communes not meeting each criterion"));
    m_comparisonChart->setTitle(tr("Criteria gained per year of tenure"));
    connect(m_ui->districtCombo, &QComboBox::currentIndexChanged, this, &ReviewView::refresh);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReviewView::exportWorkbook);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &ReviewView::updateNote);
    updateNote();
}

ReviewView::~ReviewView() = default;

QString ReviewView::title() const
{
    return tr("Provincial review");
}

void ReviewView::setDatabase(Database* db)
{
    m_db = db;
    m_districtsStale = true;
    refresh();
}

void ReviewView::setAsOf(const QDate& date)
{
    m_asOf = date;
    m_districtsStale = true;
    refresh();
}

void ReviewView::showEvent(QShowEvent* event)
{
    View::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

QString ReviewView::districtId() const
{
    return m_ui->districtCombo->currentData().toString();
}

void ReviewView::setDistrict(const QString& districtId)
{
    if (m_districtsStale) {
        m_districtsStale = false;
        fillDistricts();
    }
    const int row = m_ui->districtCombo->findData(districtId);
    m_ui->districtCombo->setCurrentIndex(std::max(row, 0));
}

void ReviewView::fillDistricts()
{
    const QString chosen = districtId();
    const QSignalBlocker block(m_ui->districtCombo);
    m_ui->districtCombo->clear();
    m_ui->districtCombo->addItem(tr("Whole province"), QString());
    m_formerEnds.clear();
    if (m_db) {
        const auto districts = ProvincialReviewService(*m_db).districtsFor(m_asOf);
        QSet<QString> listed;
        if (districts) {
            for (const District& d : districts.value()) {
                m_ui->districtCombo->addItem(d.title(), d.id);
                listed.insert(d.id);
            }
        }
        // Districts gone before the date (Lộc Hà, merged into Thạch Hà on 1/1/2025) still have rows in the charts:
        // they are listed as former districts, and show their figures as of their last day.
        if (const auto all = UnitStore(*m_db).districts()) {
            QList<District> former;
            for (const District& d : all.value()) {
                if (!listed.contains(d.id) && d.validTo.isValid() && d.validTo < m_asOf &&
                    (!d.validFrom.isValid() || d.validFrom <= m_asOf)) {
                    former.append(d);
                }
            }
            std::sort(former.begin(), former.end(),
                      [](const District& a, const District& b) { return text::lessVietnamese(a.title(), b.title()); });
            for (const District& d : std::as_const(former)) {
                m_ui->districtCombo->addItem(
                    tr("%1 (former district, until %2)").arg(d.title(), dates::toDisplay(d.validTo)), d.id);
                m_formerEnds.insert(d.id, d.validTo);
            }
        }
    }
    // The same district stays chosen while it can be; a district gone on the new date falls back to the province.
    m_ui->districtCombo->setCurrentIndex(std::max(m_ui->districtCombo->findData(chosen), 0));
}

void ReviewView::refresh()
{
    // Computed when seen: a date changed in another view costs nothing here until the review is shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_districtsStale) {
        m_districtsStale = false;
        fillDistricts();
    }
    m_ui->exportButton->setEnabled(m_db != nullptr);
    if (!m_db) {
        show(ProvincialReview{});
        Q_EMIT summaryChanged(QString());
        return;
    }
    // A former district is reviewed as of its last day: afterwards its communes count under its successor.
    const QDate date = m_formerEnds.value(districtId(), m_asOf);
    const auto review = ProvincialReviewService(*m_db).review(std::min(date, m_asOf), districtId());
    if (!review) {
        show(ProvincialReview{});
        Q_EMIT errorOccurred(review.error().message);
        return;
    }
    show(review.value());
}

void ReviewView::show(const ProvincialReview& review)
{
    m_review = review;
    m_recognitions->setTable(ReviewTables::table(review, ReviewTable::Recognitions));
    m_averages->setTable(ReviewTables::table(review, ReviewTable::Averages));
    m_bands->setTable(ReviewTables::table(review, ReviewTable::Bands));
    m_missed->setTable(ReviewTables::table(review, ReviewTable::Missed));
    m_comparison->setTable(ReviewTables::table(review, ReviewTable::Comparison));
    m_rotations->setTable(ReviewTables::table(review, ReviewTable::Rotations));
    showCharts(review);
    showSummary(review);
}

void ReviewView::showCharts(const ProvincialReview& review)
{
    ReviewCharts::showRecognitions(*m_recognitionsChart, review);
    ReviewCharts::showAverages(*m_averagesChart, review);
    ReviewCharts::showBands(*m_bandsChart, review);
    ReviewCharts::showMissed(*m_missedChart, review);
    ReviewCharts::showComparison(*m_comparisonChart, review);
}

void ReviewView::showSummary(const ProvincialReview& review)
{
    if (!review.asOf.isValid()) {
        m_ui->summaryLabel->clear();
        return;
    }
    const QString scope = review.districtName.isEmpty() ? tr("the whole province") : review.districtName;
    QString text = tr("As of %1, %2: <b>%3</b> communes, <b>%4</b> recognised NTM, on average <b>%5</b> "
                      "criteria met")
                       .arg(dates::toDisplay(review.asOf), scope.toHtmlEscaped())
                       .arg(review.communes)
                       .arg(review.recognised)
                       .arg(QLocale().toString(review.averageMet, 'f', 2));
    if (review.asOf < m_asOf) {
        text += QStringLiteral(" — ") + tr("%1 ended on %2; its figures are those of its last day.")
                                            .arg(scope.toHtmlEscaped(), dates::toDisplay(review.asOf));
    }
    if (review.recognisedUnderEarlierSet > 0) {
        text += QStringLiteral("<br>") +
                RecognitionText::recognisedVersusMeetAll(review.recognised, review.recognisedUnderEarlierSet,
                                                         review.meetAll, review.criteriaInForce)
                    .toHtmlEscaped();
    }
    if (review.illustrative) {
        text += QStringLiteral("<br><span style=\"color:#7a4a00\">") + IllustrativeData::notice().toHtmlEscaped() +
                QStringLiteral("</span>");
    }
    m_ui->summaryLabel->setText(text);
    updateNote();
    Q_EMIT summaryChanged(tr("%n commune(s)", nullptr, review.communes) + QStringLiteral(" · ") +
                          tr("%n rotation(s)", nullptr, static_cast<int>(review.rotations.size())));
}

void ReviewView::updateNote()
{
    const QWidget* tab = m_ui->tabs->currentWidget();
    QString note;
    if (tab == m_ui->recognitionsTab) {
        note = tr("Bars: communes newly recognised in the year. Line: communes holding NTM at the year's end. In the "
                  "table, held at the start + recognised + kept through a merger − ended − withdrawn ± moved = held at "
                  "the end; a merger keeps NTM when its reform's rule says so (3372/BNN-VPĐP).");
    } else if (tab == m_ui->averagesTab) {
        note = tr("At each year's end and on the date. From 1/7/2025 communes count under their former district.");
    } else if (tab == m_ui->bandsTab) {
        note = tr("The report bands are counts of 19 or 20 criteria; they are taken as shares, so for the ten "
                  "criteria of 2026 \"15 or more\" is 8–9, \"10–14\" is 5–7, \"5–9\" is 3–4.");
    } else if (tab == m_ui->missedTab) {
        note = tr("Communes whose criterion is basically met, not met or not assessed under the set in force on the "
                  "date.");
    } else {
        note = tr("Gain per year of tenure: criteria gained during the rotated officials' terms, against every "
                  "commune without a rotated official over the same days.");
        if (m_review.illustrative) {
            note += QLatin1Char(' ') + ReviewTables::rotationEffectNote();
        }
    }
    m_ui->noteLabel->setText(note);
}

FigurePanel* ReviewView::currentPanel() const
{
    const QWidget* tab = m_ui->tabs->currentWidget();
    if (tab == m_ui->recognitionsTab) {
        return m_recognitions;
    }
    if (tab == m_ui->averagesTab) {
        return m_averages;
    }
    if (tab == m_ui->bandsTab) {
        return m_bands;
    }
    if (tab == m_ui->missedTab) {
        return m_missed;
    }
    return m_rotations;
}

std::optional<TableData> ReviewView::exportTable() const
{
    if (!m_db) {
        return std::nullopt;
    }
    return currentPanel()->shownTable();
}

void ReviewView::exportWorkbook()
{
    if (!m_db) {
        return;
    }
    const QString scope = m_review.districtName.isEmpty() ? m_review.provinceName : m_review.districtName;
    const QString suggested = fileNames::inFolder(
        m_folder, fileNames::suggest({tr("Provincial review"), scope}, m_review.asOf, QStringLiteral("xlsx")));
    QString path = Messages::saveFile(this, tr("Export the review"), tr("Excel workbook (*.xlsx)"), suggested);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0) {
        path += QStringLiteral(".xlsx");
    }
    if (const Status written = XlsxWriter::write(path, ReviewTables::all(m_review)); !written) {
        Messages::error(this, tr("Export the review"), written.error().message);
        return;
    }
    m_folder = QFileInfo(path).absolutePath();
    Messages::information(this, tr("Export the review"),
                          tr("The review's tables were written to %1, one sheet per table.").arg(path));
}

QByteArray ReviewView::saveViewState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_ui->tabs->currentIndex() << m_ui->rotationsSplitter->saveState();
    return state;
}

void ReviewView::restoreViewState(const QByteArray& state)
{
    if (state.isEmpty()) {
        return;
    }
    QDataStream in(state);
    int tab = 0;
    QByteArray splitter;
    in >> tab >> splitter;
    if (in.status() == QDataStream::Ok) {
        m_ui->tabs->setCurrentIndex(tab);
        m_ui->rotationsSplitter->restoreState(splitter);
    }
}

} // namespace ntm::gui
