// SPDX-License-Identifier: GPL-3.0-or-later
// Thạch Khê's way on the commune dashboard (issue 20), through the real widgets: the working groups tab and its
// dialogs (a group, a member, a replacement on a date, undo), the weekly follow-up a new meeting opens with, the
// village progress tab (a garden count, a merge, undo) and a member's printed summary. Every model is checked by
// QAbstractItemModelTester.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ReviewMeetingDialog.h"
#include "db/Sql.h"
#include "demo/DemoUnits.h"
#include "followup/ActionDialog.h"
#include "followup/ActionTableModel.h"
#include "followup/ActionTallyModel.h"
#include "followup/ActionsTab.h"
#include "followup/FollowUpTabs.h"
#include "followup/GardenCountDialog.h"
#include "followup/MeetingActionsDialog.h"
#include "followup/MemberDialog.h"
#include "followup/MemberResultsModel.h"
#include "followup/MemberResultsTab.h"
#include "followup/PlanTableModel.h"
#include "followup/VillageChangeDialog.h"
#include "followup/VillageProgressModel.h"
#include "followup/VillageProgressTab.h"
#include "followup/VillageRulesDialog.h"
#include "followup/WorkingGroupDialog.h"
#include "followup/WorkingGroupTreeModel.h"
#include "followup/WorkingGroupsTab.h"
#include "service/WorkingGroupService.h"
#include "shell/MainWindow.h"
#include "store/WorkingGroupStore.h"
#include "undo/ConflictDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
const QString kThachKhe = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18604-a"));
using Mode = QAbstractItemModelTester::FailureReportingMode;

struct Leader
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    Leader()
    {
        const QString copy = tmp.path(QStringLiteral("fixture.ntm"));
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1400, 900);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        REQUIRE(window.openDatabase(copy));
        window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2017, 3, 31));
        window.showCommune(kThachKhe);
    }

    DashboardView* dashboard() const { return window.findChild<DashboardView*>(); }
    FollowUpTabs* tabs() const { return dashboard()->followUp(); }
    void undo() { window.findChild<QAction*>(QStringLiteral("actionUndo"))->trigger(); }
    template <typename T> T* child(QWidget* parent, const char* name) const
    {
        T* w = parent->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    void click(QWidget* parent, const char* button) { child<QPushButton>(parent, button)->click(); }
    void save(QDialog* dialog)
    {
        auto* box = child<QDialogButtonBox>(dialog, "buttonBox");
        QPushButton* b = box->button(QDialogButtonBox::Save);
        REQUIRE(b);
        b->click();
    }
    int rows(const char* table) const
    {
        return sql::scalar(session.database()->sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .value()
            .toInt();
    }
};

QModelIndex rowNamed(QAbstractItemModel* model, const QString& text, const QModelIndex& parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == text) {
            return i;
        }
    }
    return {};
}
} // namespace

TEST_CASE("Follow-up tabs: Thạch Khê's groups, actions, villages and members on the dashboard", "[gui][groups]")
{
    Leader l;
    WorkingGroupsTab* groups = l.tabs()->groups();
    ActionsTab* actions = l.tabs()->actions();
    VillageProgressTab* villages = l.tabs()->villages();
    MemberResultsTab* members = l.tabs()->members();
    QAbstractItemModelTester t1(groups->model(), Mode::Fatal);
    QAbstractItemModelTester t2(actions->actionsModel(), Mode::Fatal);
    QAbstractItemModelTester t3(actions->plansModel(), Mode::Fatal);
    QAbstractItemModelTester t4(actions->peopleModel(), Mode::Fatal);
    QAbstractItemModelTester t5(villages->model(), Mode::Fatal);
    QAbstractItemModelTester t6(members->model(), Mode::Fatal);
    // Change the date so every model is filled again under the testers.
    l.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2017, 6, 30));
    auto* tabWidget = l.child<QTabWidget>(l.dashboard(), "tabs");
    CHECK(tabWidget->tabText(tabWidget->indexOf(groups)) == QStringLiteral("Working groups (8)"));
    CHECK(tabWidget->tabText(tabWidget->indexOf(actions)).startsWith(QStringLiteral("Actions (")));
    REQUIRE(groups->model()->rowCount() == 8);
    const QModelIndex first = groups->model()->index(0, 0);
    CHECK(first.data().toString() == QStringLiteral("Đoàn công tác số 1"));
    CHECK(groups->model()->index(0, 0, first).data().toString().startsWith(QStringLiteral("Lưu Xuân Đồng")));
    CHECK(actions->actionsModel()->rowCount() > 0); // open ones by default
    CHECK(actions->plansModel()->rowCount() == 20);
    CHECK(actions->peopleModel()->rowCount() > 0);
    REQUIRE(villages->model()->rowCount() == 8);
    CHECK(villages->model()->index(0, VillageProgressModel::ResponsibleColumn).data() ==
          QStringLiteral("Lưu Xuân Đồng"));
    CHECK(villages->ruleText().contains(QStringLiteral("Criterion 20")));
    CHECK(villages->ruleText().contains(QStringLiteral("UNVERIFIED")));
    CHECK(members->model()->rowCount() >= 24);
    // The filter shows the overdue ones only.
    auto* filter = l.child<QComboBox>(actions, "filterCombo");
    filter->setCurrentIndex(2);
    for (int r = 0; r < actions->actionsModel()->rowCount(); ++r) {
        CHECK(actions->actionsModel()
                  ->index(r, ActionTableModel::StateColumn)
                  .data()
                  .toString()
                  .startsWith(QStringLiteral("Overdue")));
    }
}

