// SPDX-License-Identifier: GPL-3.0-or-later
// Printed reports through the real window: File > Export report as PDF… for the dashboard's commune, the print
// preview, the scope dialog's defaults and refusals, and what the report builder escapes.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "dashboard/DashboardView.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoUnits.h"
#include "reports/AreaReport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportScopeDialog.h"
#include "service/AreaSummary.h"
#include "service/review/ProvincialReviewService.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kDucYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));

struct Staff
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Staff()
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

    QAction* action(const char* name) const
    {
        auto* a = window.findChild<QAction*>(QLatin1String(name));
        REQUIRE(a);
        return a;
    }
    ReportScopeDialog* scopeDialog() const
    {
        auto* d = visibleDialog<ReportScopeDialog>(const_cast<MainWindow*>(&window));
        REQUIRE(d);
        return d;
    }
    template <typename T> T* child(QWidget* parent, const char* name) const
    {
        T* w = parent->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    void clickOk(QWidget* dialog) const
    {
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

TEST_CASE("Export report as PDF writes the report of the dashboard's commune", "[gui][report]")
{
    Staff s;
    s.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2019, 12, 31));
    s.window.showCommune(kDucYen);
    const QString out = s.tmp.path(QStringLiteral("duc-yen.pdf"));
    Messages::setNextFile(out);
    s.action("actionExportReport")->trigger();

    ReportScopeDialog* dialog = s.scopeDialog();
    CHECK(s.child<QRadioButton>(dialog, "communeRadio")->isChecked());
    CHECK(s.child<QComboBox>(dialog, "communeCombo")->currentText().startsWith(QStringLiteral("Xã Đức Yên")));
    CHECK(s.child<QDateEdit>(dialog, "asOfEdit")->date() == QDate(2019, 12, 31));
    CHECK(s.child<QComboBox>(dialog, "districtCombo")->currentText() == QStringLiteral("Huyện Đức Thọ"));
    CHECK(dialog->scope().kind == ReportScope::Kind::Commune);
    CHECK(dialog->scope().id == kDucYen);
    s.clickOk(dialog);

    INFO("messages: " << Messages::recorded().join(QStringLiteral(" | ")).toStdString());
    REQUIRE(QFileInfo::exists(out));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    REQUIRE(Messages::recorded().size() == 1); // "saved to …"
    CHECK(Messages::recorded().constFirst().contains(QFileInfo(out).fileName()));
    CHECK(s.settings.reportFolder() == QFileInfo(out).absolutePath());
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF's text is not checked");
        return;
    }
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Xã Đức Yên")));
    CHECK(text.contains(QStringLiteral("Bùi Ngọc Nhật")));
    // The criterion timeline, drawn as text: its heading, its title and legend, and its rows' criteria.
    CHECK(text.contains(QStringLiteral("Criterion timeline")));
    CHECK(text.contains(QStringLiteral("Xã Đức Yên: each criterion's status over time")));
    const qsizetype timelineAt = text.indexOf(QStringLiteral("Criterion timeline"));
    const QString timeline = text.mid(timelineAt);
    CHECK(timeline.contains(QStringLiteral("Giao thông")));
    CHECK(timeline.contains(QStringLiteral("Thủy lợi")));
}

TEST_CASE("Print report shows the preview of the chosen district's summary", "[gui][report]")
{
    Staff s;
    s.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2018, 12, 31));
    s.window.showView(QStringLiteral("unitsView")); // no commune nor district here: the province is offered
    s.action("actionPrintReport")->trigger();
    ReportScopeDialog* dialog = s.scopeDialog();
    CHECK(s.child<QRadioButton>(dialog, "provinceRadio")->isChecked());
    CHECK(s.child<QRadioButton>(dialog, "provinceRadio")->text().contains(QStringLiteral("Hà Tĩnh")));
    s.child<QRadioButton>(dialog, "districtRadio")->setChecked(true);
    auto* districts = s.child<QComboBox>(dialog, "districtCombo");
    districts->setCurrentIndex(districts->findText(QStringLiteral("Huyện Đức Thọ")));
    s.clickOk(dialog);

    auto* preview = visibleDialog<QPrintPreviewDialog>(&s.window);
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(QStringLiteral("Huyện Đức Thọ")));
    auto* pages = preview->findChild<QPrintPreviewWidget*>();
    REQUIRE(pages);
    pages->updatePreview();
    CHECK(pages->pageCount() == 4); // the summary of Đức Thọ, drawn for the printer
    CHECK(Messages::recorded().isEmpty());
    preview->reject();
}

