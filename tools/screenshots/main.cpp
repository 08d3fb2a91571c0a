// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-screenshots: renders the program's views offscreen into PNG files for docs/screenshots, from a demo
// database, so the pictures in the docs are always of the current build. Usage: ntm-screenshots OUTDIR
#include "ConflictScene.h"
#include "FollowUpScenes.h"
#include "TransferScenes.h"
#include "access/AccountService.h"
#include "access/LoginDialog.h"
#include "access/UsersDialog.h"
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "app/Translations.h"
#include "assignments/EndRotationDialog.h"
#include "assignments/RotationDialog.h"
#include "audit/RecordHistoryDialog.h"
#include "backup/RestoreDialog.h"
#include "board/BoardView.h"
#include "board/BulkAssessmentDialog.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoUnits.h"
#include "officials/OfficialDialog.h"
#include "reports/ReportScopeDialog.h"
#include "server/ConnectServerDialog.h"
#include "service/OfficialService.h"
#include "service/UnitLookup.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "store/OfficialStore.h"
#include "timeline/AssessmentDialog.h"
#include "timeline/TimelineChart.h"
#include "timeline/TimelineView.h"
#include "util/Ids.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTreeView>

#include <functional>

using namespace ntm::gui;

namespace {
struct Scene
{
    const char* file;
    std::function<void(MainWindow&)> prepare;
};

struct DialogScene
{
    const char* file;
    std::function<QPixmap(MainWindow&)> render;
};

void setAsOf(MainWindow& w, const QDate& d)
{
    w.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(d);
}

/// The provincial review on one tab, as of a date, for the province or a district (its title as listed).
void review(MainWindow& w, int tab, const QDate& d, const QString& district = {})
{
    w.showView(QStringLiteral("reviewView"));
    setAsOf(w, d);
    auto* view = w.findChild<QWidget*>(QStringLiteral("reviewView"));
    if (!district.isEmpty()) {
        auto* combo = view->findChild<QComboBox*>(QStringLiteral("districtCombo"));
        combo->setCurrentIndex(combo->findText(district));
    }
    view->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(tab);
}

void search(MainWindow& w, const char* view, const QString& text)
{
    w.findChild<QWidget*>(QLatin1String(view))->findChild<QLineEdit*>(QStringLiteral("searchEdit"))->setText(text);
}

/// Renders the visible dialog of type T on top of the window, as a user sees it.
template <typename T> QPixmap grabDialog(MainWindow& w)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* d : w.findChildren<T*>()) {
        if (d->isVisible()) {
            d->adjustSize();
            return d->grab();
        }
    }
    return {};
}
/// One account per role (the first, an administrator, becomes the session's user) and an audited edit of an
/// official, for the audit and users pictures.
ntm::core::Status addAccountsAndChanges(ntm::core::Database& db)
{
    using namespace ntm::core;
    AccountService accounts(db);
    const QString password = QStringLiteral("mật-khẩu-dài");
    const auto ductho = UnitLookup::district(db, QStringLiteral("Đức Thọ"));
    if (!ductho) {
        return ductho.error();
    }
    const QList<NewAccount> all{
        {QStringLiteral("quantri"), QStringLiteral("Trần Văn Quản"), Role::Admin, {}, {}, password},
        {QStringLiteral("canbo.ductho"),
         QStringLiteral("Nguyễn Thị Hoa"),
         Role::Personnel,
         ductho.value().id,
         {},
         password},
        {QStringLiteral("xa.ducyen"),
         QStringLiteral("Phạm Tiến Nam"),
         Role::CommuneLeader,
         {},
         ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")),
         password},
        {QStringLiteral("tinh.theodoi"), QStringLiteral("Lê Minh Tuấn"), Role::Reviewer, {}, {}, password},
    };
    for (const NewAccount& a : all) {
        if (const auto created = accounts.create(a); !created) {
            return created.error();
        }
    }
    const QString nhat = ids::stableId(QStringLiteral("story:bui-ngoc-nhat"));
    const auto official = OfficialStore(db).get(nhat);
    if (!official) {
        return official.error();
    }
    if (official.value()) {
        Official o = *official.value();
        o.phone = QStringLiteral("0912 345 678");
        o.note = QStringLiteral("Cập nhật số điện thoại theo hồ sơ");
        if (Status s = OfficialService(db).update(o); !s) {
            return s;
        }
    }
    return {};
}
} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QTextStream err(stderr);
    if (argc != 2) {
        err << "usage: ntm-screenshots OUTDIR" << Qt::endl;
        return 2;
    }
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(outDir);
    QTemporaryDir tmp;
    Translations::install(QStringLiteral("vi"));
    Messages::setRecording(true);
    DatabaseSession session;
    if (const auto s = session.create(tmp.filePath(QStringLiteral("demo.ntm")), true); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    const QList<Scene> scenes{
        {"assignments.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("assignmentsView"));
             setAsOf(w, QDate(2026, 11, 15));
         }},
        {"assignments-search-bui-ngoc.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("assignmentsView"));
             setAsOf(w, QDate(2026, 11, 15));
             search(w, "assignmentsView", QStringLiteral("bui ngoc"));
         }},
        {"officials-history.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("officialsView"));
             setAsOf(w, QDate(2026, 11, 15));
             search(w, "officialsView", QStringLiteral("nhat"));
             w.findChild<QTableView*>(QStringLiteral("officialsTable"))->selectRow(0);
         }},
        {"board-2016-duc-tho.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("boardView"));
             setAsOf(w, QDate(2016, 10, 1));
             auto* district = w.findChild<QWidget*>(QStringLiteral("boardView"))
                                  ->findChild<QComboBox*>(QStringLiteral("districtCombo"));
             district->setCurrentIndex(district->findText(QStringLiteral("Huyện Đức Thọ")));
             auto* board = w.findChild<BoardView*>();
             board->selectCell(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")), 17);
         }},
        {"board-2026.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("boardView"));
             setAsOf(w, QDate(2026, 11, 15));
         }},
        {"dashboard-duc-yen.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2019, 12, 31));
             w.showCommune(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")));
         }},
        {"dashboard-thach-khe-meetings.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2018, 6, 30));
             w.showCommune(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a")));
             w.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
         }},
        {"timeline-duc-yen.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2019, 12, 31));
             w.showTimeline(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")));
         }},
        {"timeline-thach-khe-2026.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2026, 11, 15));
             w.showTimeline(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-d")));
             // Down to where the 2022 rows end and the ten criteria of 2026 begin.
             QApplication::processEvents();
             auto* scroll = w.findChild<TimelineView*>()->findChild<QScrollArea*>(QStringLiteral("scrollArea"));
             scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
         }},
        {"communes-2026.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("unitsView"));
             setAsOf(w, QDate(2026, 11, 15));
         }},
        {"communes-2018-districts.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("unitsView"));
             setAsOf(w, QDate(2018, 12, 31));
             w.findChild<QTreeView*>(QStringLiteral("tree"))->collapseAll();
         }},
        {"communes-2016-search-duc.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("unitsView"));
             setAsOf(w, QDate(2016, 10, 1));
             search(w, "unitsView", QStringLiteral("duc"));
         }},
        {"review-recognitions.png", [](MainWindow& w) { review(w, 0, QDate(2026, 11, 29)); }},
        {"review-averages.png", [](MainWindow& w) { review(w, 1, QDate(2026, 11, 29)); }},
        {"review-averages-duc-tho.png",
         [](MainWindow& w) { review(w, 1, QDate(2026, 11, 29), QStringLiteral("Huyện Đức Thọ")); }},
        {"review-bands-2026.png", [](MainWindow& w) { review(w, 2, QDate(2026, 11, 29)); }},
        {"review-missed-2020.png", [](MainWindow& w) { review(w, 3, QDate(2020, 12, 31)); }},
        {"review-missed-2026.png", [](MainWindow& w) { review(w, 3, QDate(2026, 11, 29)); }},
        {"review-rotations.png", [](MainWindow& w) { review(w, 4, QDate(2026, 11, 29)); }},
        {"review-former-district.png",
         [](MainWindow& w) {
             // Lộc Hà, merged into Thạch Hà on 1/1/2025, listed as a former district in 2026: as of its last day.
             review(w, 1, QDate(2026, 11, 29), QStringLiteral("Huyện Lộc Hà (huyện cũ, đến 31/12/2024)"));
         }},
    };
    // Dialogs: opened through the real actions, then filled as a user would.
    const QList<DialogScene> dialogs{
        {"rotation-dialog-overlap.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("assignmentsView"));
             w.findChild<QAction*>(QStringLiteral("actionNewRotation"))->trigger();
             auto* d = w.findChild<RotationDialog*>();
             // Bùi Ngọc Nhật again in 2018, while his Đức Yên term runs: an overlap and a short term.
             d->selectOfficial(ntm::core::ids::stableId(QStringLiteral("story:bui-ngoc-nhat")));
             d->selectCommune(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18250-a")));
             d->findChild<QLineEdit*>(QStringLiteral("decisionNoEdit"))->setText(QStringLiteral("42-QĐ/HU"));
             d->findChild<QComboBox*>(QStringLiteral("issuingBodyCombo"))
                 ->setEditText(QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ"));
             d->findChild<QComboBox*>(QStringLiteral("toPositionCombo"))
                 ->setEditText(QStringLiteral("Bí thư Đảng ủy xã"));
             d->findChild<QDateEdit*>(QStringLiteral("decisionDateEdit"))->setDate(QDate(2018, 5, 20));
             d->findChild<QDateEdit*>(QStringLiteral("startDateEdit"))->setDate(QDate(2018, 6, 1));
             d->findChild<QDateEdit*>(QStringLiteral("plannedEndEdit"))->setDate(QDate(2019, 5, 31));
             d->accept();
             return grabDialog<RotationDialog>(w);
         }},
        {"bulk-assessment-dialog.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2016, 6, 1));
             w.showView(QStringLiteral("boardView"));
             w.findChild<BoardView*>()->recordSeveral(
                 ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")));
             auto* d = w.findChild<BulkAssessmentDialog*>();
             d->choose(17, ntm::core::CriterionStatus::Met);
             d->choose(12, ntm::core::CriterionStatus::BasicallyMet);
             return grabDialog<BulkAssessmentDialog>(w);
         }},
        {"timeline-assessment-dialog.png",
         [](MainWindow& w) {
             setAsOf(w, QDate(2019, 12, 31));
             w.showTimeline(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")));
             auto* chart = w.findChild<TimelineView*>()->chart();
             // Criterion 20 (Hà Tĩnh's own) on the day of recognition: an assessment of Bùi Ngọc Nhật's term.
             const auto& rows = chart->timeline().blocks.constFirst().rows;
             for (int r = 0; r < rows.size(); ++r) {
                 for (int s = 0; rows.at(r).number == 20 && s < rows.at(r).spans.size(); ++s) {
                     if (rows.at(r).spans.at(s).covers(QDate(2016, 9, 30))) {
                         chart->select({0, r, s});
                         chart->activateSelected();
                     }
                 }
             }
             return grabDialog<AssessmentDialog>(w);
         }},
        {"about.png",
         [](MainWindow& w) {
             w.findChild<QAction*>(QStringLiteral("actionAbout"))->trigger();
             return grabDialog<AboutDialog>(w);
         }},
        {"end-rotation-dialog.png",
         [](MainWindow& w) {
             // Ending the newest term two and a half years early: whose term it is, and no reason taken for granted.
             setAsOf(w, QDate(2026, 11, 15));
             w.showView(QStringLiteral("assignmentsView"));
             w.findChild<QTableView*>(QStringLiteral("rotationTable"))->selectRow(0);
             w.findChild<QWidget*>(QStringLiteral("assignmentsView"))
                 ->findChild<QPushButton*>(QStringLiteral("endButton"))
                 ->click();
             auto* d = w.findChild<EndRotationDialog*>();
             d->findChild<QDateEdit*>(QStringLiteral("actualEndEdit"))->setDate(QDate(2026, 11, 15));
             return grabDialog<EndRotationDialog>(w);
         }},
        {"official-dialog.png",
         [](MainWindow& w) {
             w.findChild<QAction*>(QStringLiteral("actionNewOfficial"))->trigger();
             return grabDialog<OfficialDialog>(w);
         }},
        {"connect-server.png",
         [](MainWindow& w) {
             // File > Connect to server, filled in, after Test found no server at that address.
             w.findChild<QAction*>(QStringLiteral("actionConnectServer"))->trigger();
             auto* d = w.findChild<ConnectServerDialog*>();
             d->setLocation(QStringLiteral("postgresql://ntm_owner@127.0.0.1:5432/ntm_hatinh?sslmode=verify-full"));
             d->test();
             return grabDialog<ConnectServerDialog>(w);
         }},
        {"report-dialog.png",
         [](MainWindow& w) {
             // From the dashboard: the dialog offers the commune shown, as of the shared date.
             setAsOf(w, QDate(2019, 12, 31));
             w.showCommune(ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a")));
             w.findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
             return grabDialog<ReportScopeDialog>(w);
         }},
    };
    for (const Scene& scene : scenes) {
        AppSettings settings(std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(session, settings);
        window.resize(1200, 760);
        window.show();
        scene.prepare(window);
        QApplication::processEvents();
        const QString path = outDir + QLatin1Char('/') + QLatin1String(scene.file);
        if (!window.grab().save(path)) {
            err << "cannot write " << path << Qt::endl;
            return 1;
        }
        err << "wrote " << path << Qt::endl;
    }
    for (const DialogScene& scene : dialogs) {
        AppSettings settings(std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(session, settings);
        window.resize(1200, 760);
        window.show();
        const QPixmap picture = scene.render(window);
        const QString path = outDir + QLatin1Char('/') + QLatin1String(scene.file);
        if (picture.isNull() || !picture.save(path)) {
            err << "cannot render " << path << Qt::endl;
            return 1;
        }
        err << "wrote " << path << Qt::endl;
    }
    if (const int rc = renderTransferScenes(session, tmp.path(), outDir, err); rc != 0) {
        return rc;
    }
    if (const int rc = renderFollowUpScenes(session, tmp.path(), outDir, err); rc != 0) {
        return rc;
    }
    // Accounts and the audit trail: the demo database gets accounts for each role and a few audited changes.
    if (const auto s = addAccountsAndChanges(*session.database()); !s) {
        err << s.error().message << Qt::endl;
        return 1;
    }
    const QList<DialogScene> trust{
        {"audit.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("auditView"));
             auto* table = w.findChild<QTableView*>(QStringLiteral("auditTable"));
             table->setCurrentIndex(table->model()->index(0, 0));
             QApplication::processEvents();
             return w.grab();
         }},
        {"users-dialog.png",
         [](MainWindow& w) {
             w.findChild<QAction*>(QStringLiteral("actionUsers"))->trigger();
             w.findChild<UsersDialog*>()->selectUser(QStringLiteral("canbo.ductho"));
             return grabDialog<UsersDialog>(w);
         }},
        {"record-history.png",
         [](MainWindow& w) {
             w.showView(QStringLiteral("officialsView"));
             search(w, "officialsView", QStringLiteral("bui ngoc nhat"));
             auto* table = w.findChild<QTableView*>(QStringLiteral("officialsTable"));
             table->setCurrentIndex(table->model()->index(0, 0));
             table->findChild<QAction*>(QStringLiteral("historyAction"))->trigger();
             return grabDialog<RecordHistoryDialog>(w);
         }},
        {"conflict-dialog.png", [&session](MainWindow& w) { return conflictDialogPicture(*session.database(), &w); }},
        {"restore-dialog.png",
         [](MainWindow& w) {
             w.findChild<QAction*>(QStringLiteral("actionRestore"))->trigger();
             return grabDialog<RestoreDialog>(w);
         }},
        {"login-dialog.png",
         [](MainWindow& w) {
             // Signed out, then a wrong password: the dialog shows the message and counts down the delay.
             w.findChild<QAction*>(QStringLiteral("actionSignIn"))->trigger();
             auto* d = w.findChild<LoginDialog*>();
             d->findChild<QLineEdit*>(QStringLiteral("userEdit"))->setText(QStringLiteral("canbo.ductho"));
             d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("sai-mat-khau"));
             d->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
             d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(QStringLiteral("sai-nua"));
             return grabDialog<LoginDialog>(w);
         }},
    };
    for (const DialogScene& scene : trust) {
        AppSettings settings(std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
        MainWindow window(session, settings);
        window.resize(1200, 760);
        window.show();
        const QPixmap picture = scene.render(window);
        const QString path = outDir + QLatin1Char('/') + QLatin1String(scene.file);
        if (picture.isNull() || !picture.save(path)) {
            err << "cannot render " << path << Qt::endl;
            return 1;
        }
        err << "wrote " << path << Qt::endl;
    }
    return 0;
}