TEST_CASE("Working groups: a group and a member are added, the member replaced on a date, and undone", "[gui][groups]")
{
    Leader l;
    WorkingGroupsTab* tab = l.tabs()->groups();
    auto* tree = l.child<QTreeView>(tab, "groupsTree");
    const int groups = l.rows("working_group");
    l.click(tab, "addGroupButton");
    auto* g = visibleDialog<WorkingGroupDialog>(&l.window);
    REQUIRE(g);
    typeText(l.child<QLineEdit>(g, "nameEdit"), QStringLiteral("Đoàn công tác số 9"));
    l.child<QDateEdit>(g, "validFromEdit")->setDate(QDate(2017, 3, 1));
    l.child<QDateEdit>(g, "validToEdit")->setDate(QDate(2020, 12, 31));
    l.save(g);
    CHECK(l.rows("working_group") == groups + 1);
    const QModelIndex added = rowNamed(tab->model(), QStringLiteral("Đoàn công tác số 9"));
    REQUIRE(added.isValid());

    tree->setCurrentIndex(added);
    l.click(tab, "addMemberButton");
    auto* m = visibleDialog<MemberDialog>(&l.window);
    REQUIRE(m);
    typeText(l.child<QLineEdit>(m, "fullNameEdit"), QStringLiteral("Hồ Văn Phúc"));
    l.child<QComboBox>(m, "roleCombo")->setCurrentIndex(0); // leader
    l.child<QDateEdit>(m, "validFromEdit")->setDate(QDate(2017, 3, 1));
    l.save(m);
    const QModelIndex group = rowNamed(tab->model(), QStringLiteral("Đoàn công tác số 9"));
    REQUIRE(tab->model()->rowCount(group) == 1);

    tree->setCurrentIndex(tab->model()->index(0, 0, group));
    l.click(tab, "replaceButton");
    auto* r = visibleDialog<MemberDialog>(&l.window);
    REQUIRE(r);
    CHECK(l.child<QLabel>(r, "introLabel")->text().contains(QStringLiteral("Hồ Văn Phúc")));
    l.child<QDateEdit>(r, "takesOverEdit")->setDate(QDate(2017, 3, 1)); // not after the first day: refused
    typeText(l.child<QLineEdit>(r, "fullNameEdit"), QStringLiteral("Đặng Thị Quyên"));
    l.save(r);
    CHECK(r->isVisible());
    CHECK(l.child<QLabel>(r, "takesOverError")->text().contains(QStringLiteral("takes over on a day after")));
    l.child<QDateEdit>(r, "takesOverEdit")->setDate(QDate(2017, 3, 20));
    l.save(r);
    CHECK_FALSE(r->isVisible());
    const QModelIndex replaced = rowNamed(tab->model(), QStringLiteral("Đoàn công tác số 9"));
    REQUIRE(tab->model()->rowCount(replaced) == 2);
    CHECK(l.rows("working_group_member") > 0);
    l.undo();
    CHECK(tab->model()->rowCount(rowNamed(tab->model(), QStringLiteral("Đoàn công tác số 9"))) == 1);
    l.undo();
    l.undo();
    CHECK(l.rows("working_group") == groups);
    CHECK(Messages::recorded().isEmpty());
}

