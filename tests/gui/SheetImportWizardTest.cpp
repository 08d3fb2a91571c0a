// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import from spreadsheet, driven through the real wizard pages (offscreen): the worksheet, the columns,
// the rows with their errors, and what is written.
#include "TransferHelpers.h"

#include "exchange/XlsxWriter.h"
#include "transfer/SheetFilePage.h"
#include "transfer/SheetImportWizard.h"
#include "transfer/SheetMappingPage.h"
#include "transfer/SummaryPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

TEST_CASE("A spreadsheet with a bad date is previewed row by row and imports only without its bad rows",
          "[gui][transfer]")
{
    Desk desk(false);
    const QString csv = desk.tmp.path(QStringLiteral("can-bo.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("STT,Họ và tên,Giới tính,Ngày sinh,Đơn vị,Cột phụ\n"
                               "1,Nguyễn Văn An,Nam,12/05/1980,Huyện ủy Đức Thọ,a\n"
                               "2,Trần Thị Bình,Nữ,31/02/1975,UBND huyện Thạch Hà,b\n"
                               "3,Lê Văn Cường,Nam,01/01/1985,Huyện đoàn Can Lộc,c\n")
                    .toUtf8());
    }
    const qint64 officialsBefore = countOf(desk.db(), "official");
    const QByteArray before = checksum(desk.db());

    desk.trigger("actionImportSheet");
    auto* wizard = desk.dialog<SheetImportWizard>();
    typeText(child<QLineEdit>(wizard, "pathEdit"), csv);
    CHECK(child<QRadioButton>(wizard, "officialsRadio")->isChecked());
    click(wizard->button(QWizard::NextButton));
    if (wizard->currentId() != SheetImportWizard::MappingPageId) {
        FAIL(static_cast<SheetFilePage*>(wizard->page(SheetImportWizard::FilePageId))->errorText().toStdString());
    }

    // The mapping as recognised; the unknown last column is chosen by hand (the official's note).
    auto* mapping = static_cast<SheetMappingPage*>(wizard->currentPage());
    REQUIRE(mapping->fieldCombo(1));
    CHECK(mapping->fieldCombo(1)->currentData().toInt() == static_cast<int>(SheetField::FullName));
    CHECK(mapping->fieldCombo(3)->currentData().toInt() == static_cast<int>(SheetField::BirthDate));
    REQUIRE(mapping->fieldCombo(5));
    CHECK(mapping->fieldCombo(5)->currentData().toInt() == static_cast<int>(SheetField::None));
    mapping->choose(5, SheetField::Note);
    // Choosing the name's field for another column takes it from the first; with no column for a required field,
    // the page names it and Next waits.
    mapping->choose(2, SheetField::FullName);
    CHECK(mapping->fieldCombo(1)->currentData().toInt() == static_cast<int>(SheetField::None));
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());
    mapping->choose(2, SheetField::Gender);
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(mapping, "errorLabel")
              ->toolTip()
              .contains(SheetFields::label(SheetField::FullName, SheetImportKind::Officials)));
    mapping->choose(1, SheetField::FullName);
    CHECK(mapping->fieldCombo(1)->currentData().toInt() == static_cast<int>(SheetField::FullName));
    CHECK(mapping->isComplete());
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == SheetImportWizard::PreviewPageId);

    // The preview: the bad row named by row and column; Import disabled until the user leaves it out.
    auto* problems = child<QListWidget>(wizard, "problemList");
    REQUIRE(problems->count() >= 1);
    CHECK(problems->item(0)->text() == QStringLiteral("row 3, Ngày sinh: 31/02/1975 is not a date"));
    auto* rows = child<QTableWidget>(wizard, "rowsTable");
    CHECK(rows->rowCount() == 3);
    CHECK(child<QLabel>(wizard, "countsLabel")->text().contains(QStringLiteral("2 valid")));
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    CHECK_FALSE(child<QCheckBox>(wizard, "createOfficialsCheck")->isVisible());
    CHECK(checksum(desk.db()) == before);
    tick(child<QCheckBox>(wizard, "skipErrorsCheck"));
    CHECK(child<QCheckBox>(wizard, "skipErrorsCheck")->isChecked());
    click(wizard->button(QWizard::CommitButton));
    waitUntil([wizard] { return wizard->currentId() == SheetImportWizard::SummaryPageId; });
    const QString summary = static_cast<SummaryPage*>(wizard->currentPage())->text();
    CHECK(summary.contains(QStringLiteral("2 official(s) imported")));
    CHECK(summary.contains(QStringLiteral("1 row(s) with errors left out")));
    CHECK(countOf(desk.db(), "official") == officialsBefore + 2);
    CHECK(sql::scalar(desk.db().sql(), QStringLiteral("SELECT count(*) FROM official WHERE note = 'c'"))
              .value()
              .toInt() == 1);
    auto* officials = desk.window.findChild<QTableView*>(QStringLiteral("officialsTable"));
    REQUIRE(officials);
    CHECK(officials->model()->rowCount() == officialsBefore + 2);
}

