// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/FieldErrors.h"
#include "domain/People.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RotationDialog;
}

class QStandardItemModel;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Enters or edits a rotation decision: every field, with the official and the commune found by typing
/// (diacritics optional). Save runs core's rotation rules: errors are shown beside their field and keep the
/// dialog open; warnings (short term, two holders of one position) ask for confirmation. Nothing is written
/// here: the caller pushes an undo command.
class RotationDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `existing` is null for a new decision; `officialId` preselects an official for a new one.
    RotationDialog(core::Database& db, const core::Rotation* existing, QWidget* parent = nullptr,
                   const QString& officialId = {});
    ~RotationDialog() override;

    core::Rotation rotation() const;
    QString officialName() const;
    const FieldErrors& errors() const { return m_errors; }
    /// Selects an official / a commune by id (also what picking from the completer does).
    void selectOfficial(const QString& id);
    void selectCommune(const QString& id);

    void accept() override;

private:
    void fillOfficials();
    void fillCommunes();
    void fillChoices();
    void officialChosen();
    QString selectedId(const QStandardItemModel* model, const QString& text) const;
    /// The labels whose folded form starts with the typed text, to name them when it names several.
    QStringList candidates(const QStandardItemModel* model, const QString& text) const;

    std::unique_ptr<Ui::RotationDialog> m_ui;
    core::Database& m_db;
    core::Rotation m_original;
    FieldErrors m_errors;
    QStandardItemModel* m_officials;
    QStandardItemModel* m_communes;
};

} // namespace ntm::gui
