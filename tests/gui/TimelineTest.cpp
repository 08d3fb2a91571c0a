// SPDX-License-Identifier: GPL-3.0-or-later
// The criterion progress timeline through the real widgets: Đức Yên's rows and Bùi Ngọc Nhật's band, a click
// and the keyboard opening assessments, the as-of line following the shared date, zoom, PNG and PDF export.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "common/Palette.h"
#include "dashboard/DashboardView.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoUnits.h"
#include "service/CommuneDashboard.h"
#include "service/CriterionTimelineService.h"
#include "shell/MainWindow.h"
#include "timeline/AssessmentDialog.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineExport.h"
#include "timeline/TimelineView.h"
#include "util/Dates.h"

#include <QAction>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QWheelEvent>

#include <algorithm>
#include <ctime>
#include <iostream>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
const QString kThachKheNew = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d"));

struct Reviewer
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Reviewer()
    {
        const QString copy = tmp.path(QStringLiteral("fixture.ntm"));
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1280, 800);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        REQUIRE(window.openDatabase(copy));
    }

    void asOf(const QDate& d) { window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d); }
    TimelineView* view() const { return window.findChild<TimelineView*>(); }
    TimelineChart* chart() const { return view()->chart(); }
    const TimelineLayout& layout() const { return chart()->chartLayout(); }

    /// Opens Đức Yên's timeline the way a user does: its dashboard, then the Timeline button.
    void openDucYen(const QDate& date)
    {
        asOf(date);
        window.showCommune(kDucYen);
        QTest::mouseClick(window.findChild<DashboardView*>()->findChild<QPushButton*>(QStringLiteral("timelineButton")),
                          Qt::LeftButton);
        REQUIRE(window.currentView() == view());
        REQUIRE(view()->communeId() == kDucYen);
    }

    /// The first span of a row that covers `day`.
    TimelineSpanRef spanOn(int number, const QDate& day) const
    {
        const TimelineBlock& b = chart()->timeline().blocks.constFirst();
        for (int r = 0; r < b.rows.size(); ++r) {
            for (int s = 0; r < b.rows.size() && s < b.rows.at(r).spans.size(); ++s) {
                if (b.rows.at(r).number == number && b.rows.at(r).spans.at(s).covers(day)) {
                    return {0, r, s};
                }
            }
        }
        return {};
    }

    /// Where a span is on screen, after scrolling it into view.
    QPoint pointOf(const TimelineSpanRef& ref) const
    {
        chart()->select(ref);
        QApplication::processEvents();
        const QRectF r = layout().spanRect(ref);
        const QRect visible = chart()->visibleArea();
        return QPoint(static_cast<int>(std::clamp(r.center().x(), visible.left() + layout().labelWidth() + 4,
                                                  visible.right() - 4.0)),
                      static_cast<int>(r.center().y()));
    }
};

int rowsUnderSet(const CriterionTimeline& t, const QString& code)
{
    int n = 0;
    for (const TimelineBlock& b : t.blocks) {
        for (const TimelineRow& r : b.rows) {
            n += std::any_of(r.spans.begin(), r.spans.end(), [&](const TimelineSpan& s) { return s.setCode == code; })
                     ? 1
                     : 0;
        }
    }
    return n;
}

int asOfX(const QStringList& description)
{
    const QStringList line = description.filter(QStringLiteral("asof "));
    REQUIRE(line.size() == 1);
    return line.constFirst().section(QStringLiteral("x="), 1).toInt();
}
} // namespace

