// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/TimelineView.h"

#include "ui_TimelineView.h"

#include "app/Messages.h"
#include "common/CommuneChooser.h"
#include "common/FileNames.h"
#include "common/Palette.h"
#include "service/CriterionTimelineService.h"
#include "store/UnitStore.h"
#include "timeline/AssessmentDialog.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineExport.h"
#include "util/Dates.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>

#include <cmath>

namespace ntm::gui {

using namespace ntm::core;

namespace {
// The slider runs on a logarithmic scale: each step widens a year by the same ratio.
double sliderToPixels(int value)
{
    const double ratio = TimelineChart::kMaxPixelsPerYear / TimelineChart::kMinPixelsPerYear;
    return TimelineChart::kMinPixelsPerYear * std::pow(ratio, value / 100.0);
}

int pixelsToSlider(double ppy)
{
    const double ratio = TimelineChart::kMaxPixelsPerYear / TimelineChart::kMinPixelsPerYear;
    return static_cast<int>(std::lround(100.0 * std::log(ppy / TimelineChart::kMinPixelsPerYear) / std::log(ratio)));
}

QAction* shortcutAction(QWidget* owner, const QString& name, const QList<QKeySequence>& keys)
{
    auto* a = new QAction(owner);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(a);
    return a;
}
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : View(parent), m_ui(std::make_unique<Ui::TimelineView>()), m_asOf(QDate::currentDate())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("timelineView"));
    m_chooser = new CommuneChooser(m_ui->communeCombo);
    m_chart = new TimelineChart;
    m_ui->scrollArea->setWidget(m_chart);
    m_ui->scrollArea->setBackgroundRole(QPalette::Base);
    m_chart->setScrollArea(m_ui->scrollArea);
    m_ui->legendLabel->setText(legend());
    m_ui->mainLayout->setStretchFactor(m_ui->scrollArea, 1);

    QAction* zoomIn = shortcutAction(this, QStringLiteral("zoomInAction"),
                                     {QKeySequence::ZoomIn, QKeySequence(QStringLiteral("Ctrl+="))});
    QAction* zoomOut = shortcutAction(this, QStringLiteral("zoomOutAction"), {QKeySequence::ZoomOut});
    QAction* fit = shortcutAction(this, QStringLiteral("fitAction"), {QKeySequence(QStringLiteral("Ctrl+0"))});
    connect(zoomIn, &QAction::triggered, this, [this] { m_chart->zoomBy(1.25); });
    connect(zoomOut, &QAction::triggered, this, [this] { m_chart->zoomBy(0.8); });
    connect(fit, &QAction::triggered, m_chart, &TimelineChart::fitToWidth);
    connect(m_ui->zoomInButton, &QToolButton::clicked, zoomIn, &QAction::trigger);
    connect(m_ui->zoomOutButton, &QToolButton::clicked, zoomOut, &QAction::trigger);
    connect(m_ui->fitButton, &QToolButton::clicked, fit, &QAction::trigger);
    connect(m_ui->zoomSlider, &QSlider::valueChanged, this,
            [this](int v) { m_chart->zoomBy(sliderToPixels(v) / m_chart->pixelsPerYear()); });
    connect(m_chart, &TimelineChart::zoomChanged, this, &TimelineView::syncZoomControls);

    auto* menu = new QMenu(this);
    QAction* png = menu->addAction(tr("Image (PNG)…"));
    png->setObjectName(QStringLiteral("exportPngAction"));
    QAction* pdf = menu->addAction(tr("PDF document…"));
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    connect(png, &QAction::triggered, this, [this] { exportTimeline(false); });
    connect(pdf, &QAction::triggered, this, [this] { exportTimeline(true); });
    m_ui->exportButton->setMenu(menu);

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
    connect(m_chart, &TimelineChart::spanActivated, this, &TimelineView::openSpan);
    syncZoomControls();
    refresh();
}

TimelineView::~TimelineView() = default;

QString TimelineView::title() const
{
    return tr("Criteria timeline");
}

void TimelineView::setDatabase(Database* db)
{
    m_db = db;
    m_communeId.clear();
    // The list of communes (the whole country's, in a national database) is filled when the view is first shown.
    m_communesFilled = false;
    refreshWhenShown();
}

void TimelineView::fillCommunes()
{
    if (m_communesFilled) {
        return;
    }
    m_communesFilled = true;
    m_chooser->load(m_db);
}

void TimelineView::setAsOf(const QDate& date)
{
    m_asOf = date;
    m_chooser->setAsOf(date);
    refreshWhenShown();
}

void TimelineView::setCommune(const QString& communeId)
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

void TimelineView::focusSearch()
{
    m_ui->communeCombo->setFocus(Qt::ShortcutFocusReason);
    m_ui->communeCombo->lineEdit()->selectAll();
}

void TimelineView::showCommune(const QString& communeId)
{
    fillCommunes();
    m_communeId = communeId;
    m_chooser->select(communeId);
    refresh();
}

void TimelineView::refresh()
{
    fillCommunes();
    m_chooser->select(m_communeId);
    const bool has = m_db && !m_communeId.isEmpty();
    m_ui->exportButton->setEnabled(has);
    if (!has) {
        CriterionTimeline empty;
        empty.asOf = m_asOf;
        m_chart->setEmptyText(tr("Choose a commune above (type part of its name)."));
        m_chart->setTimeline(empty);
        showHeader();
        return;
    }
    const auto t = CriterionTimelineService(*m_db).load(m_communeId, m_asOf);
    if (!t) {
        Q_EMIT errorOccurred(t.error().message);
        return;
    }
    m_chart->setEmptyText(tr("No criteria set applied to %1 on %2.").arg(t.value().title, dates::toDisplay(m_asOf)));
    m_chart->setTimeline(t.value());
    if (m_chart->fitsWidth()) {
        m_chart->fitToWidth(); // the years may have changed with the date
    }
    showHeader();
}

