// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/FileActions.h"

#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "common/FileNames.h"
#include "criteria/CriteriaImporter.h"
#include "db/Database.h"
#include "exchange/CsvWriter.h"
#include "exchange/XlsxWriter.h"
#include "shell/View.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace ntm::gui {

FileActions::FileActions(DatabaseSession& session, QWidget* window, std::function<View*()> currentView,
                         std::function<QDate()> asOf)
    : QObject(window), m_session(session), m_window(window), m_currentView(std::move(currentView)),
      m_asOf(std::move(asOf))
{
}

QString FileActions::databaseFilter()
{
    return tr("NTM Tracker databases (*.ntm);;All files (*)");
}

void FileActions::backup()
{
    if (!m_session.isOpen()) {
        return;
    }
    // "demo-backup-2026-11-29.ntm" beside the database.
    const QFileInfo current(m_session.path());
    const QString suggested = QDir(current.absolutePath())
                                  .filePath(fileNames::suggest({current.completeBaseName(), tr("backup")},
                                                               QDate::currentDate(), QStringLiteral("ntm")));
    QString path = Messages::saveFile(m_window, tr("Back up the database"), databaseFilter(), suggested);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".ntm");
    }
    if (const core::Status done = m_session.database()->backupTo(path); !done) {
        Messages::error(m_window, tr("Back up the database"), done.error().message);
        return;
    }
    Messages::information(m_window, tr("Back up the database"), tr("The database was copied to %1.").arg(path));
}

void FileActions::importCriteriaSet()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QString path =
        Messages::openFile(m_window, tr("Import criteria set"), tr("Criteria sets (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const auto outcome = core::CriteriaImporter(*m_session.database()).importFile(path);
    if (!outcome) {
        Messages::error(m_window, tr("Cannot import the criteria set"), outcome.error().message);
        return;
    }
    Messages::information(m_window, tr("Import criteria set"), outcome.value().describe());
    Q_EMIT criteriaImported();
}

void FileActions::exportTable()
{
    View* view = m_currentView();
    const auto table = view ? view->exportTable() : std::nullopt;
    if (!table) {
        return;
    }
    // A name from the view, what it is narrowed to and the shared date: "bang-tieu-chi-huyen-duc-tho-2026-11-29".
    const QString scope =
        fileNames::unitTitle(*m_session.database(), view->reportCommuneId(), view->reportDistrictId(), m_asOf());
    const QString suggested =
        fileNames::inFolder(m_folder, fileNames::suggest({view->title(), scope}, m_asOf(), QStringLiteral("xlsx")));
    QString path =
        Messages::saveFile(m_window, tr("Export table"), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"), suggested);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        path += QStringLiteral(".xlsx");
    }
    const core::Status written = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                     ? core::CsvWriter::write(path, *table)
                                     : core::XlsxWriter::write(path, {*table});
    if (!written) {
        Messages::error(m_window, tr("Export table"), written.error().message);
        return;
    }
    m_folder = QFileInfo(path).absolutePath();
    Q_EMIT statusMessage(tr("%n row(s) exported to %1", nullptr, static_cast<int>(table->rows.size())).arg(path), 8000);
}

} // namespace ntm::gui