TEST_CASE("Đức Yên's timeline: a row per criterion of each set, Bùi Ngọc Nhật's band, recognition", "[gui][timeline]")
{
    Reviewer r;
    r.openDucYen(QDate(2016, 10, 1));
    const CriterionTimeline& t = r.chart()->timeline();
    REQUIRE(t.blocks.size() == 1);
    CHECK(t.blocks.constFirst().rows.size() == 20);
    CHECK(rowsUnderSet(t, QStringLiteral("QD491-2009")) == 19);
    CHECK(rowsUnderSet(t, QStringLiteral("HT20-QD491")) == 20);
    CHECK(r.layout().lines().size() == 21); // the block's header line and 20 rows

    const QStringList drawn = r.chart()->describe();
    CHECK(drawn.contains(QStringLiteral("change 2015-01-01 QD491-2009->HT20-QD491")));
    CHECK(drawn.filter(QStringLiteral("marker 2016-09-30")).size() == 1);
    const QStringList band = drawn.filter(QStringLiteral("band Bùi Ngọc Nhật 2016-03-01.."));
    REQUIRE(band.size() == 1);
    // The band runs from the arrival to the as-of date (he is still serving).
    const auto [x0, x1] = r.layout().tenureX(0);
    CHECK(std::abs(x0 - r.layout().x(QDate(2016, 3, 1))) < 1);
    CHECK(std::abs(x1 - r.layout().x(QDate(2016, 10, 2))) < 1);

    auto* header = r.view()->findChild<QLabel*>(QStringLiteral("headerLabel"));
    CHECK(header->text().contains(QStringLiteral("Xã Đức Yên")));
    CHECK(header->text().contains(QStringLiteral("Bùi Ngọc Nhật")));
    CHECK(header->text().contains(QStringLiteral("30/09/2016")));

    // What is painted: the first criterion's span on the as-of date has its status colour on screen.
    const TimelineSpanRef first = r.spanOn(1, QDate(2016, 9, 30));
    REQUIRE(first.isValid());
    r.chart()->select({});
    const QRect visible = r.chart()->visibleArea();
    const QImage shot = r.chart()->grab(visible).toImage();
    const QRectF rect = r.layout().spanRect(first);
    const QPoint probe(static_cast<int>(rect.right() - 4) - visible.left(),
                       static_cast<int>(rect.top() + 3) - visible.top());
    REQUIRE(QRect(QPoint(0, 0), shot.size() / shot.devicePixelRatio()).contains(probe));
    const TimelineSpan* span = r.layout().span(first);
    if (span->carriedFromSet.isEmpty()) {
        CHECK(QColor(shot.pixel(probe * shot.devicePixelRatio())) == palette::status(span->status));
    }

    // View > Criteria timeline (Ctrl+6) shows the same view.
    r.window.showView(QStringLiteral("assignmentsView"));
    QAction* show = nullptr;
    for (QAction* a : r.window.findChildren<QAction*>()) {
        show = a->shortcut() == QKeySequence(QStringLiteral("Ctrl+6")) ? a : show;
    }
    REQUIRE(show);
    show->trigger();
    CHECK(r.window.currentView() == r.view());

    // In 2026, Thạch Khê's timeline has the 20 criteria of 2022 (318's 19 and Hà Tĩnh's criterion 20, applied as an
    // assumption) and then the ten of 2026, in two blocks.
    r.asOf(QDate(2026, 11, 15));
    r.view()->showCommune(kThachKheNew);
    CHECK(r.chart()->timeline().blocks.size() == 2);
    CHECK(r.chart()->describe().contains(QStringLiteral("block HT20-QD318 rows 20")));
    CHECK(r.chart()->describe().contains(QStringLiteral("block QD51-2025 rows 10")));
    CHECK(r.layout().lines().size() == 32);
}

TEST_CASE("Clicking a span, or Enter on it, opens that assessment", "[gui][timeline]")
{
    Reviewer r;
    r.openDucYen(QDate(2016, 10, 1));
    // Criterion 20 was met during the term: its span on 30/09/2016 comes from an assessment made then.
    const TimelineSpanRef ref = r.spanOn(20, QDate(2016, 9, 30));
    REQUIRE(ref.isValid());
    const TimelineSpan span = *r.layout().span(ref);
    REQUIRE_FALSE(span.event.id.isEmpty());
    const QPoint at = r.pointOf(ref);
    CHECK(r.chart()->toolTipAt(at).contains(dates::toDisplay(span.event.assessedOn)));
    QTest::mouseClick(r.chart(), Qt::LeftButton, Qt::NoModifier, at);
    auto* dialog = visibleDialog<AssessmentDialog>(&r.window);
    REQUIRE(dialog);
    CHECK(dialog->assessmentId() == span.event.id);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("assessedOnValue"))->text() ==
          dates::toDisplay(span.event.assessedOn));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("criterionValue"))->text().startsWith(QStringLiteral("20. ")));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("recordedByValue"))->text() ==
          (span.event.recordedBy.isEmpty() ? QStringLiteral("—") : Vocabulary::userLabel(span.event.recordedBy)));
    dialog->reject();

    // The keyboard: Home, Right, Up, then Enter opens the span now selected.
    r.chart()->setFocus();
    QTest::keyClick(r.chart(), Qt::Key_Home);
    CHECK(r.chart()->selected() == TimelineSpanRef{ref.block, ref.row, 0});
    QTest::keyClick(r.chart(), Qt::Key_Right);
    CHECK(r.chart()->selected().span == 1);
    QTest::keyClick(r.chart(), Qt::Key_Up);
    const TimelineSpanRef chosen = r.chart()->selected();
    CHECK(chosen.row == ref.row - 1);
    QTest::keyClick(r.chart(), Qt::Key_Return);
    dialog = visibleDialog<AssessmentDialog>(&r.window);
    REQUIRE(dialog);
    CHECK(dialog->assessmentId() == r.layout().span(chosen)->event.id);
    dialog->reject();
}

