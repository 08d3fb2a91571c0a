// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChangesModel.h"

#include "audit/AuditTrail.h"
#include "domain/Vocabulary.h"
#include "package/PackageSchema.h"

namespace ntm::gui {

using namespace ntm::core;

AuditChangesModel::AuditChangesModel(QObject* parent) : QStandardItemModel(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
}

void AuditChangesModel::setValueHeaders(const QString& before, const QString& after)
{
    setHorizontalHeaderLabels({tr("Field"), before, after});
}

void AuditChangesModel::setEntry(const AuditEntry* entry)
{
    removeRows(0, rowCount());
    if (!entry) {
        return;
    }
    for (const AuditChange& c : AuditTrail::changes(*entry)) {
        QList<QStandardItem*> row;
        // Fields and stored choices ("gender": "not_given") as people read them.
        const bool byUser = c.field == QLatin1String("recorded_by");
        const auto value = [byUser](const QString& v) {
            return byUser ? Vocabulary::userLabel(v) : Vocabulary::labelOfKey(v);
        };
        for (const QString& text : {PackageSchema::fieldLabel(c.field), value(c.before), value(c.after)}) {
            auto* item = new QStandardItem(text);
            item->setEditable(false);
            item->setToolTip(text);
            row.append(item);
        }
        appendRow(row);
    }
}

} // namespace ntm::gui