TEST_CASE("The report dialog refuses a half-typed commune and offers no district after 30/6/2025", "[gui][report]")
{
    Staff s;
    s.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 3, 1));
    s.action("actionExportReport")->trigger();
    ReportScopeDialog* dialog = s.scopeDialog();
    CHECK_FALSE(s.child<QRadioButton>(dialog, "districtRadio")->isEnabled());
    s.child<QRadioButton>(dialog, "communeRadio")->setChecked(true);
    auto* communes = s.child<QComboBox>(dialog, "communeCombo");
    communes->setEditText(QStringLiteral("duc"));
    s.clickOk(dialog);
    CHECK(dialog->isVisible());
    CHECK(s.child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("Choose a commune")));
    dialog->reject();
}

TEST_CASE("The report builder escapes every value it writes", "[gui][report]")
{
    ReportBuilder b;
    b.paragraph(QStringLiteral("<b>Thôn 1</b> & \"2\""));
    ReportTable t;
    t.columns = {{QStringLiteral("<i>"), 100, ReportColumn::Align::Left}};
    t.rows = {{ReportCell(QStringLiteral("<script>"))}};
    b.table(t);
    const QString html = b.html();
    CHECK_FALSE(html.contains(QStringLiteral("<b>Thôn")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;Thôn 1&lt;/b&gt; &amp; &quot;2&quot;")));
    CHECK(html.contains(QStringLiteral("&lt;script&gt;")));
    CHECK(html.contains(QStringLiteral("&lt;i&gt;")));
}

TEST_CASE("The area summaries' bands are the review's, in the review's words", "[gui][report]")
{
    auto db = openDb(demoMaster());
    for (const QDate& asOf : {QDate(2018, 12, 31), QDate(2024, 12, 31)}) {
        INFO(asOf.toString(Qt::ISODate).toStdString());
        auto summary = AreaSummaryService(*db).province(asOf);
        REQUIRE(summary.ok());
        auto review = ProvincialReviewService(*db).review(asOf);
        REQUIRE(review.ok());
        REQUIRE(summary.value().bandCounts.size() == review.value().bands.size());
        for (qsizetype i = 0; i < review.value().bands.size(); ++i) {
            CHECK(summary.value().bandCounts.at(i) == review.value().bands.at(i).communes);
        }
        const Report report = AreaReport::fromSummary(summary.value(), review.value(), QDate(2026, 1, 1));
        ReportBuilder b;
        report.write(b);
        const QString html = b.html();
        for (const BandCount& band : review.value().bands) {
            CHECK(html.contains(MetBands::labelFor(band.band, review.value().criteriaInForce).toHtmlEscaped()));
        }
        CHECK(html.contains(QStringLiteral("Communes recognised NTM per year")));
        CHECK(html.contains(QStringLiteral("Average criteria met over time, by district")));
        CHECK(html.contains(QStringLiteral("Criteria most communes still miss")));
        CHECK(html.contains(review.value().missed.constFirst().name.toHtmlEscaped()));
        // Four charts of the review besides none of the summary's own.
        CHECK(b.charts().size() == 4);
    }
}

TEST_CASE("Export report as PDF shows its progress by page, and Cancel writes no file", "[gui][report]")
{
    Staff s;
    s.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2018, 12, 31));
    s.window.showView(QStringLiteral("unitsView")); // the province is offered: a dozen pages and more
    const QString out = s.tmp.path(QStringLiteral("province.pdf"));
    {
        QFile previous(out); // Cancel leaves the file already there as it was
        REQUIRE(previous.open(QIODevice::WriteOnly));
        previous.write("earlier");
    }
    Messages::setNextFile(out);
    s.action("actionExportReport")->trigger();
    ReportScopeDialog* dialog = s.scopeDialog();
    REQUIRE(s.child<QRadioButton>(dialog, "provinceRadio")->isChecked());

    // The progress dialog is modal and its pages are drawn inside the click: a timer answers it, the way a user
    // would, once it shows.
    int shownMaximum = 0;
    QTimer cancel;
    cancel.setInterval(20);
    QObject::connect(&cancel, &QTimer::timeout, [&] {
        auto* progress = s.window.findChild<QProgressDialog*>(QStringLiteral("reportProgress"));
        if (progress && progress->isVisible() && !progress->wasCanceled()) {
            shownMaximum = progress->maximum();
            QTest::mouseClick(progress->findChild<QPushButton*>(), Qt::LeftButton);
        }
    });
    cancel.start();
    s.clickOk(dialog);
    cancel.stop();

    CHECK(shownMaximum > 10); // a page each
    INFO("messages: " << Messages::recorded().join(QStringLiteral(" | ")).toStdString());
    CHECK(Messages::recorded().isEmpty()); // neither "saved" nor an error
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "earlier");
    CHECK_FALSE(QFileInfo::exists(out + QStringLiteral(".part")));
    CHECK(s.window.findChild<QProgressDialog*>(QStringLiteral("reportProgress")) == nullptr);
}
