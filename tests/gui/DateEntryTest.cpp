// SPDX-License-Identifier: GPL-3.0-or-later
// Typing dates (issue 19): a typed date is taken exactly or refused with a message naming the field, never changed;
// typing works at once wherever the field was clicked, also over an optional field's "—"; an optional field's
// calendar opens on a sensible month; the assessment date starts on the as-of date or today, and says which.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/RotationDialog.h"
#include "board/BoardView.h"
#include "common/DateEdit.h"
#include "common/DateFields.h"
#include "db/Sql.h"
#include "demo/DemoUnits.h"
#include "shell/MainWindow.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
/// A form with one labelled date field, as the dialogs have.
struct Form
{
    QWidget window;
    QLabel* label = new QLabel(QStringLiteral("&Decision date"), &window);
    DateEdit* edit = new DateEdit(&window);
    QLineEdit* other = new QLineEdit(&window);

    explicit Form(bool optional = false)
    {
        auto* layout = new QGridLayout(&window);
        layout->addWidget(label, 0, 0);
        layout->addWidget(edit, 0, 1);
        layout->addWidget(other, 1, 1);
        label->setBuddy(edit);
        optional ? dateFields::setupOptional(edit) : dateFields::setup(edit);
        if (!optional) {
            edit->setDate(QDate(2016, 11, 3));
        }
        window.show();
        QApplication::setActiveWindow(&window);
    }
    /// Clicks into the middle of the field (not on a section boundary) and types.
    void clickAndType(const QString& keys)
    {
        QLineEdit* line = edit->findChild<QLineEdit*>();
        QTest::mouseClick(line, Qt::LeftButton, {}, QPoint(line->width() / 3, line->height() / 2));
        QTest::keyClicks(edit, keys);
    }
};
} // namespace

