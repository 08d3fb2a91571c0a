// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/SheetMappingPage.h"

#include "ui_SheetMappingPage.h"

#include "common/TableSetup.h"
#include "sheetimport/SheetPlausibility.h"
#include "sheetimport/SheetValueParser.h"
#include "transfer/Banner.h"
#include "transfer/SheetImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace ntm::gui {

using namespace ntm::core;

namespace {
enum MappingColumn
{
    LetterColumn,
    HeaderColumn,
    ExampleColumn,
    FieldColumn,
    RecognisedColumn
};
/// A sheet can be 16,384 columns wide; people map the first few dozen.
constexpr int kMaxColumns = 200;

/// The first value under the header in `column`, to help tell columns apart.
QString example(const SheetImportPreview& p, int column)
{
    for (int r = p.mapping.headerRow() + 1; r < p.sheet.rows.size(); ++r) {
        const QList<SheetCell>& row = p.sheet.rows.at(r);
        if (column < row.size() && !row.at(column).isEmpty()) {
            return SheetValueParser::text(row.at(column));
        }
    }
    return {};
}
} // namespace

SheetMappingPage::SheetMappingPage(SheetImportWizard& wizard)
    : m_ui(std::make_unique<Ui::SheetMappingPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    banner::clear(m_ui->errorLabel);
    m_ui->mappingTable->setColumnCount(5);
    m_ui->mappingTable->setHorizontalHeaderLabels(
        {tr("Column"), tr("Header in the sheet"), tr("First value"), tr("Imported as"), tr("Recognition")});
    setupTable(m_ui->mappingTable);
    m_ui->mappingTable->horizontalHeader()->setSectionsMovable(false);
    m_ui->mappingTable->horizontalHeader()->setSectionResizeMode(HeaderColumn, QHeaderView::Stretch);
    m_ui->mappingTable->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
}

SheetMappingPage::~SheetMappingPage() = default;

void SheetMappingPage::initializePage()
{
    const SheetImportPreview* p = m_wizard.preview();
    if (!p) {
        return;
    }
    m_mapping = p->mapping;
    const int dataRows = std::max(0, static_cast<int>(p->sheet.rows.size()) - p->mapping.headerRow() - 1);
    m_ui->sheetInfoLabel->setText(tr("Worksheet \"%1\": header on row %2, %n row(s) below it.", nullptr, dataRows)
                                      .arg(p->sheetName, QString::number(p->mapping.headerRow() + 1)));
    m_rowColumns.clear();
    m_ui->mappingTable->setRowCount(0);
    const QList<SheetFieldInfo> fields = SheetImport::fields(p->request.kind);
    for (const MappedColumn& c : m_mapping.columns()) {
        if ((c.header.isEmpty() && c.field == SheetField::None) || m_rowColumns.size() >= kMaxColumns) {
            continue;
        }
        const int row = m_ui->mappingTable->rowCount();
        m_ui->mappingTable->insertRow(row);
        m_rowColumns.append(c.column);
        m_ui->mappingTable->setItem(row, LetterColumn, new QTableWidgetItem(ColumnMapping::columnName(c.column)));
        m_ui->mappingTable->setItem(row, HeaderColumn, new QTableWidgetItem(c.header));
        m_ui->mappingTable->setItem(row, ExampleColumn, new QTableWidgetItem(example(*p, c.column)));
        m_ui->mappingTable->setItem(row, RecognisedColumn, new QTableWidgetItem());
        auto* combo = new QComboBox(m_ui->mappingTable);
        combo->setObjectName(QStringLiteral("field_") + ColumnMapping::columnName(c.column));
        combo->addItem(tr("— not imported —"), static_cast<int>(SheetField::None));
        for (const SheetFieldInfo& f : fields) {
            combo->addItem(f.required ? f.label + QStringLiteral(" *") : f.label, static_cast<int>(f.field));
        }
        combo->setToolTip(tr("* required"));
        const int column = c.column;
        connect(combo, &QComboBox::activated, this,
                [this, combo, column] { fieldChosen(column, static_cast<SheetField>(combo->currentData().toInt())); });
        m_ui->mappingTable->setCellWidget(row, FieldColumn, combo);
    }
    showMapping();
    m_ui->mappingTable->resizeColumnToContents(LetterColumn);
    m_ui->mappingTable->resizeColumnToContents(FieldColumn);
    m_ui->mappingTable->resizeColumnToContents(RecognisedColumn);
    m_ui->mappingTable->horizontalHeader()->resizeSection(ExampleColumn, 180);
}

QComboBox* SheetMappingPage::fieldCombo(int column) const
{
    const int row = m_rowColumns.indexOf(column);
    return row < 0 ? nullptr : qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, FieldColumn));
}

void SheetMappingPage::choose(int column, SheetField field)
{
    if (QComboBox* combo = fieldCombo(column)) {
        combo->setCurrentIndex(combo->findData(static_cast<int>(field)));
        fieldChosen(column, field);
    }
}

void SheetMappingPage::fieldChosen(int column, SheetField field)
{
    // A field is filled by one column: the column that had it before gives it up (showMapping shows that).
    m_mapping.set(column, field);
    showMapping();
    Q_EMIT completeChanged();
}

void SheetMappingPage::showMapping()
{
    const SheetImportKind kind = m_mapping.kind();
    for (int row = 0; row < m_rowColumns.size(); ++row) {
        const int column = m_rowColumns.at(row);
        const SheetField field = m_mapping.field(column);
        const SheetField recognised = m_wizard.recognised(column);
        auto* combo = qobject_cast<QComboBox*>(m_ui->mappingTable->cellWidget(row, FieldColumn));
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(field))));
        QString note;
        if (field == recognised && field != SheetField::None) {
            note = tr("✓ recognised from the header");
        } else if (field != recognised) {
            note = recognised == SheetField::None
                       ? tr("chosen by you")
                       : tr("changed by you (recognised: %1)").arg(SheetFields::label(recognised, kind));
        }
        m_ui->mappingTable->item(row, RecognisedColumn)->setText(note);
    }
    QStringList missing;
    for (SheetField f : m_mapping.missingRequired()) {
        missing.append(SheetFields::label(f, kind));
    }
    const auto identity = SheetPlausibility::identityProblem(m_mapping);
    if (missing.isEmpty() && !identity) {
        banner::clear(m_ui->errorLabel);
    } else if (missing.isEmpty()) {
        banner::showError(m_ui->errorLabel, *identity);
    } else {
        banner::showError(m_ui->errorLabel, tr("No column holds these required fields yet: %1. Choose the column that "
                                               "holds each.")
                                                .arg(missing.join(QStringLiteral(", "))));
    }
}

bool SheetMappingPage::isComplete() const
{
    return m_mapping.missingRequired().isEmpty() && !SheetPlausibility::identityProblem(m_mapping) &&
           !m_wizard.isBusy();
}

bool SheetMappingPage::validatePage()
{
    if (!isComplete()) {
        return false;
    }
    QHash<int, SheetField> fields;
    for (const MappedColumn& c : m_mapping.columns()) {
        fields.insert(c.column, c.field);
    }
    m_wizard.setColumns(fields);
    const Status checked = m_wizard.check(m_ui->progressBar, m_ui->stageLabel);
    m_ui->progressBar->hide();
    m_ui->stageLabel->hide();
    if (!checked) {
        banner::showError(m_ui->errorLabel, checked.error().message);
        return false;
    }
    return true;
}

} // namespace ntm::gui
