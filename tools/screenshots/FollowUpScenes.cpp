// SPDX-License-Identifier: GPL-3.0-or-later
// Thạch Khê's working groups, the actions of its weekly meetings and its villages' progress for docs/screenshots:
// the four dashboard tabs as of a date of the demo, and the dialogs opened from them (left unsaved).
#include "FollowUpScenes.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "dashboard/DashboardView.h"
#include "demo/DemoUnits.h"
#include "followup/ActionDialog.h"
#include "followup/ActionsTab.h"
#include "followup/FollowUpTabs.h"
#include "followup/MeetingActionsDialog.h"
#include "followup/MemberDialog.h"
#include "followup/MemberResultsTab.h"
#include "followup/VillageChangeDialog.h"
#include "followup/VillageProgressTab.h"
#include "followup/WorkingGroupTreeModel.h"
#include "followup/WorkingGroupsTab.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QDateEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTreeView>

#include <functional>

using namespace ntm::gui;

namespace {
const QString kThachKhe = ntm::core::demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));

struct Scene
{
    const char* file;
    std::function<QPixmap(MainWindow&)> render;
};

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

template <typename T> QPixmap grabVisible(MainWindow& w)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* d : w.findChildren<T*>()) {
        if (d->isVisible()) {
            d->adjustSize();
            settle();
            return d->grab();
        }
    }
    return {};
}

/// Thạch Khê's dashboard as of `date`, the tabs given most of the height.
FollowUpTabs* dashboard(MainWindow& w, const QDate& date)
{
    w.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(date);
    w.showCommune(kThachKhe);
    auto* view = w.findChild<DashboardView*>();
    FollowUpTabs* tabs = view->followUp();
    auto* split = view->findChild<QSplitter*>(QStringLiteral("topSplitter"));
    split->setMaximumHeight(250);
    settle();
    return tabs;
}

void show(MainWindow& w, QWidget* tab)
{
    w.findChild<DashboardView*>()->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(tab);
    settle();
}

QList<Scene> scenes()
{
    return {
        {"followup-groups.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 7, 3));
             show(w, tabs->groups());
             auto* tree = tabs->groups()->findChild<QTreeView*>(QStringLiteral("groupsTree"));
             tree->collapseAll();
             for (int r : {0, 2}) {
                 const QModelIndex group = tree->model()->index(r, 0);
                 tree->expand(group);
                 for (int m = 0; m < tree->model()->rowCount(group); ++m) {
                     tree->expand(tree->model()->index(m, 0, group));
                 }
             }
             tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(2, 0)));
             settle();
             return w.grab();
         }},
        {"followup-actions.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 3, 31));
             show(w, tabs->actions());
             return w.grab();
         }},
        {"followup-villages.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2018, 12, 31));
             show(w, tabs->villages());
             return w.grab();
         }},
        {"followup-members.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 12, 31));
             show(w, tabs->members());
             return w.grab();
         }},
        {"followup-meeting-dialog.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 3, 31));
             show(w, tabs->actions());
             tabs->actions()->openFollowUp();
             return grabVisible<MeetingActionsDialog>(w);
         }},
        {"followup-action-dialog.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 3, 31));
             show(w, tabs->actions());
             auto* table = tabs->actions()->findChild<QTableView*>(QStringLiteral("actionsTable"));
             table->setCurrentIndex(table->model()->index(0, 0));
             tabs->actions()->findChild<QPushButton*>(QStringLiteral("editActionButton"))->click();
             return grabVisible<ActionDialog>(w);
         }},
        {"followup-replace-dialog.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2017, 6, 30));
             show(w, tabs->groups());
             auto* tree = tabs->groups()->findChild<QTreeView*>(QStringLiteral("groupsTree"));
             tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(3, 0)));
             tabs->groups()->findChild<QPushButton*>(QStringLiteral("replaceButton"))->click();
             return grabVisible<MemberDialog>(w);
         }},
        {"followup-village-change-dialog.png",
         [](MainWindow& w) {
             FollowUpTabs* tabs = dashboard(w, QDate(2018, 12, 31));
             show(w, tabs->villages());
             tabs->villages()->findChild<QPushButton*>(QStringLiteral("changeButton"))->click();
             auto* d = w.findChild<VillageChangeDialog*>();
             auto* list = d->findChild<QListWidget*>(QStringLiteral("villagesList"));
             list->item(0)->setCheckState(Qt::Checked);
             list->item(1)->setCheckState(Qt::Checked);
             return grabVisible<VillageChangeDialog>(w);
         }},
    };
}
} // namespace

int renderFollowUpScenes(DatabaseSession& demo, const QString& tmpDir, const QString& outDir, QTextStream& err)
{
    for (const Scene& scene : scenes()) {
        AppSettings settings(
            std::make_unique<QSettings>(tmpDir + QStringLiteral("/followup.ini"), QSettings::IniFormat));
        MainWindow window(demo, settings);
        window.resize(1400, 900);
        window.show();
        settle();
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
