// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/PackagePreviewPage.h"

#include "ui_PackagePreviewPage.h"

#include "common/TableSetup.h"
#include "transfer/Banner.h"
#include "transfer/ImportPackageWizard.h"
#include "util/Dates.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QSet>
#include <QTimer>

namespace ntm::gui {

using namespace ntm::core;

namespace {
constexpr int kExpandedConflicts = 12;

QString scopeKindLabel(const QString& key)
{
    if (key == QLatin1String("district")) {
        return PackagePreviewPage::tr("district");
    }
    if (key == QLatin1String("commune")) {
        return PackagePreviewPage::tr("commune");
    }
    return PackagePreviewPage::tr("whole database");
}

QTableWidgetItem* numberItem(qint64 n, bool bold = false)
{
    auto* item = new QTableWidgetItem(QLocale().toString(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont f = item->font();
    f.setBold(bold);
    item->setFont(f);
    return item;
}
} // namespace

PackagePreviewPage::PackagePreviewPage(ImportPackageWizard& wizard)
    : m_ui(std::make_unique<Ui::PackagePreviewPage>()), m_wizard(wizard)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_ui->progressBar->hide();
    banner::clear(m_ui->errorLabel);
    m_ui->countsTable->setColumnCount(6);
    m_ui->countsTable->setHorizontalHeaderLabels(
        {tr("Records"), tr("New"), tr("Changed"), tr("Unchanged"), tr("Conflicts"), tr("Outdated")});
    setupTable(m_ui->countsTable);
    m_ui->countsTable->setFocusPolicy(Qt::NoFocus);
    QHeaderView* header = m_ui->countsTable->horizontalHeader();
    header->setSectionsMovable(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->conflictTree->setMinimumHeight(160);
    m_ui->countsTable->horizontalHeaderItem(5)->setToolTip(
        tr("This database holds a newer version than the package: kept, nothing written"));
    m_ui->conflictTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->conflictTree->header()->setStretchLastSection(false);
    m_ui->conflictTree->header()->resizeSection(1, 250);
    m_ui->conflictTree->header()->resizeSection(2, 250);
}

PackagePreviewPage::~PackagePreviewPage() = default;

void PackagePreviewPage::initializePage()
{
    m_refused = false;
    banner::clear(m_ui->errorLabel);
    const Package* package = m_wizard.package();
    if (!package) {
        return;
    }
    const PackageManifest& m = package->manifest;
    const QLocale locale;
    QString text = tr("Package of %1 (%2), exported on %3 by %4 %5: %6 records.")
                       .arg(m.scopeName.toHtmlEscaped(), scopeKindLabel(m.scopeKind),
                            m.created.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            m.producerProgram.toHtmlEscaped(), m.producerVersion.toHtmlEscaped(),
                            locale.toString(package->recordCount()));
    const KindCounts t = m_wizard.preview()->totals();
    if (t.added + t.changed + t.conflicts == 0) {
        text += QStringLiteral("<br><b>") +
                tr("Every record of the package is already in this database (or older there): importing it writes "
                   "nothing.") +
                QStringLiteral("</b>");
    }
    m_ui->manifestLabel->setText(text);
    fillCounts();
    fillPolicies();
    fillConflicts();
}

void PackagePreviewPage::fillCounts()
{
    const PackageSummary& s = m_wizard.preview()->summary();
    m_ui->countsTable->setRowCount(0);
    auto addRow = [this](const QString& label, const KindCounts& k, bool bold) {
        const int row = m_ui->countsTable->rowCount();
        m_ui->countsTable->insertRow(row);
        auto* name = new QTableWidgetItem(label);
        QFont f = name->font();
        f.setBold(bold);
        name->setFont(f);
        m_ui->countsTable->setItem(row, 0, name);
        const qint64 values[] = {k.added, k.changed, k.unchanged, k.conflicts, k.outdated};
        for (int c = 0; c < 5; ++c) {
            m_ui->countsTable->setItem(row, c + 1, numberItem(values[c], bold));
        }
        if (k.conflicts > 0) {
            m_ui->countsTable->item(row, 4)->setToolTip(tr("%n taken from the package", nullptr, int(k.taken)));
            m_ui->countsTable->item(row, 4)->setBackground(QColor(0xff, 0xe0, 0xb2));
        }
    };
    for (const KindSpec& spec : PackageSchema::kinds()) {
        const KindCounts& k = s.of(spec.kind);
        if (k.total() > 0) {
            QString label = PackageSchema::label(spec.kind);
            label[0] = label[0].toUpper();
            addRow(label, k, false);
        }
    }
    addRow(tr("Total"), s.totals(), true);
    // Up to eight lines without scrolling; the conflicts get the rest of the page.
    const QHeaderView* header = m_ui->countsTable->horizontalHeader();
    constexpr int kRowsShown = 8;
    const int rows = std::min(m_ui->countsTable->rowCount(), kRowsShown);
    // The first kind in conflict in sight, once the table is laid out: there the user has something to decide.
    QTimer::singleShot(0, this, [this] {
        for (int row = 0; row < m_ui->countsTable->rowCount() - 1; ++row) {
            if (m_ui->countsTable->item(row, 4)->text() != QLocale().toString(0)) {
                m_ui->countsTable->scrollToItem(m_ui->countsTable->item(row, 0), QAbstractItemView::PositionAtBottom);
                break;
            }
        }
    });
    m_ui->countsTable->setFixedHeight(header->height() +
                                      rows * m_ui->countsTable->verticalHeader()->defaultSectionSize() +
                                      2 * m_ui->countsTable->frameWidth() + 2);
}

void PackagePreviewPage::fillPolicies()
{
    while (m_ui->policyLayout->rowCount() > 0) {
        m_ui->policyLayout->removeRow(0);
    }
    QList<PackageKind> kinds;
    QHash<PackageKind, int> counts;
    for (const PackageConflict& c : m_wizard.preview()->conflicts()) {
        if (!counts.contains(c.kind)) {
            kinds.append(c.kind);
        }
        ++counts[c.kind];
    }
    m_ui->conflictGroup->setVisible(!kinds.isEmpty());
    for (PackageKind kind : std::as_const(kinds)) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("policy_") + PackageSchema::key(kind));
        combo->addItem(tr("Keep this database's version"), static_cast<int>(ConflictPolicy::Keep));
        combo->addItem(tr("Take the package's version"), static_cast<int>(ConflictPolicy::Take));
        combo->setCurrentIndex(m_wizard.policies().of(kind) == ConflictPolicy::Take ? 1 : 0);
        connect(combo, &QComboBox::activated, this, [this, kind](int index) { policyChanged(kind, index); });
        QString label = tr("%1 (%n conflict(s))", nullptr, counts.value(kind)).arg(PackageSchema::label(kind));
        label[0] = label[0].toUpper();
        m_ui->policyLayout->addRow(label, combo);
    }
}

void PackagePreviewPage::fillConflicts()
{
    m_ui->conflictTree->clear();
    int shown = 0;
    for (const PackageConflict& c : m_wizard.preview()->conflicts()) {
        QString kind = PackageSchema::label(c.kind);
        kind[0] = kind[0].toUpper();
        auto* item = new QTreeWidgetItem(m_ui->conflictTree, {kind + QStringLiteral(": ") + c.label});
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, c.label);
        for (const FieldDifference& d : c.differences) {
            auto* child =
                new QTreeWidgetItem(item, {PackageSchema::fieldLabel(d.field), d.databaseValue, d.packageValue});
            for (int col = 1; col < 3; ++col) {
                child->setToolTip(col, child->text(col));
            }
        }
        item->setExpanded(shown++ < kExpandedConflicts);
    }
}

QComboBox* PackagePreviewPage::policyCombo(PackageKind kind) const
{
    return findChild<QComboBox*>(QStringLiteral("policy_") + PackageSchema::key(kind));
}

void PackagePreviewPage::policyChanged(PackageKind kind, int index)
{
    m_wizard.policies().byKind.insert(kind, index == 1 ? ConflictPolicy::Take : ConflictPolicy::Keep);
    banner::clear(m_ui->errorLabel);
    // A conflict taken from the package is checked like a change: compare again.
    const Status compared = m_wizard.compare(m_ui->progressBar);
    m_ui->progressBar->hide();
    m_refused = !compared;
    if (!compared) {
        banner::showError(m_ui->errorLabel, compared.error().message);
    } else {
        fillCounts();
    }
    Q_EMIT completeChanged();
}

bool PackagePreviewPage::isComplete() const
{
    return !m_refused && m_wizard.preview() && m_wizard.preview()->canImport() && !m_wizard.isBusy();
}

bool PackagePreviewPage::validatePage()
{
    return isComplete();
}

} // namespace ntm::gui
