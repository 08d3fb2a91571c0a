// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup/MemberResultsTab.h"
#include "common/TableSetup.h"

#include "ui_MemberResultsTab.h"

#include "followup/MemberResultsModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace ntm::gui {

using namespace ntm::core;

MemberResultsTab::MemberResultsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::MemberResultsTab>()), m_model(new MemberResultsModel(this)),
      m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("memberResultsTab"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(MemberResultsModel::SortRole);
    m_ui->membersTable->setModel(m_sorted);
    m_ui->membersTable->verticalHeader()->hide();
    fitHeaders(m_ui->membersTable);
    connect(m_ui->membersTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MemberResultsTab::updateButtons);
    connect(m_ui->membersTable, &QTableView::doubleClicked, this, [this] { request(true); });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] { request(true); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { request(false); });
    updateButtons();
}

MemberResultsTab::~MemberResultsTab() = default;

void MemberResultsTab::setContext(const std::shared_ptr<const FollowUpContext>& context)
{
    m_context = context;
    m_model->setRows(MemberSummaries::all(context->data, context->asOf));
    m_ui->membersTable->resizeColumnsToContents();
    updateButtons();
}

void MemberResultsTab::updateButtons()
{
    const bool selected = m_ui->membersTable->currentIndex().isValid();
    m_ui->printButton->setEnabled(selected);
    m_ui->exportButton->setEnabled(selected);
}

void MemberResultsTab::request(bool print)
{
    const QModelIndex i = m_sorted->mapToSource(m_ui->membersTable->currentIndex());
    const MemberSummary* s = i.isValid() ? m_model->rowAt(i.row()) : nullptr;
    if (m_context && s) {
        Q_EMIT summaryRequested(m_context->communeId, s->personKey, m_context->asOf, print);
    }
}

} // namespace ntm::gui