TEST_CASE("A new review meeting opens with the actions due, one is marked done, and its decision becomes an action",
          "[gui][actions]")
{
    Leader l;
    const int actions = l.rows("review_action");
    l.child<QTabWidget>(l.dashboard(), "tabs")->setCurrentIndex(1);
    l.click(l.dashboard(), "addMeetingButton");
    auto* meeting = visibleDialog<ReviewMeetingDialog>(&l.window);
    REQUIRE(meeting);
    l.child<QDateEdit>(meeting, "heldOnEdit")->setDate(QDate(2017, 3, 28));
    typeText(l.child<QPlainTextEdit>(meeting, "decisionsEdit"), QStringLiteral("Rà soát tiêu chí môi trường"));
    l.save(meeting);
    auto* followUp = visibleDialog<MeetingActionsDialog>(&l.window);
    REQUIRE(followUp);
    QAbstractItemModelTester t1(followUp->dueModel(), Mode::Fatal);
    QAbstractItemModelTester t2(followUp->decidedModel(), Mode::Fatal);
    REQUIRE(followUp->dueModel()->rowCount() > 0);
    CHECK(followUp->decidedModel()->rowCount() == 0);
    const QString what = followUp->dueModel()->index(0, ActionTableModel::WhatColumn).data().toString();
    l.child<QTableView>(followUp, "dueTable")->setCurrentIndex(followUp->dueModel()->index(0, 0));
    l.click(followUp, "doneButton");
    auto* done = visibleDialog<ActionDialog>(&l.window);
    REQUIRE(done);
    CHECK(l.child<QComboBox>(done, "outcomeCombo")->currentText() == QStringLiteral("Done"));
    CHECK(l.child<QDateEdit>(done, "closedOnEdit")->date() == QDate(2017, 3, 28));
    l.save(done);
    bool closed = false;
    for (int r = 0; r < followUp->dueModel()->rowCount(); ++r) {
        if (followUp->dueModel()->index(r, ActionTableModel::WhatColumn).data() == what) {
            closed = followUp->dueModel()
                         ->index(r, ActionTableModel::StateColumn)
                         .data()
                         .toString()
                         .startsWith(QStringLiteral("Done"));
        }
    }
    CHECK(closed);

    l.click(followUp, "addButton");
    auto* add = visibleDialog<ActionDialog>(&l.window);
    REQUIRE(add);
    typeText(l.child<QPlainTextEdit>(add, "whatEdit"), QStringLiteral("Thu gom rác thải ở Thôn 4"));
    auto* responsible = l.child<QComboBox>(add, "responsibleCombo");
    REQUIRE(responsible->count() > 0);
    responsible->setCurrentIndex(0);
    auto* criterion = l.child<QComboBox>(add, "criterionCombo");
    criterion->setCurrentIndex(17); // "(none)" first: criterion 17
    l.save(add);
    CHECK(followUp->decidedModel()->rowCount() == 1);
    CHECK(l.rows("review_action") == actions + 1);
    followUp->reject();
    CHECK(Messages::recorded().isEmpty());
}

