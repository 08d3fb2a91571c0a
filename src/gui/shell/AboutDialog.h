// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/ProgramInfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

class QPushButton;

namespace ntm::core {
class Database;
}

namespace ntm::gui {

/// Help → About: the program's version, the schema version of the open database beside the one this program
/// writes, the criteria sets shipped inside the program, the Qt and SQLite it runs on, and the licence.
/// "Copy details" puts the same as plain text on the clipboard, for a report of a problem.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `database` may be null (no database open); `path` is its file.
    AboutDialog(const core::Database* database, const QString& path, QWidget* parent = nullptr);
    ~AboutDialog() override;

    /// The details as plain text, one fact a line (what "Copy details" copies).
    QString detailsText() const;

private:
    /// Label and value of each fact, in order; the criteria sets come after.
    QList<std::pair<QString, QString>> facts() const;
    QString detailsHtml() const;
    void copyDetails();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    core::ProgramInfo m_info;
    QString m_databaseName; ///< The open database's file name; empty when none is open.
    int m_databaseSchema = 0;
};

} // namespace ntm::gui
