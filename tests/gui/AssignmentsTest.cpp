// SPDX-License-Identifier: GPL-3.0-or-later
// The personnel officer's workflow driven through the real widgets (offscreen), KeePassXC style.
#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/EndRotationDialog.h"
#include "assignments/RotationDialog.h"
#include "assignments/RotationTableModel.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "exchange/XlsxReader.h"
#include "officials/OfficialDialog.h"
#include "officials/OfficialTableModel.h"
#include "officials/OfficialsView.h"
#include "shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
struct Officer
{
    TempFolder tmp;
    AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    DatabaseSession session;
    MainWindow window{session, settings};

    /// Copies the demo fixture to a temp file and opens it through the real File > Open action.
    Officer()
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
        Messages::setNextFile(copy);
        action("actionOpen")->trigger();
        REQUIRE(session.isOpen());
        window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2026, 11, 15));
    }

    QAction* action(const char* name) const { return window.findChild<QAction*>(QLatin1String(name)); }
    template <typename T> T* child(const char* name) const
    {
        T* w = window.findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    /// A widget of one view (several views have a "deleteButton" or a "searchEdit").
    template <typename T> T* inView(const char* view, const char* name) const
    {
        QWidget* v = child<QWidget>(view);
        T* w = v->findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    QTableView* rotations() const { return child<QTableView>("rotationTable"); }
    QTableView* officials() const { return child<QTableView>("officialsTable"); }

    QStringList column(QTableView* table, int column) const
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            out.append(table->model()->index(r, column).data().toString());
        }
        return out;
    }
};

void clickSave(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void fillRotation(RotationDialog* d, const QString& official, const QString& decisionNo, const QString& commune,
                  const QDate& start)
{
    auto* officialCombo = d->findChild<QComboBox*>(QStringLiteral("officialCombo"));
    officialCombo->lineEdit()->clear();
    typeText(officialCombo->lineEdit(), official);
    typeText(d->findChild<QLineEdit*>(QStringLiteral("decisionNoEdit")), decisionNo);
    auto* body = d->findChild<QComboBox*>(QStringLiteral("issuingBodyCombo"));
    typeText(body->lineEdit(), QStringLiteral("Ban Thường vụ Tỉnh ủy Hà Tĩnh"));
    auto* communeCombo = d->findChild<QComboBox*>(QStringLiteral("communeCombo"));
    typeText(communeCombo->lineEdit(), commune);
    auto* position = d->findChild<QComboBox*>(QStringLiteral("toPositionCombo"));
    typeText(position->lineEdit(), QStringLiteral("Phó Chủ tịch UBND xã"));
    d->findChild<QDateEdit*>(QStringLiteral("decisionDateEdit"))->setDate(start.addDays(-10));
    d->findChild<QDateEdit*>(QStringLiteral("startDateEdit"))->setDate(start);
    d->findChild<QDateEdit*>(QStringLiteral("plannedEndEdit"))->setDate(start.addMonths(36).addDays(-1));
}
} // namespace