void TimelineView::showHeader()
{
    const CriterionTimeline& t = m_chart->timeline();
    if (t.communeId.isEmpty()) {
        m_ui->headerLabel->setText(tr("Choose a commune above (type part of its name)."));
        Q_EMIT summaryChanged(QString());
        return;
    }
    QStringList parts{QStringLiteral("<b>%1</b>").arg(t.title.toHtmlEscaped())};
    if (!t.districtName.isEmpty()) {
        parts.append(t.districtName.toHtmlEscaped());
    }
    if (!t.lifeNote.isEmpty()) {
        parts.append(QStringLiteral("<b>%1</b>").arg(t.lifeNote.toHtmlEscaped()));
    }
    if (t.totalOnAsOf > 0 && t.standingOn.isValid()) {
        parts.append(tr("%1 of %2 criteria met on %3")
                         .arg(t.metOnAsOf)
                         .arg(t.totalOnAsOf)
                         .arg(dates::toDisplay(t.standingOn))
                         .toHtmlEscaped());
    }
    QStringList names;
    for (const TimelineTenure& tenure : t.tenures) {
        names.append(tenure.officialName);
    }
    parts.append((names.isEmpty() ? tr("no rotated official")
                                  : tr("rotated officials: %1").arg(names.join(QStringLiteral(", "))))
                     .toHtmlEscaped());
    for (const Recognition& r : t.recognitions) {
        if (r.tier == RecognitionTier::Ntm) {
            parts.append(tr("recognised NTM on %1").arg(dates::toDisplay(r.decidedOn)).toHtmlEscaped());
        }
    }
    m_ui->headerLabel->setText(parts.join(QStringLiteral(" · ")));
    Q_EMIT summaryChanged(tr("%1: %n criterion row(s)", nullptr, t.rowCount()).arg(t.title));
}

QString TimelineView::legend() const
{
    // Each item stays on one line (non-breaking spaces); the legend wraps between items.
    const auto words = [](const QString& text) {
        return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
    };
    const auto swatch = [&](const QColor& colour, const QString& symbol, const QString& text) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>&nbsp;%3")
            .arg(colour.name(), symbol, words(text));
    };
    QStringList items;
    for (CriterionStatus s :
         {CriterionStatus::Met, CriterionStatus::BasicallyMet, CriterionStatus::NotMet, CriterionStatus::NotAssessed}) {
        const QString symbol = palette::statusSymbol(s);
        items.append(
            swatch(palette::status(s), symbol.isEmpty() ? QStringLiteral("&nbsp;") : symbol, Vocabulary::label(s)));
    }
    QColor band = palette::band(0);
    band.setAlpha(255);
    items.append(swatch(band.lighter(150), QStringLiteral("&nbsp;"), tr("rotated official's term")));
    items.append(words(tr("hatched: carried over from the previous set")));
    items.append(QStringLiteral("<span style=\"color:#1b7f3b\">★</span>&nbsp;%1").arg(words(tr("recognition"))));
    items.append(QStringLiteral("<span style=\"color:#1f3a93\">▼</span>&nbsp;%1").arg(words(tr("as-of date"))));
    items.append(words(tr("dashed grey line: the criteria set changes")));
    return items.join(QStringLiteral(" &nbsp; "));
}

void TimelineView::syncZoomControls()
{
    const QSignalBlocker block(m_ui->zoomSlider);
    m_ui->zoomSlider->setValue(pixelsToSlider(m_chart->pixelsPerYear()));
}

void TimelineView::openSpan(const TimelineSpanRef& ref)
{
    const TimelineSpan* span = m_chart->chartLayout().span(ref);
    const TimelineRow* row = m_chart->chartLayout().row(ref.block, ref.row);
    if (!span || !row) {
        return;
    }
    auto* dialog = new AssessmentDialog(m_db, m_chart->timeline(), *row, *span, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool TimelineView::exportTimeline(bool pdf)
{
    if (m_chart->timeline().communeId.isEmpty()) {
        return false;
    }
    const CriterionTimeline& t = m_chart->timeline();
    const QString suggested =
        fileNames::inFolder(m_folder, fileNames::suggest({tr("Criteria timeline"), t.title}, t.asOf,
                                                         pdf ? QStringLiteral("pdf") : QStringLiteral("png")));
    QString path =
        Messages::saveFile(this, pdf ? tr("Export the timeline as PDF") : tr("Export the timeline as an image"),
                           pdf ? tr("PDF documents (*.pdf)") : tr("PNG images (*.png)"), suggested);
    if (path.isEmpty()) {
        return false;
    }
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("png");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
    }
    const int fontPixels = QFontInfo(font()).pixelSize();
    const Status written =
        pdf ? TimelineExport::writePdf(path, m_chart->timeline(), fontPixels)
            : TimelineExport::writePng(path, m_chart->timeline(), m_chart->pixelsPerYear(), fontPixels);
    if (!written) {
        Messages::error(this, tr("Export the timeline"), written.error().message);
        return false;
    }
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT summaryChanged(tr("Timeline saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QByteArray TimelineView::saveViewState() const
{
    return m_chart->fitsWidth() ? QByteArrayLiteral("fit") : QByteArray::number(m_chart->pixelsPerYear());
}

void TimelineView::restoreViewState(const QByteArray& state)
{
    bool ok = false;
    const double ppy = state.toDouble(&ok);
    if (ok && ppy > 0) {
        m_chart->zoomBy(ppy / m_chart->pixelsPerYear());
    }
}

} // namespace ntm::gui
