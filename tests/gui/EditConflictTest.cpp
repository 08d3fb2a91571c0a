// SPDX-License-Identifier: GPL-3.0-or-later
// No lost update: two people edit the same record from two connections; the second save is refused, shows who
// changed it, when, and both versions, and the user chooses (real widgets, offscreen).
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/RotationDialog.h"
#include "assignments/RotationTableModel.h"
#include "db/Sql.h"
#include "officials/OfficialDialog.h"
#include "service/OfficialService.h"
#include "service/RotationService.h"
#include "shell/MainWindow.h"
#include "store/AuditLog.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"
#include "undo/ConflictDialog.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {

/// The user at the window, and a colleague on a second connection to the same database.
struct TwoEditors
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    std::unique_ptr<Database> colleague;

    TwoEditors()
    {
        const QString copy = tmp.path(QStringLiteral("shared.ntm"));
        {
            auto db = openDb(demoMaster());
            REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
        }
        window.resize(1280, 800);
        window.show();
        Messages::setRecording(true, true);
        Messages::clearRecorded();
        Messages::setNextFile(copy);
        window.findChild<QAction*>(QStringLiteral("actionOpen"))->trigger();
        REQUIRE(session.isOpen());
        colleague = openDb(copy);
        Actor lan = Actor::owner(QStringLiteral("lan.tran"));
        colleague->setActor(lan);
    }
    QUndoStack* undo() const { return window.findChild<QUndoStack*>(); }
};

/// What the conflict dialog said, and the button the user pressed.
struct Seen
{
    QString intro;
    QStringList rows;
    bool saveMineEnabled = false;
    bool shown = false;
};

/// Answers the next modal conflict dialog with the button `objectName`, after noting what it shows.
void answerConflict(Seen& seen, const char* objectName)
{
    QTimer::singleShot(0, [&seen, objectName] {
        auto* dialog = qobject_cast<ConflictDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen.shown = true;
        seen.intro = dialog->findChild<QLabel*>(QStringLiteral("introLabel"))->text();
        auto* table = dialog->findChild<QTableView*>(QStringLiteral("changesTable"));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < 3; ++c) {
                cells.append(table->model()->index(r, c).data().toString());
            }
            seen.rows.append(cells.join(QStringLiteral(" | ")));
        }
        auto* mine = dialog->findChild<QPushButton*>(QStringLiteral("saveMineButton"));
        seen.saveMineEnabled = mine && mine->isEnabled();
        auto* button = dialog->findChild<QPushButton*>(QLatin1String(objectName));
        REQUIRE(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

/// Opens the first rotation of the list in its edit dialog and types a new decision number (not saved yet).
RotationDialog* editFirstRotation(TwoEditors& e, QString& id)
{
    e.window.showView(QStringLiteral("assignmentsView"));
    auto* table = e.window.findChild<QTableView*>(QStringLiteral("rotationTable"));
    REQUIRE(table->model()->rowCount() > 0);
    table->selectRow(0);
    id = table->model()->index(0, 0).data(RotationTableModel::IdRole).toString();
    e.window.findChild<QWidget*>(QStringLiteral("assignmentsView"))
        ->findChild<QPushButton*>(QStringLiteral("editButton"))
        ->click();
    auto* d = visibleDialog<RotationDialog>(&e.window);
    REQUIRE(d);
    auto* number = d->findChild<QLineEdit*>(QStringLiteral("decisionNoEdit"));
    number->clear();
    typeText(number, QStringLiteral("99/QD-MINE"));
    return d;
}

/// The colleague saves their own change of the rotation meanwhile.
void colleagueChangesRotation(TwoEditors& e, const QString& id)
{
    auto r = RotationStore(*e.colleague).get(id);
    REQUIRE(r.ok());
    REQUIRE(r.value());
    Rotation theirs = *r.value();
    theirs.decisionNo = QStringLiteral("77/QD-THEIRS");
    REQUIRE(RotationService(*e.colleague).update(theirs, Warnings::Accept).ok());
}

QString storedDecision(TwoEditors& e, const QString& id)
{
    const auto r = RotationStore(*e.colleague).get(id);
    REQUIRE(r.ok());
    REQUIRE(r.value());
    return r.value()->decisionNo;
}

void clickSave(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
}

} // namespace

TEST_CASE("A rotation saved by someone else meanwhile: the second save shows who and both versions, and the user "
          "can save theirs over it",
          "[gui][conflict]")
{
    TwoEditors e;
    QString id;
    RotationDialog* d = editFirstRotation(e, id);
    colleagueChangesRotation(e, id);
    const int undoBefore = e.undo()->count();
    Seen seen;
    answerConflict(seen, "saveMineButton");
    clickSave(d);
    REQUIRE(seen.shown);
    CHECK(seen.intro.contains(QStringLiteral("lan.tran")));
    CHECK(seen.intro.contains(QStringLiteral("after you opened it")));
    CHECK(seen.saveMineEnabled);
    REQUIRE(seen.rows.size() == 1); // only the decision number differs
    CHECK(seen.rows.constFirst().contains(QStringLiteral("77/QD-THEIRS | 99/QD-MINE")));
    CHECK(storedDecision(e, id) == QStringLiteral("99/QD-MINE"));
    // One undoable step, which puts the colleague's version back (not the one the user first read).
    CHECK(e.undo()->count() == undoBefore + 1);
    e.undo()->undo();
    CHECK(storedDecision(e, id) == QStringLiteral("77/QD-THEIRS"));
    // Both changes are in the record's history, each under its author.
    const auto history = AuditLog(*e.colleague).historyOf(QStringLiteral("rotation"), id);
    REQUIRE(history.ok());
    QStringList actors;
    for (const AuditEntry& entry : history.value()) {
        actors.append(entry.actor);
    }
    CHECK(actors.contains(QStringLiteral("lan.tran")));
    CHECK(actors.count() >= 3); // theirs, mine over theirs, the undo
}

TEST_CASE("Keeping theirs leaves the colleague's rotation as saved and shows it in the list", "[gui][conflict]")
{
    TwoEditors e;
    QString id;
    RotationDialog* d = editFirstRotation(e, id);
    colleagueChangesRotation(e, id);
    const int undoBefore = e.undo()->count();
    Seen seen;
    answerConflict(seen, "keepTheirsButton");
    clickSave(d);
    REQUIRE(seen.shown);
    CHECK(storedDecision(e, id) == QStringLiteral("77/QD-THEIRS"));
    CHECK(e.undo()->count() == undoBefore);
    auto* table = e.window.findChild<QTableView*>(QStringLiteral("rotationTable"));
    QStringList numbers;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        numbers.append(table->model()->index(r, RotationTableModel::DecisionNo).data().toString());
    }
    const QString shown = numbers.join(QLatin1Char('\n'));
    CHECK(shown.contains(QStringLiteral("77/QD-THEIRS")));
    CHECK_FALSE(shown.contains(QStringLiteral("99/QD-MINE")));
}