TEST_CASE("Item models pass QAbstractItemModelTester", "[gui][assignments]")
{
    Officer o;
    QAbstractItemModelTester rotations(o.rotations()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester officials(o.officials()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(o.inView<QTableView>("officialsView", "historyTable")->model(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester rotationSource(qobject_cast<QAbstractProxyModel*>(o.rotations()->model())->sourceModel(),
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.officials()->selectRow(0);
    typeText(o.child<QLineEdit>("searchEdit"), QStringLiteral("nam"));
    o.window.findChild<QDateEdit*>(QStringLiteral("asOfEdit"))->setDate(QDate(2017, 1, 1));
    CHECK(o.rotations()->model()->rowCount() > 0);
}

TEST_CASE("Search 'bui ngoc' finds Bùi Ngọc Nhật, and filters combine", "[gui][assignments]")
{
    Officer o;
    o.window.showView(QStringLiteral("assignmentsView"));
    const int all = o.rotations()->model()->rowCount();
    REQUIRE(all > 200);
    auto* search = o.window.findChild<QWidget*>(QStringLiteral("assignmentsView"))
                       ->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeText(search, QStringLiteral("bui ngoc"));
    const QStringList found = o.column(o.rotations(), RotationTableModel::Official);
    CHECK(found.contains(QStringLiteral("Bùi Ngọc Nhật")));
    for (const QString& name : found) {
        CHECK(name.startsWith(QStringLiteral("Bùi Ngọc")));
    }
    typeText(search, QStringLiteral(" nhat"));
    CHECK(o.column(o.rotations(), RotationTableModel::Official) == QStringList{QStringLiteral("Bùi Ngọc Nhật")});
    CHECK(o.column(o.rotations(), RotationTableModel::Commune) == QStringList{QStringLiteral("Xã Đức Yên")});
    search->clear();
    auto* state = o.inView<QComboBox>("assignmentsView", "stateCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("Ended")));
    const int ended = o.rotations()->model()->rowCount();
    CHECK(ended > 0);
    CHECK(ended < all);
    auto* district = o.inView<QComboBox>("assignmentsView", "districtCombo");
    district->setCurrentIndex(district->findText(QStringLiteral("Huyện Đức Thọ")));
    for (const QString& d : o.column(o.rotations(), RotationTableModel::District)) {
        CHECK(d == QStringLiteral("Đức Thọ"));
    }
    o.inView<QToolButton>("assignmentsView", "clearFiltersButton")->click();
    CHECK(o.rotations()->model()->rowCount() == all);
}

TEST_CASE("An official and a rotation are created through the dialogs, and an overlap is refused in place",
          "[gui][assignments]")
{
    Officer o;
    o.action("actionNewOfficial")->trigger();
    auto* od = visibleDialog<OfficialDialog>(&o.window);
    REQUIRE(od);
    clickSave(od); // empty name: the rule from core shows beside the field
    CHECK(od->isVisible());
    CHECK(od->findChild<QLabel*>(QStringLiteral("fullNameError"))->text().contains(QStringLiteral("full name")));
    typeText(od->findChild<QLineEdit*>(QStringLiteral("fullNameEdit")), QStringLiteral("Trần Thị Lan"));
    auto* gender = od->findChild<QComboBox*>(QStringLiteral("genderCombo"));
    gender->setCurrentIndex(1);
    typeText(od->findChild<QLineEdit*>(QStringLiteral("homeUnitEdit")), QStringLiteral("Sở Nông nghiệp và Môi trường"));
    od->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate(1986, 4, 12));
    clickSave(od);
    CHECK_FALSE(od->isVisible());
    const QStringList names = o.column(o.officials(), OfficialTableModel::Name);
    REQUIRE(names.contains(QStringLiteral("Trần Thị Lan")));

    const int before = qobject_cast<QAbstractProxyModel*>(o.rotations()->model())->sourceModel()->rowCount();
    o.action("actionNewRotation")->trigger();
    auto* rd = visibleDialog<RotationDialog>(&o.window);
    REQUIRE(rd);
    fillRotation(rd, QStringLiteral("Trần Thị Lan – Sở Nông nghiệp và Môi trường"), QStringLiteral("301-QD/TU"),
                 QStringLiteral("Xã Thạch Khê"), QDate(2026, 8, 1));
    clickSave(rd);
    CHECK_FALSE(rd->isVisible());
    auto* source = qobject_cast<QAbstractProxyModel*>(o.rotations()->model())->sourceModel();
    REQUIRE(source->rowCount() == before + 1);

    o.action("actionNewRotation")->trigger();
    auto* second = visibleDialog<RotationDialog>(&o.window);
    REQUIRE(second);
    fillRotation(second, QStringLiteral("Trần Thị Lan – Sở Nông nghiệp và Môi trường"), QStringLiteral("302-QD/TU"),
                 QStringLiteral("Xã Đức Thọ"), QDate(2026, 10, 1));
    clickSave(second);
    CHECK(second->isVisible());
    CHECK(second->findChild<QLabel*>(QStringLiteral("startDateError"))->text().contains(QStringLiteral("overlaps")));
    CHECK(source->rowCount() == before + 1);
    second->reject();
    // Undo takes the rotation back, redo records it again.
    o.action("actionUndo")->trigger();
    CHECK(source->rowCount() == before);
    o.action("actionRedo")->trigger();
    CHECK(source->rowCount() == before + 1);
}

TEST_CASE("Deleting a rotation can be undone", "[gui][assignments]")
{
    Officer o;
    o.window.showView(QStringLiteral("assignmentsView"));
    auto* search = o.window.findChild<QWidget*>(QStringLiteral("assignmentsView"))
                       ->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeText(search, QStringLiteral("pham tien nam"));
    REQUIRE(o.rotations()->model()->rowCount() == 1);
    o.rotations()->selectRow(0);
    Messages::clearRecorded();
    o.inView<QPushButton>("assignmentsView", "deleteButton")->click();
    CHECK(Messages::recorded().size() == 1); // the confirmation, answered yes
    CHECK(o.rotations()->model()->rowCount() == 0);
    REQUIRE(o.window.undoStack()->canUndo());
    o.action("actionUndo")->trigger();
    REQUIRE(o.rotations()->model()->rowCount() == 1);
    CHECK(o.rotations()->model()->index(0, RotationTableModel::Commune).data().toString() ==
          QStringLiteral("Xã Thạch Khê"));
    CHECK(o.rotations()->model()->index(0, RotationTableModel::Start).data().toString() ==
          QStringLiteral("04/01/2016"));
}

TEST_CASE("Ending a rotation records the end, the reason and the evaluation", "[gui][assignments]")
{
    Officer o;
    o.window.showView(QStringLiteral("assignmentsView"));
    auto* state = o.inView<QComboBox>("assignmentsView", "stateCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("Active")));
    REQUIRE(o.rotations()->model()->rowCount() > 0);
    o.rotations()->selectRow(0);
    const QString official = o.rotations()->model()->index(0, RotationTableModel::Official).data().toString();
    o.inView<QPushButton>("assignmentsView", "endButton")->click();
    auto* d = visibleDialog<EndRotationDialog>(&o.window);
    REQUIRE(d);
    d->findChild<QDateEdit*>(QStringLiteral("actualEndEdit"))->setDate(QDate(2026, 11, 10));
    auto* evaluation = d->findChild<QComboBox*>(QStringLiteral("evaluationCombo"));
    evaluation->setCurrentIndex(evaluation->findText(QStringLiteral("Good completion of duties")));
    clickSave(d);
    CHECK_FALSE(d->isVisible());
    state->setCurrentIndex(state->findText(QStringLiteral("Ended")));
    auto* search = o.window.findChild<QWidget*>(QStringLiteral("assignmentsView"))
                       ->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeText(search, official);
    REQUIRE(o.rotations()->model()->rowCount() >= 1);
    CHECK(o.column(o.rotations(), RotationTableModel::ActualEnd).contains(QStringLiteral("10/11/2026")));
}

TEST_CASE("The filtered table exports to .xlsx and CSV and reads back", "[gui][assignments][export]")
{
    Officer o;
    o.window.showView(QStringLiteral("assignmentsView"));
    auto* district = o.inView<QComboBox>("assignmentsView", "districtCombo");
    district->setCurrentIndex(district->findText(QStringLiteral("Huyện Đức Thọ")));
    const int shown = o.rotations()->model()->rowCount();
    REQUIRE(shown > 0);
    const QString xlsx = o.tmp.path(QStringLiteral("rotations.xlsx"));
    Messages::setNextFile(xlsx);
    Messages::clearRecorded();
    o.action("actionExport")->trigger();
    INFO("messages: " << Messages::recorded().join(QStringLiteral(" | ")).toStdString());
    REQUIRE(QFile::exists(xlsx));
    const auto sheets = XlsxReader::read(xlsx);
    REQUIRE(sheets.ok());
    const Sheet& sheet = sheets.value().constFirst();
    REQUIRE(sheet.rows.size() == shown + 1);
    CHECK(sheet.rows.at(0).at(RotationTableModel::Official).text == QStringLiteral("Official"));
    bool nhat = false;
    for (qsizetype r = 1; r < sheet.rows.size(); ++r) {
        const auto& row = sheet.rows.at(r);
        if (row.at(RotationTableModel::Official).text == QStringLiteral("Bùi Ngọc Nhật")) {
            nhat = true;
            REQUIRE(row.at(RotationTableModel::Start).number.has_value());
            CHECK(XlsxReader::excelSerialToDate(*row.at(RotationTableModel::Start).number) == QDate(2016, 3, 1));
            CHECK(row.at(RotationTableModel::Commune).text == QStringLiteral("Xã Đức Yên"));
        }
        CHECK(row.at(RotationTableModel::District).text == QStringLiteral("Đức Thọ"));
    }
    CHECK(nhat);

    const QString csv = o.tmp.path(QStringLiteral("rotations.csv"));
    Messages::setNextFile(csv);
    o.action("actionExport")->trigger();
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.count(QStringLiteral("\r\n")) == shown + 1);
    CHECK(text.contains(QStringLiteral("Bùi Ngọc Nhật")));
    CHECK(text.contains(QStringLiteral("01/03/2016")));
}

TEST_CASE("Officials: delete refused while rotations refer, history shows the gain, undo brings back",
          "[gui][officials]")
{
    Officer o;
    o.window.showView(QStringLiteral("officialsView"));
    auto* search = o.window.findChild<QWidget*>(QStringLiteral("officialsView"))
                       ->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    typeText(search, QStringLiteral("bui ngoc nhat"));
    REQUIRE(o.officials()->model()->rowCount() == 1);
    o.officials()->selectRow(0);
    auto* history = o.inView<QTableView>("officialsView", "historyTable");
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Đức Yên")));
    CHECK(history->model()->index(0, 4).data().toString() == QStringLiteral("9/20"));
    CHECK(history->model()->index(0, 5).data().toString() == QStringLiteral("20/20"));
    CHECK(history->model()->index(0, 6).data().toString() == QStringLiteral("+11"));
    Messages::clearRecorded();
    o.window.findChild<QWidget*>(QStringLiteral("officialsView"))
        ->findChild<QPushButton*>(QStringLiteral("deleteButton"))
        ->click();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("cannot be deleted")));
    CHECK(o.officials()->model()->rowCount() == 1);

    // Lưu Xuân Đồng has no rotation, but leads Thạch Khê's working group 1: refused too, saying why.
    search->clear();
    typeText(search, QStringLiteral("luu xuan dong"));
    REQUIRE(o.officials()->model()->rowCount() == 1);
    o.officials()->selectRow(0);
    Messages::clearRecorded();
    o.window.findChild<QWidget*>(QStringLiteral("officialsView"))
        ->findChild<QPushButton*>(QStringLiteral("deleteButton"))
        ->click();
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("working groups")));
    CHECK(o.officials()->model()->rowCount() == 1);

    // An official nothing refers to: deleted, and undo brings them back.
    const QString id = QStringLiteral("test:official:alone");
    {
        REQUIRE(sql::run(o.session.database()->sql(),
                         QStringLiteral("INSERT INTO official (id, full_name, name_folded, gender, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                         {id, QStringLiteral("Trần Thị Mai Anh"), QStringLiteral("tran thi mai anh"),
                          QStringLiteral("female"), QStringLiteral("2026-01-01"), QStringLiteral("2026-01-01")},
                         QString())
                    .ok());
        auto* view = o.window.findChild<OfficialsView*>(QStringLiteral("officialsView"));
        REQUIRE(view);
        view->setDatabase(o.session.database()); // read again, as after a reopen
    }
    search->clear();
    typeText(search, QStringLiteral("tran thi mai anh"));
    REQUIRE(o.officials()->model()->rowCount() == 1);
    o.officials()->selectRow(0);
    o.window.findChild<QWidget*>(QStringLiteral("officialsView"))
        ->findChild<QPushButton*>(QStringLiteral("deleteButton"))
        ->click();
    CHECK(o.officials()->model()->rowCount() == 0);
    o.action("actionUndo")->trigger();
    CHECK(o.officials()->model()->rowCount() == 1);
}

TEST_CASE("Editing an official is undoable, and Find focuses the view's search", "[gui][officials]")
{
    Officer o;
    o.window.showView(QStringLiteral("officialsView"));
    QAbstractItemModelTester source(qobject_cast<QAbstractProxyModel*>(o.officials()->model())->sourceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* search = o.inView<QLineEdit>("officialsView", "searchEdit");
    o.action("actionFind")->trigger();
    CHECK(o.window.focusWidget() == search);
    typeText(search, QStringLiteral("luu xuan dong"));
    REQUIRE(o.officials()->model()->rowCount() == 1);
    o.officials()->selectRow(0);
    o.inView<QPushButton>("officialsView", "editButton")->click();
    auto* d = visibleDialog<OfficialDialog>(&o.window);
    REQUIRE(d);
    auto* position = d->findChild<QLineEdit*>(QStringLiteral("positionEdit"));
    position->clear();
    typeText(position, QStringLiteral("Chủ tịch UBND xã"));
    d->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate::currentDate().addYears(-10));
    clickSave(d);
    CHECK(d->isVisible()); // under 18: refused beside the field
    CHECK(d->findChild<QLabel*>(QStringLiteral("birthDateError"))->text().contains(QStringLiteral("under 18")));
    d->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(QDate(1978, 2, 3));
    clickSave(d);
    CHECK_FALSE(d->isVisible());
    CHECK(o.officials()->model()->index(0, OfficialTableModel::HomePosition).data().toString() ==
          QStringLiteral("Chủ tịch UBND xã"));
    o.action("actionUndo")->trigger();
    CHECK(o.officials()->model()->index(0, OfficialTableModel::HomePosition).data().toString() ==
          QStringLiteral("Phó Bí thư Đảng ủy xã"));
    o.action("actionRedo")->trigger();
    CHECK(o.officials()->model()->index(0, OfficialTableModel::BirthDate).data().toString() ==
          QStringLiteral("03/02/1978"));
}

TEST_CASE("Settings: ending-soon days change the status column, the language is remembered", "[gui][settings]")
{
    Officer o;
    o.window.showView(QStringLiteral("assignmentsView"));
    auto* state = o.inView<QComboBox>("assignmentsView", "stateCombo");
    state->setCurrentIndex(state->findText(QStringLiteral("Ending soon")));
    const int soon90 = o.rotations()->model()->rowCount();
    o.action("actionSettings")->trigger();
    auto* d = visibleDialog<QDialog>(&o.window);
    REQUIRE(d);
    d->findChild<QSpinBox*>(QStringLiteral("endingSoonSpin"))->setValue(730);
    auto* language = d->findChild<QComboBox*>(QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    d->accept();
    CHECK(o.settings.endingSoonDays() == 730);
    CHECK(o.settings.language() == QStringLiteral("en"));
    CHECK(o.rotations()->model()->rowCount() > soon90);
}

TEST_CASE("File > Back up writes a copy that opens", "[gui]")
{
    Officer o;
    const QString copy = o.tmp.path(QStringLiteral("backup.ntm"));
    Messages::setNextFile(copy);
    o.action("actionBackup")->trigger();
    REQUIRE(QFile::exists(copy));
    auto db = openDb(copy);
    CHECK(sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM rotation")).value().toInt() > 200);
    Messages::clearRecorded();
    Messages::setNextFile(copy);
    o.action("actionBackup")->trigger(); // the same name again: refused, nothing overwritten
    REQUIRE(Messages::recorded().size() == 1);
    CHECK(Messages::recorded().constFirst().contains(QStringLiteral("already exists")));
}