TEST_CASE("The as-of line follows the shared date at once", "[gui][timeline]")
{
    Reviewer r;
    r.openDucYen(QDate(2016, 10, 1));
    r.chart()->setPixelsPerYear(100);
    r.chart()->zoomBy(1.0); // leaves "fit to width": the scale stays put while the date moves
    const int before = asOfX(r.chart()->describe());
    const double labelsBefore = r.layout().labelWidth();
    CHECK(std::abs(before - r.layout().x(QDate(2016, 10, 1))) <= 1);
    r.asOf(QDate(2018, 6, 30));
    CHECK(r.chart()->timeline().asOf == QDate(2018, 6, 30));
    const int after = asOfX(r.chart()->describe());
    CHECK(std::abs(after - r.layout().x(QDate(2018, 6, 30))) <= 1);
    // 1¾ years at 100 pixels a year (the names' column may widen with the new set's wording).
    CHECK(std::abs((after - before) - 175 - (r.layout().labelWidth() - labelsBefore)) <= 2);
    // A set change and the end of the term appear as the date moves on.
    CHECK(r.chart()->describe().contains(QStringLiteral("change 2016-12-01 HT20-QD491->HT20-QD1980")));
    CHECK(r.chart()->timeline().tenures.constFirst().end == QDate());
    r.asOf(QDate(2019, 6, 30));
    CHECK(r.chart()->timeline().tenures.constFirst().end == QDate(2019, 2, 28));
}

TEST_CASE("Zoom by year with the buttons, the slider, Ctrl+wheel and back to fit", "[gui][timeline]")
{
    Reviewer r;
    r.openDucYen(QDate(2019, 12, 31));
    CHECK(r.chart()->fitsWidth());
    const double fitted = r.chart()->pixelsPerYear();
    r.view()->findChild<QAction*>(QStringLiteral("zoomInAction"))->trigger();
    CHECK(r.chart()->pixelsPerYear() == Approx(fitted * 1.25));
    CHECK_FALSE(r.chart()->fitsWidth());
    auto* scroll = r.view()->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
    CHECK(r.chart()->width() > scroll->viewport()->width());

    // Ctrl+wheel zooms around the pointer: the date under it stays under it.
    const QRect visible = r.chart()->visibleArea();
    const QPointF pointer(visible.left() + r.layout().labelWidth() + 200,
                          visible.top() + r.layout().headerHeight() + 30);
    const QDate under = r.layout().dateAt(pointer.x());
    QWheelEvent wheel(pointer, r.chart()->mapToGlobal(pointer), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(r.chart(), &wheel);
    CHECK(r.chart()->pixelsPerYear() == Approx(fitted * 1.25 * 1.25));
    const double nowAt = r.layout().x(under) - r.chart()->visibleArea().left();
    CHECK(std::abs(nowAt - (pointer.x() - visible.left())) < 4);

    auto* slider = r.view()->findChild<QSlider*>(QStringLiteral("zoomSlider"));
    slider->setValue(slider->maximum());
    CHECK(r.chart()->pixelsPerYear() == Approx(TimelineChart::kMaxPixelsPerYear));
    CHECK(r.layout().axisLane().height() > r.layout().laneHeight()); // month numbers at that width
    r.view()->findChild<QAction*>(QStringLiteral("fitAction"))->trigger();
    CHECK(r.chart()->fitsWidth());
    CHECK(r.chart()->width() <= scroll->viewport()->width() + 1);
    CHECK(r.view()->saveViewState() == QByteArrayLiteral("fit"));
    // The zoom is remembered between sessions.
    r.view()->restoreViewState(QByteArrayLiteral("150"));
    CHECK(r.chart()->pixelsPerYear() == Approx(150));
    CHECK(r.view()->saveViewState() == QByteArrayLiteral("150"));
}

TEST_CASE("The timeline exports to PNG and to a PDF whose text holds the commune's name", "[gui][timeline]")
{
    Reviewer r;
    r.openDucYen(QDate(2016, 10, 1));
    const QString png = r.tmp.path(QStringLiteral("duc-yen"));
    Messages::setNextFile(png);
    r.view()->findChild<QAction*>(QStringLiteral("exportPngAction"))->trigger();
    const QImage image(png + QStringLiteral(".png"));
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() > 800);
    CHECK_FALSE(QFile::exists(png + QStringLiteral(".png.part")));
    // Zoomed in to the full, an image of nine years stays a sensible size.
    r.chart()->setPixelsPerYear(TimelineChart::kMaxPixelsPerYear);
    Messages::setNextFile(png + QStringLiteral("-wide.png"));
    r.view()->findChild<QAction*>(QStringLiteral("exportPngAction"))->trigger();
    const QImage wide(png + QStringLiteral("-wide.png"));
    REQUIRE_FALSE(wide.isNull());
    CHECK(wide.width() <= TimelineExport::kMaxImageWidth);

    const QString pdf = r.tmp.path(QStringLiteral("duc-yen.pdf"));
    Messages::setNextFile(pdf);
    r.view()->findChild<QAction*>(QStringLiteral("exportPdfAction"))->trigger();
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArrayLiteral("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, in scripts/debian-packages.txt
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Đức Yên")));
    CHECK(text.contains(QStringLiteral("Bùi Ngọc Nhật")));
    CHECK(text.contains(QStringLiteral("HT20-QD491")));

    // A folder that does not exist: refused with a message naming it, nothing written.
    Messages::clearRecorded();
    Messages::setNextFile(r.tmp.path(QStringLiteral("missing/x.pdf")));
    r.view()->findChild<QAction*>(QStringLiteral("exportPdfAction"))->trigger();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("missing")));
}

