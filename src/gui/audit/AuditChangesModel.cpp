// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChangesModel.h"

#include "audit/AuditTrail.h"

namespace ntm::gui {

using namespace ntm::core;

AuditChangesModel::AuditChangesModel(QObject* parent) : QStandardItemModel(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
}

void AuditChangesModel::setEntry(const AuditEntry* entry)
{
    removeRows(0, rowCount());
    if (!entry) {
        return;
    }
    for (const AuditChange& c : AuditTrail::changes(*entry)) {
        QList<QStandardItem*> row;
        for (const QString& text : {c.field, c.before, c.after}) {
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            item->setToolTip(text);
            row.append(item);
        }
        appendRow(row);
    }
}

} // namespace ntm::gui