TEST_CASE("A typed date is taken exactly, wherever the field was clicked", "[gui][issue19][dates]")
{
    Form f;
    f.clickAndType(QStringLiteral("31122016"));
    CHECK(f.edit->date() == QDate(2016, 12, 31));
    CHECK(f.edit->text() == QStringLiteral("31/12/2016"));
    // With separators, and with one-digit day and month.
    f.clickAndType(QStringLiteral("1/2/2020"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    CHECK(f.edit->date() == QDate(2020, 2, 1));
    CHECK(f.edit->text() == QStringLiteral("01/02/2020"));
    // A day selected by double-click does not make the rest of the typing land in other sections.
    f.edit->setDate(QDate(2016, 11, 3));
    QLineEdit* line = f.edit->findChild<QLineEdit*>();
    QTest::mouseDClick(line, Qt::LeftButton, {}, QPoint(4, line->height() / 2));
    QTest::keyClicks(f.edit, QStringLiteral("31122016"));
    CHECK(f.edit->date() == QDate(2016, 12, 31));
    f.edit->setDate(QDate(2020, 2, 29));
    f.clickAndType(QStringLiteral("31122016"));
    CHECK(f.edit->date() == QDate(2016, 12, 31));
}

TEST_CASE("A date that does not exist is refused with a message naming the field, never changed",
          "[gui][issue19][dates]")
{
    Form f;
    QStringList refused;
    QObject::connect(f.edit, &DateEdit::refused, [&](const QString& m) { refused.append(m); });
    f.edit->setDate(QDate(2020, 2, 10));
    f.clickAndType(QStringLiteral("31022020"));
    CHECK(f.edit->date() == QDate(2020, 2, 10)); // not 28/02 or 29/02
    REQUIRE_FALSE(refused.isEmpty());
    CHECK(refused.constLast().startsWith(QStringLiteral("Decision date: ")));
    CHECK(refused.constLast().contains(QStringLiteral("31/02/2020")));
    // Enter keeps the text to correct; leaving the field shows the date it kept.
    QTest::keyClick(f.edit, Qt::Key_Return);
    CHECK(f.edit->pendingText() == QStringLiteral("31/02/2020"));
    f.other->setFocus();
    QApplication::processEvents();
    CHECK(f.edit->text() == QStringLiteral("10/02/2020"));
    CHECK(f.edit->date() == QDate(2020, 2, 10));
    // Half a date is refused too, not completed.
    refused.clear();
    f.clickAndType(QStringLiteral("3112"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    CHECK(f.edit->date() == QDate(2020, 2, 10));
    REQUIRE_FALSE(refused.isEmpty());
    CHECK(refused.constLast().contains(QStringLiteral("31/12")));
    // Escape gives the field its date back; letters are not typed at all.
    QTest::keyClick(f.edit, Qt::Key_Escape);
    CHECK(f.edit->text() == QStringLiteral("10/02/2020"));
    f.clickAndType(QStringLiteral("ab"));
    CHECK(f.edit->pendingText().isEmpty());
    CHECK(f.edit->text() == QStringLiteral("10/02/2020"));
}

TEST_CASE("Enter on a refused date does not press the dialog's default button", "[gui][issue19][dates]")
{
    QDialog dialog;
    auto* edit = new DateEdit(&dialog);
    dateFields::setup(edit);
    edit->setDate(QDate(2021, 1, 5));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto* layout = new QGridLayout(&dialog);
    layout->addWidget(edit, 0, 0);
    layout->addWidget(buttons, 1, 0);
    dialog.show();
    bool accepted = false;
    QObject::connect(&dialog, &QDialog::accepted, [&] { accepted = true; });
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("30022021"));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK_FALSE(accepted);
    CHECK(edit->lastRefusal().contains(QStringLiteral("30/02/2021")));
    CHECK(edit->date() == QDate(2021, 1, 5));
    // A good date and Enter: the dialog's default button works as before.
    QTest::keyClick(edit, Qt::Key_Escape);
    QTest::keyClicks(edit, QStringLiteral("28022021"));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(edit->date() == QDate(2021, 2, 28));
    CHECK(accepted);
}

TEST_CASE("An optional date takes typing over its dash and opens its calendar on a sensible month",
          "[gui][issue19][dates]")
{
    Form f(true);
    CHECK(f.edit->text() == QStringLiteral("—"));
    CHECK_FALSE(dateFields::value(f.edit).isValid());
    // The calendar of a field without a date opens on the month asked for (today's by default), not January 1900.
    const QDate month(2016, 3, 1);
    dateFields::setEmptyMonth(f.edit, [month] { return month; });
    QCalendarWidget* calendar = f.edit->calendarWidget();
    REQUIRE(calendar);
    calendar->window()->show();
    QApplication::processEvents();
    CHECK(calendar->yearShown() == 2016);
    CHECK(calendar->monthShown() == 3);
    calendar->window()->hide();

    f.clickAndType(QStringLiteral("01032019"));
    CHECK(f.edit->text() == QStringLiteral("01/03/2019"));
    CHECK(dateFields::value(f.edit) == QDate(2019, 3, 1));
    // Erasing the date clears the field: no date.
    QLineEdit* line = f.edit->findChild<QLineEdit*>();
    line->selectAll();
    QTest::keyClick(f.edit, Qt::Key_Backspace);
    QTest::keyClick(f.edit, Qt::Key_Return);
    CHECK_FALSE(dateFields::value(f.edit).isValid());
}

TEST_CASE("The planned end's calendar opens on the start's month", "[gui][issue19][dates]")
{
    auto db = openDb(demoMaster());
    RotationDialog dialog(*db, nullptr);
    dialog.show();
    dialog.findChild<QDateEdit*>(QStringLiteral("startDateEdit"))->setDate(QDate(2016, 3, 1));
    auto* planned = dialog.findChild<QDateEdit*>(QStringLiteral("plannedEndEdit"));
    planned->calendarWidget()->window()->show();
    QApplication::processEvents();
    CHECK(planned->calendarWidget()->yearShown() == 2016);
    CHECK(planned->calendarWidget()->monthShown() == 3);
    planned->calendarWidget()->window()->hide();
}

TEST_CASE("The assessment date starts on the as-of date and says so", "[gui][issue19][dates]")
{
    TempFolder tmp;
    const QString copy = tmp.path(QStringLiteral("fixture.ntm"));
    {
        auto db = openDb(demoMaster());
        REQUIRE(sql::run(db->sql(), QStringLiteral("VACUUM INTO ?"), {copy}, QString()).ok());
    }
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};
    window.resize(1600, 1000);
    window.show();
    Messages::setRecording(true, true);
    REQUIRE(window.openDatabase(copy));
    window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2016, 11, 3));
    window.showView(QStringLiteral("boardView"));
    auto* board = window.findChild<BoardView*>();
    const QString ducYen = demo::DemoUnits::communeIdForKey(QStringLiteral("42-18268-a"));
    REQUIRE(board->selectCell(ducYen, 3));
    auto* date = board->findChild<QDateEdit*>(QStringLiteral("dateEdit"));
    auto* hint = board->findChild<QLabel*>(QStringLiteral("dateHint"));
    CHECK(date->date() == QDate(2016, 11, 3));
    CHECK(hint->text() == QStringLiteral("the as-of date"));
    // A date typed for one cell does not stay for the next one.
    date->setDate(QDate(2016, 5, 2));
    CHECK(hint->text().isEmpty());
    REQUIRE(board->selectCell(ducYen, 4));
    CHECK(date->date() == QDate(2016, 11, 3));
    // A later as-of date than today: today.
    window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate::currentDate().addDays(30));
    QApplication::processEvents();
    CHECK(date->date() == QDate::currentDate());
    CHECK(hint->text() == QStringLiteral("today"));
}
