// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sheetimport/ColumnMapping.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class SheetMappingPage;
}

class QComboBox;

namespace ntm::gui {

class SheetImportWizard;

/// Second page of the spreadsheet import: one line per column of the sheet with its header, its first value
/// and the field it fills, as recognised from the header; a list on each line changes it. A required field
/// that no column fills is named, and Next waits until one does.
class SheetMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit SheetMappingPage(SheetImportWizard& wizard);
    ~SheetMappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    /// The list choosing the field of a column (0 = A), or nullptr when the page does not show that column.
    QComboBox* fieldCombo(int column) const;
    /// Chooses the field of a column as a user does with its list.
    void choose(int column, core::SheetField field);

private:
    void fieldChosen(int column, core::SheetField field);
    void showMapping();

    std::unique_ptr<Ui::SheetMappingPage> m_ui;
    SheetImportWizard& m_wizard;
    core::ColumnMapping m_mapping;
    QList<int> m_rowColumns; ///< The sheet column shown on each line of the table.
};

} // namespace ntm::gui