TEST_CASE("A rotation deleted by someone else meanwhile is said so, and nothing is saved", "[gui][conflict]")
{
    TwoEditors e;
    QString id;
    RotationDialog* d = editFirstRotation(e, id);
    REQUIRE(RotationService(*e.colleague).remove(id).ok());
    Seen seen;
    answerConflict(seen, "keepTheirsButton");
    clickSave(d);
    REQUIRE(seen.shown);
    CHECK(seen.intro.contains(QStringLiteral("deleted")));
    CHECK_FALSE(seen.saveMineEnabled);
    const auto r = RotationStore(*e.colleague).get(id);
    REQUIRE(r.ok());
    CHECK_FALSE(r.value().has_value());
}

TEST_CASE("An official edited by two people: the second sees both versions and keeps theirs", "[gui][conflict]")
{
    TwoEditors e;
    e.window.showView(QStringLiteral("officialsView"));
    auto* table = e.window.findChild<QTableView*>(QStringLiteral("officialsTable"));
    REQUIRE(table->model()->rowCount() > 0);
    table->selectRow(0);
    e.window.findChild<QWidget*>(QStringLiteral("officialsView"))
        ->findChild<QPushButton*>(QStringLiteral("editButton"))
        ->click();
    auto* d = visibleDialog<OfficialDialog>(&e.window);
    REQUIRE(d);
    const QString id = d->official().id;
    auto* position = d->findChild<QLineEdit*>(QStringLiteral("positionEdit"));
    position->clear();
    typeText(position, QStringLiteral("Mine position"));
    auto stored = OfficialStore(*e.colleague).get(id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    Official theirs = *stored.value();
    theirs.position = QStringLiteral("Their position");
    REQUIRE(OfficialService(*e.colleague).update(theirs).ok());
    Seen seen;
    answerConflict(seen, "keepTheirsButton");
    clickSave(d);
    REQUIRE(seen.shown);
    CHECK(seen.intro.contains(QStringLiteral("lan.tran")));
    REQUIRE(seen.rows.size() == 1);
    CHECK(seen.rows.constFirst().contains(QStringLiteral("Their position | Mine position")));
    const auto after = OfficialStore(*e.colleague).get(id);
    REQUIRE(after.ok());
    CHECK(after.value()->position == QStringLiteral("Their position"));
}

TEST_CASE("Another user's saved change appears in the open list by itself, keeping selection and scroll", "[gui][live]")
{
    TwoEditors e;
    e.window.showView(QStringLiteral("assignmentsView"));
    auto* table = e.window.findChild<QTableView*>(QStringLiteral("rotationTable"));
    const int rows = table->model()->rowCount();
    REQUIRE(rows > 30);
    const int row = rows - 5;
    table->selectRow(row);
    table->scrollTo(table->model()->index(row, 0));
    QCoreApplication::processEvents();
    const int scrolled = table->verticalScrollBar()->value();
    REQUIRE(scrolled > 0);
    const QString id = table->model()->index(row, 0).data(RotationTableModel::IdRole).toString();

    colleagueChangesRotation(e, id);
    const auto shown = [&] {
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        return !selected.isEmpty() && selected.constFirst()
                                          .siblingAtColumn(RotationTableModel::DecisionNo)
                                          .data()
                                          .toString()
                                          .contains(QStringLiteral("77/QD-THEIRS"));
    };
    QElapsedTimer clock;
    clock.start();
    while (!shown() && clock.elapsed() < 5000) {
        QTest::qWait(50);
    }
    REQUIRE(shown()); // the same record is still selected, and shows the colleague's change
    WARN("the change appeared after " << clock.elapsed() << " ms");
    CHECK(table->selectionModel()->selectedRows().constFirst().data(RotationTableModel::IdRole).toString() == id);
    CHECK(table->verticalScrollBar()->value() == scrolled);
    CHECK(e.window.statusBar()->currentMessage().contains(QStringLiteral("other users")));
}