// A measure, not a test: how long the whole demo takes through the GUI path (dialog and wizard, progress and
// events included). Run with: ntm_gui_tests "[.transfer-speed]"

TEST_CASE("A workbook's worksheet is chosen on the first page, rotations may create the officials they name",
          "[gui][transfer]")
{
    Desk desk(true);
    const QString xlsx = desk.tmp.path(QStringLiteral("luan-chuyen.xlsx"));
    TableData notes{
        QStringLiteral("Ghi chú"), {{QStringLiteral("Nội dung")}}, {{QStringLiteral("Danh sách kèm theo")}}, QString()};
    TableData sheet{
        QStringLiteral("Luân chuyển 2019"),
        {{QStringLiteral("Họ và tên")},
         {QStringLiteral("Ngày sinh"), TableColumn::Type::Date},
         {QStringLiteral("Số quyết định")},
         {QStringLiteral("Ngày quyết định"), TableColumn::Type::Date},
         {QStringLiteral("Cơ quan ban hành")},
         {QStringLiteral("Xã")},
         {QStringLiteral("Chức vụ tại xã")},
         {QStringLiteral("Từ ngày"), TableColumn::Type::Date},
         {QStringLiteral("Đến ngày"), TableColumn::Type::Date}},
        {{QStringLiteral("Đặng Văn Tùng"), QDate(1983, 4, 2), QStringLiteral("301-QĐ/HU"), QDate(2019, 6, 20),
          QStringLiteral("Ban Thường vụ Huyện ủy Đức Thọ"), QStringLiteral("Xã Đức Lạng"),
          QStringLiteral("Phó Bí thư Đảng ủy xã"), QDate(2019, 7, 1), QDate(2022, 6, 30)}},
        QString()};
    REQUIRE(XlsxWriter::write(xlsx, {notes, sheet}).ok());
    const qint64 officials = countOf(desk.db(), "official");
    const qint64 rotations = countOf(desk.db(), "rotation");

    desk.trigger("actionImportSheet");
    auto* wizard = desk.dialog<SheetImportWizard>();
    auto* path = child<QLineEdit>(wizard, "pathEdit");
    typeText(path, xlsx);
    Q_EMIT path->editingFinished();
    auto* sheets = child<QComboBox>(wizard, "sheetCombo");
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->isEnabled());
    sheets->setCurrentIndex(1);
    tick(child<QRadioButton>(wizard, "rotationsRadio"));
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == SheetImportWizard::MappingPageId);
    CHECK(wizard->preview()->sheetName == QStringLiteral("Luân chuyển 2019"));
    click(wizard->button(QWizard::NextButton));
    REQUIRE(wizard->currentId() == SheetImportWizard::PreviewPageId);

    // The official is not in the register: an error, until the user lets the import create them.
    auto* problems = child<QListWidget>(wizard, "problemList");
    REQUIRE(problems->count() >= 1);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("row 2, Họ và tên: ")));
    CHECK_FALSE(wizard->button(QWizard::CommitButton)->isEnabled());
    auto* create = child<QCheckBox>(wizard, "createOfficialsCheck");
    REQUIRE(create->isVisible());
    tick(create);
    CHECK(wizard->preview()->errors.isEmpty());
    CHECK(wizard->preview()->officialsToCreate == 1);
    CHECK(child<QLabel>(wizard, "countsLabel")->text().contains(QStringLiteral("1 new official(s) to create")));
    click(wizard->button(QWizard::CommitButton));
    waitUntil([wizard] { return wizard->currentId() == SheetImportWizard::SummaryPageId; });
    const QString summary = static_cast<SummaryPage*>(wizard->currentPage())->text();
    CHECK(summary.contains(QStringLiteral("1 rotation decision(s) imported")));
    CHECK(summary.contains(QStringLiteral("1 official(s) created")));
    CHECK(countOf(desk.db(), "official") == officials + 1);
    CHECK(countOf(desk.db(), "rotation") == rotations + 1);
}
