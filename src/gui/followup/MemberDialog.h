// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/WorkingGroups.h"

#include <QDialog>

#include <memory>

class QStandardItemModel;

namespace Ui {
class MemberDialog;
}

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Adds or edits a member of a working group (linked to the officials register when chosen from it), or, to
/// replace a member on a date, asks who succeeds them: the successor takes the same role and the villages in the
/// outgoing member's charge (core's MemberReplacementService). Save checks core's rules.
class MemberDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Edit,   ///< add or edit a member
        Replace ///< name the successor of `member`
    };

    MemberDialog(core::Database& db, const core::GroupMember& member, Mode mode, const QString& groupName,
                 QWidget* parent = nullptr);
    ~MemberDialog() override;

    /// The member as edited; in Replace mode, the successor (person, position, note).
    core::GroupMember member() const;
    /// Replace mode: the day the successor takes over.
    QDate takesOver() const;
    void accept() override;

private:
    void fillOfficials();
    void officialChosen();
    QString chosenOfficial() const;

    std::unique_ptr<Ui::MemberDialog> m_ui;
    core::Database& m_db;
    core::GroupMember m_original;
    Mode m_mode;
    QStandardItemModel* m_officials;
    FieldErrors m_errors;
};

} // namespace ntm::gui