TEST_CASE("Village progress: a garden count and a merge of two villages, undone", "[gui][villages]")
{
    Leader l;
    VillageProgressTab* tab = l.tabs()->villages();
    auto* table = l.child<QTableView>(tab, "villagesTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    l.click(tab, "gardensButton");
    auto* g = visibleDialog<GardenCountDialog>(&l.window);
    REQUIRE(g);
    l.child<QSpinBox>(g, "gardensSpin")->setValue(99);
    l.save(g);
    CHECK(tab->model()->rowAt(0)->gardens == 99);

    l.click(tab, "changeButton");
    auto* c = visibleDialog<VillageChangeDialog>(&l.window);
    REQUIRE(c);
    auto* list = l.child<QListWidget>(c, "villagesList");
    REQUIRE(list->count() == 8);
    list->item(0)->setCheckState(Qt::Checked);
    list->item(1)->setCheckState(Qt::Checked);
    typeText(l.child<QLineEdit>(c, "nameEdit"), QStringLiteral("Thôn Một Hai"));
    l.child<QDateEdit>(c, "onEdit")->setDate(QDate(2017, 3, 1));
    l.save(c);
    CHECK_FALSE(c->isVisible());
    REQUIRE(tab->model()->rowCount() == 7);
    bool linked = false;
    for (int r = 0; r < tab->model()->rowCount(); ++r) {
        linked = linked || (tab->model()->rowAt(r)->village.name == QStringLiteral("Thôn Một Hai") &&
                            tab->model()->rowAt(r)->predecessors.size() == 2);
    }
    CHECK(linked);
    l.undo();
    CHECK(tab->model()->rowCount() == 8);
    l.undo();
    CHECK(tab->model()->rowAt(0)->gardens != 99);

    l.click(tab, "rulesButton");
    auto* rules = visibleDialog<VillageRulesDialog>(&l.window);
    REQUIRE(rules);
    QAbstractItemModelTester t(rules->model(), Mode::Fatal);
    // Model areas and gardens, for each of Hà Tĩnh's three sets with a criterion 20 (491, 1980 and 318).
    CHECK(rules->model()->rowCount() == 6);
    rules->reject();
    CHECK(Messages::recorded().isEmpty());
}

TEST_CASE("Members' results: the selected member's summary opens in the print preview", "[gui][report][groups]")
{
    Leader l;
    MemberResultsTab* tab = l.tabs()->members();
    auto* table = l.child<QTableView>(tab, "membersTable");
    int dong = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        dong = table->model()->index(r, MemberResultsModel::NameColumn).data() == QStringLiteral("Lưu Xuân Đồng")
                   ? r
                   : dong;
    }
    REQUIRE(dong >= 0);
    table->setCurrentIndex(table->model()->index(dong, 0));
    l.click(tab, "printButton");
    auto* preview = visibleDialog<QPrintPreviewDialog>(&l.window);
    REQUIRE(preview);
    CHECK(preview->windowTitle().contains(QStringLiteral("Lưu Xuân Đồng")));
    preview->reject();
    CHECK(Messages::recorded().isEmpty());
}

TEST_CASE("A working group saved by a colleague meanwhile: both versions shown, the leader's saved over, undo "
          "brings the colleague's back",
          "[gui][groups][conflict]")
{
    Leader l;
    WorkingGroupsTab* tab = l.tabs()->groups();
    auto* tree = l.child<QTreeView>(tab, "groupsTree");
    REQUIRE(tab->model()->rowCount() > 0);
    tree->setCurrentIndex(tab->model()->index(0, 0));
    l.click(tab, "editButton");
    auto* g = visibleDialog<WorkingGroupDialog>(&l.window);
    REQUIRE(g);
    const QString id = g->group().id;
    auto* name = l.child<QLineEdit>(g, "nameEdit");
    name->clear();
    typeText(name, QStringLiteral("Doan cong tac cua toi"));

    auto colleague = openDb(l.session.database()->path());
    colleague->setActor(Actor::owner(QStringLiteral("lan.tran")));
    auto stored = WorkingGroupStore(*colleague).group(id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    WorkingGroup theirs = *stored.value();
    theirs.name = QStringLiteral("Doan cong tac cua dong nghiep");
    REQUIRE(WorkingGroupService(*colleague).updateGroup(theirs).ok());

    QString intro;
    QStringList shown;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        intro = dialog->findChild<QLabel*>(QStringLiteral("introLabel"))->text();
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("changesTable"));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            shown.append(table->model()->index(r, 1).data().toString() + QStringLiteral(" | ") +
                         table->model()->index(r, 2).data().toString());
        }
        dialog->findChild<QPushButton*>(QStringLiteral("saveMineButton"))->click();
    });
    l.save(g);
    CHECK(intro.contains(QStringLiteral("lan.tran")));
    CHECK(shown.contains(QStringLiteral("Doan cong tac cua dong nghiep | Doan cong tac cua toi")));
    const auto name0 = [&] { return WorkingGroupStore(*colleague).group(id).value()->name; };
    CHECK(name0() == QStringLiteral("Doan cong tac cua toi"));
    l.undo();
    CHECK(name0() == QStringLiteral("Doan cong tac cua dong nghiep"));
    CHECK(Messages::recorded().isEmpty());
}