// Speed of the timeline (not a timed test: hidden, run with `ntm_gui_tests "[.timeline-speed]"`; it prints what
// it measures). CPU time too: on a shared machine other processes slow the wall clock down, not the work.
TEST_CASE("Timeline: time to build and paint Đức Yên's timeline", "[.timeline-speed]")
{
    Reviewer r;
    auto cpuMs = [] { return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC; };
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    QList<double> load, loadCpu, paint, pdf;
    constexpr int runs = 21;
    CriterionTimeline t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuMs();
        const auto loaded = CriterionTimelineService(*r.session.database()).load(kDucYen, QDate(2019, 12, 31));
        loadCpu.append(cpuMs() - cpu);
        load.append(timer.nsecsElapsed() / 1e6);
        REQUIRE(loaded.ok());
        t = loaded.value();
    }
    // For comparison: the dashboard's data alone (the timeline reuses it for names, terms, recognitions).
    QList<double> dashboard;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        REQUIRE(CommuneDashboardService(*r.session.database()).load(kDucYen, QDate(2019, 12, 31)).ok());
        dashboard.append(timer.nsecsElapsed() / 1e6);
    }
    // The commune with the most assessments, as of the last day of the demo.
    const QString busiest =
        sql::scalar(r.session.database()->sql(), QStringLiteral("SELECT commune_id FROM assessment GROUP BY commune_id "
                                                                "ORDER BY count(*) DESC LIMIT 1"))
            .value()
            .toString();
    const int busiestEvents =
        sql::scalar(r.session.database()->sql(), QStringLiteral("SELECT count(*) FROM assessment WHERE commune_id = ?"),
                    {busiest})
            .value()
            .toInt();
    QList<double> busy;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        REQUIRE(CriterionTimelineService(*r.session.database()).load(busiest, QDate(2026, 11, 15)).ok());
        busy.append(timer.nsecsElapsed() / 1e6);
    }
    r.openDucYen(QDate(2019, 12, 31));
    const QRect visible = r.chart()->visibleArea();
    for (int i = 0; i < runs; ++i) {
        QImage img(visible.size(), QImage::Format_ARGB32_Premultiplied);
        QElapsedTimer timer;
        timer.start();
        r.chart()->render(&img, QPoint(), QRegion(visible));
        paint.append(timer.nsecsElapsed() / 1e6);
    }
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        REQUIRE(TimelineExport::writePdf(r.tmp.path(QStringLiteral("t.pdf")), t, 12).ok());
        pdf.append(timer.nsecsElapsed() / 1e6);
    }
    std::cout << "Đức Yên as of 31/12/2019: " << t.rowCount() << " rows, " << t.sets.size() << " sets\n"
              << "  load (service): median " << median(load) << " ms wall, " << median(loadCpu) << " ms CPU\n"
              << "  dashboard data alone: median " << median(dashboard) << " ms\n"
              << "  busiest commune (" << busiestEvents << " assessments) as of 15/11/2026: median " << median(busy)
              << " ms\n"
              << "  paint visible " << visible.width() << "x" << visible.height() << ": median " << median(paint)
              << " ms\n"
              << "  PDF export: median " << median(pdf) << " ms" << std::endl;
}
