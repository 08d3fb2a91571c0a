// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SheetFilePage;
}

namespace ntm::gui {

class SheetImportWizard;

/// First page of the spreadsheet import: the file, the kind of records and the worksheet. Next reads and checks
/// the sheet; a file that cannot be read (an .xls, another encoding than UTF-8, a damaged workbook) is said here.
class SheetFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SheetFilePage(SheetImportWizard& wizard);
    ~SheetFilePage() override;

    bool isComplete() const override;
    bool validatePage() override;
    /// The problem shown, or empty.
    QString errorText() const;

private:
    void browse();
    void loadSheetNames();

    std::unique_ptr<Ui::SheetFilePage> m_ui;
    SheetImportWizard& m_wizard;
    QString m_sheetsOf; ///< The file whose worksheets the list holds.
};

} // namespace ntm::gui
