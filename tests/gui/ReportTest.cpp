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
#include "reports/ReportBuilder.h"
#include "reports/ReportScopeDialog.h"
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
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
QString demoMaster()
{
    static TempFolder folder;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("demo.ntm"));
        auto db = openDb(p);
        REQUIRE(DemoBuilder(*db).build().ok());
        return p;
    }();
    return path;
}

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
    CHECK(pages->pageCount() == 2); // the summary of Đức Thọ, drawn for the printer
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
