// SPDX-License-Identifier: GPL-3.0-or-later
// Qt's own widgets speak Vietnamese in the Vietnamese interface: the program ships the translation of the Qt strings
// it shows (Debian's Qt 6.4 has no qtbase_vi), so message boxes, file dialogs, button boxes, context menus, wizards
// and calendars have no English left.
#include "GuiHelpers.h"

#include "app/Translations.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QWizard>

#include <memory>

using namespace ntm::test;

namespace {
/// Vietnamese for the test's duration, English (the other tests' language) afterwards.
struct VietnameseUi
{
    VietnameseUi() { REQUIRE(ntm::gui::Translations::install(QStringLiteral("vi"))); }
    ~VietnameseUi() { ntm::gui::Translations::install(QStringLiteral("en")); }
    VietnameseUi(const VietnameseUi&) = delete;
    VietnameseUi& operator=(const VietnameseUi&) = delete;
};

QStringList actionTexts(const QMenu* menu)
{
    QStringList out;
    for (const QAction* a : menu->actions()) {
        if (!a->isSeparator()) {
            out.append(a->text().section(QLatin1Char('\t'), 0, 0));
        }
    }
    return out;
}
} // namespace

TEST_CASE("Message boxes and button boxes show Vietnamese button texts", "[gui][i18n]")
{
    VietnameseUi vi;
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("q"),
                    QMessageBox::Yes | QMessageBox::No);
    CHECK(box.button(QMessageBox::Yes)->text() == QStringLiteral("&Có"));
    CHECK(box.button(QMessageBox::No)->text() == QStringLiteral("&Không"));
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save |
                             QDialogButtonBox::Close | QDialogButtonBox::Apply);
    CHECK(buttons.button(QDialogButtonBox::Ok)->text() == QStringLiteral("Đồng ý"));
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Hủy"));
    CHECK(buttons.button(QDialogButtonBox::Save)->text() == QStringLiteral("Lưu"));
    CHECK(buttons.button(QDialogButtonBox::Close)->text() == QStringLiteral("Đóng"));
    CHECK(buttons.button(QDialogButtonBox::Apply)->text() == QStringLiteral("Áp dụng"));
}

TEST_CASE("The file dialog is in Vietnamese", "[gui][i18n]")
{
    VietnameseUi vi;
    TempFolder tmp;
    QFileDialog dialog(nullptr, QStringLiteral("t"), tmp.path(QString()));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"))->text() == QStringLiteral("Tìm trong:"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("fileNameLabel"))->text() == QStringLiteral("&Tên tệp:"));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("fileTypeLabel"))->text() == QStringLiteral("Loại tệp:"));
    const auto* box = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"));
    REQUIRE(box);
    CHECK(box->button(QDialogButtonBox::Save)->text() == QStringLiteral("&Lưu"));
    CHECK(box->button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Hủy"));
    CHECK(dialog.findChild<QToolButton*>(QStringLiteral("newFolderButton"))->toolTip() ==
          QStringLiteral("Tạo thư mục mới"));
    // Every visible text of the dialog: no English word left among its labels and buttons.
    QStringList english;
    for (const QAbstractButton* b : dialog.findChildren<QAbstractButton*>()) {
        for (const QString& t : {b->text(), b->toolTip()}) {
            if (t.contains(QRegularExpression(QStringLiteral("\\b(Save|Cancel|Open|Back|Forward|Parent|Folder|"
                                                             "View|Look|File|Type)\\b")))) {
                english.append(t);
            }
        }
    }
    INFO(english.join(QStringLiteral(" | ")).toStdString());
    CHECK(english.isEmpty());
}

TEST_CASE("A text field's context menu and a wizard's buttons are in Vietnamese", "[gui][i18n]")
{
    VietnameseUi vi;
    QLineEdit edit(QStringLiteral("Đức Yên"));
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    const QStringList texts = actionTexts(menu.get());
    CHECK(texts.contains(QStringLiteral("&Hoàn tác")));
    CHECK(texts.contains(QStringLiteral("&Sao chép")));
    CHECK(texts.contains(QStringLiteral("&Dán")));
    CHECK(texts.contains(QStringLiteral("Chọn tất cả")));
    CHECK_FALSE(texts.contains(QStringLiteral("&Copy")));

    QWizard wizard;
    wizard.addPage(new QWizardPage);
    wizard.addPage(new QWizardPage);
    CHECK(wizard.button(QWizard::NextButton)->text().contains(QStringLiteral("Tiếp")));
    CHECK(wizard.button(QWizard::BackButton)->text().contains(QStringLiteral("Quay lại")));
    CHECK(wizard.button(QWizard::CancelButton)->text() == QStringLiteral("Hủy"));
    CHECK(wizard.button(QWizard::FinishButton)->text() == QStringLiteral("&Hoàn tất"));
}

TEST_CASE("The calendar names months in Vietnamese", "[gui][i18n]")
{
    VietnameseUi vi;
    // Qt 6.4's calendar has no strings of its own: its month and weekday names come from the default locale.
    QCalendarWidget calendar;
    calendar.setSelectedDate(QDate(2026, 3, 15));
    calendar.show();
    QApplication::processEvents();
    const auto* month = calendar.findChild<QToolButton*>(QStringLiteral("qt_calendar_monthbutton"));
    REQUIRE(month);
    CHECK(month->text() == QLocale(QLocale::Vietnamese, QLocale::Vietnam).standaloneMonthName(3));
    CHECK(month->text().contains(QStringLiteral("3")));
    CHECK_FALSE(month->text().contains(QStringLiteral("March")));
}
