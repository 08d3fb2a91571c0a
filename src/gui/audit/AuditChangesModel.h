// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/AuditLog.h"

#include <QStandardItemModel>

namespace ntm::gui {

/// The fields one audit entry changed: field, before, after (AuditTrail::changes).
class AuditChangesModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    explicit AuditChangesModel(QObject* parent = nullptr);

    /// Shows the changes of `entry`; nullptr empties the table.
    void setEntry(const core::AuditEntry* entry);
    /// Names the two value columns ("Before" and "After" unless set).
    void setValueHeaders(const QString& before, const QString& after);
};

} // namespace ntm::gui
