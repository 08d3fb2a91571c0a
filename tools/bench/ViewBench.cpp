// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewBench.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/AssignmentsView.h"
#include "assignments/RotationTableModel.h"
#include "exchange/XlsxWriter.h"
#include "shell/MainWindow.h"
#include "shell/View.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace ntm::bench {

using namespace ntm::gui;

namespace {
void settle()
{
    // Twice: the first pass delivers what the change posted (layouts, updates), the second paints.
    QApplication::processEvents();
    QApplication::processEvents();
}

struct Window
{
    QTemporaryDir folder;
    AppSettings settings{
        std::make_unique<QSettings>(folder.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    QDateEdit* date = nullptr;

    View* show(const QString& view)
    {
        window.showView(view);
        settle();
        return window.currentView();
    }
    /// Changes the shared date between the two dates of the context, as the user would in the toolbar.
    void toggleDate(const BenchContext& c)
    {
        date->setDate(date->date() == c.asOf ? c.otherDate : c.asOf);
        settle();
    }
};

void measureRotations(const BenchContext& c, Window& w, Figures& f)
{
    auto* view = static_cast<AssignmentsView*>(w.show(QStringLiteral("assignmentsView")));
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    auto* table = view->findChild<QTableView*>(QStringLiteral("rotationTable"));
    f.time(QStringLiteral("rotations_open_ms"), QStringLiteral("Rotations: open with all rows"), c.runs, [&] {
        view->refresh();
        settle();
    });
    f.time(
         QStringLiteral("rotations_keystroke_ms"), QStringLiteral("Rotations: one filter keystroke"), c.runs,
         [&] {
             QTest::keyClick(search, Qt::Key_N);
             settle();
         },
         [&] {
             search->clear();
             settle();
         })
        .target = 30;
    search->clear();
    settle();
    int order = 0;
    f.time(QStringLiteral("rotations_sort_ms"), QStringLiteral("Rotations: sort by official"), c.runs, [&] {
        table->sortByColumn(RotationTableModel::Official, (order++ % 2) ? Qt::DescendingOrder : Qt::AscendingOrder);
        settle();
    });
    f.time(QStringLiteral("rotations_date_change_ms"), QStringLiteral("Rotations: date change"), c.runs, [&] {
         w.toggleDate(c);
     }).target = 100;
    QTemporaryDir out;
    f.time(QStringLiteral("xlsx_rotations_ms"), QStringLiteral("Export all rotations to .xlsx"), std::min(c.runs, 3),
           [&] {
               const auto table = view->exportTable();
               const auto written = core::XlsxWriter::write(out.filePath(QStringLiteral("rotations.xlsx")), {*table});
               Q_ASSERT(written.ok());
           });
}

void measureBoard(const BenchContext& c, Window& w, Figures& f)
{
    View* board = w.show(QStringLiteral("boardView"));
    auto* province = board->findChild<QComboBox*>(QStringLiteral("provinceCombo"));
    if (province) {
        province->setCurrentIndex(province->findData(c.provinceId));
        settle();
        f.time(QStringLiteral("board_province_ms"), QStringLiteral("Board: one province as of a date"), c.runs, [&] {
            board->refresh();
            settle();
        });
        f.time(QStringLiteral("board_province_date_change_ms"), QStringLiteral("Board: one province, date change"),
               c.runs, [&] { w.toggleDate(c); })
            .target = 100;
        province->setCurrentIndex(0);
        settle();
    }
    f.time(QStringLiteral("board_country_ms"), QStringLiteral("Board: whole country as of a date"), c.runs, [&] {
        board->refresh();
        settle();
    });
    f.time(QStringLiteral("board_country_date_change_ms"), QStringLiteral("Board: whole country, date change"), c.runs,
           [&] { w.toggleDate(c); })
        .target = 100;
}

void measureOthers(const BenchContext& c, Window& w, Figures& f)
{
    w.show(QStringLiteral("dashboardView"));
    f.time(QStringLiteral("dashboard_view_ms"), QStringLiteral("Dashboard: open a commune"), c.runs, [&] {
        w.window.showCommune(c.communeId);
        settle();
    });
    f.time(QStringLiteral("dashboard_date_change_ms"), QStringLiteral("Dashboard: date change"), c.runs, [&] {
         w.toggleDate(c);
     }).target = 100;
    w.show(QStringLiteral("officialsView"));
    f.time(QStringLiteral("officials_date_change_ms"), QStringLiteral("Officials: date change"), c.runs, [&] {
         w.toggleDate(c);
     }).target = 100;
    w.show(QStringLiteral("unitsView"));
    f.time(QStringLiteral("units_date_change_ms"), QStringLiteral("Communes: date change"), c.runs, [&] {
         w.toggleDate(c);
     }).target = 100;
}
} // namespace

void measureViews(const BenchContext& c, Figures& f)
{
    Messages::setRecording(true);
    Window w;
    w.window.resize(1280, 800);
    w.window.show();
    w.date = w.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"));
    w.date->setDate(c.asOf);
    settle();
    f.time(QStringLiteral("window_open_ms"), QStringLiteral("Main window: open the database (in process)"), 1, [&] {
        w.window.openDatabase(c.database);
        settle();
    });
    if (c.wants(QStringLiteral("rotations"))) {
        measureRotations(c, w, f);
    }
    if (c.wants(QStringLiteral("board"))) {
        measureBoard(c, w, f);
    }
    if (c.wants(QStringLiteral("others"))) {
        measureOthers(c, w, f);
    }
}

} // namespace ntm::bench
