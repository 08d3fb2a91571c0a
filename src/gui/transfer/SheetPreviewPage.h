// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class SheetPreviewPage;
}

namespace ntm::gui {

class SheetImportWizard;

/// Third page of the spreadsheet import: every row with its outcome, the errors and warnings by row and column
/// ("row 14, Ngày sinh: 31/02/1975 is not a date"), the counts, and the choices that change what is written:
/// leave out the rows with errors (without it, Import stays disabled while any row has an error) and, for
/// rotations, create the officials not in the register. A commit page: Import writes.
class SheetPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SheetPreviewPage(SheetImportWizard& wizard);
    ~SheetPreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fill();
    void updateHint();
    void createOfficialsToggled(bool on);

    std::unique_ptr<Ui::SheetPreviewPage> m_ui;
    SheetImportWizard& m_wizard;
    QString m_failure; ///< A check that failed after an option changed (the file could no longer be read).
};

} // namespace ntm::gui
