// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "ui_MainWindow.h"

#include "access/AccessActions.h"
#include "access/WriteAccess.h"
#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "assignments/AssignmentsView.h"
#include "audit/AuditView.h"
#include "backup/BackupActions.h"
#include "board/BoardView.h"
#include "common/DateEdit.h"
#include "common/DateFields.h"
#include "dashboard/DashboardView.h"
#include "db/Database.h"
#include "db/DatabaseWarnings.h"
#include "officials/OfficialsView.h"
#include "reports/ReportActions.h"
#include "review/ReviewView.h"
#include "server/ConnectServerDialog.h"
#include "shell/AboutDialog.h"
#include "shell/FileActions.h"
#include "shell/SettingsDialog.h"
#include "shell/UserGuide.h"
#include "timeline/TimelineView.h"
#include "transfer/TransferActions.h"
#include "units/UnitsView.h"
#include "util/Dates.h"

#include "shell/IllustrativeBadge.h"
#include <QCloseEvent>
#include <QDateEdit>

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoStack>

namespace ntm::gui {

MainWindow::MainWindow(DatabaseSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session), m_settings(settings),
      m_undo(new QUndoStack(this)), m_assignments(new AssignmentsView(this)), m_officials(new OfficialsView(this)),
      m_board(new BoardView(this)), m_dashboard(new DashboardView(this)), m_timeline(new TimelineView(this)),
      m_review(new ReviewView(this)),
      m_reports(
          new ReportActions(this, session, settings, [this] { return ReportScope::forView(currentView(), asOf()); })),
      m_databaseLabel(new QLabel(this)), m_summaryLabel(new QLabel(this)), m_asOfLabel(new QLabel(this)),
      m_illustrative(new IllustrativeBadge(this))
{
    m_ui->setupUi(this);
    // A long path must not widen the window: the label is cut, the tooltip holds the whole path.
    m_databaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_databaseLabel->setMinimumWidth(120);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_illustrative);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
    setupToolBar();
    addView(m_assignments, QStringLiteral("Ctrl+1"));
    addView(m_officials, QStringLiteral("Ctrl+2"));
    addView(m_board, QStringLiteral("Ctrl+3"));
    addView(m_dashboard, QStringLiteral("Ctrl+4"));
    auto* units = new UnitsView(this);
    addView(units, QStringLiteral("Ctrl+5"));
    addView(m_timeline, QStringLiteral("Ctrl+6"));
    addView(m_review, QStringLiteral("Ctrl+7"));
    addView(new AuditView(this), QStringLiteral("Ctrl+8"));
    connect(m_board, &BoardView::communeActivated, this, &MainWindow::showCommune);
    connect(units, &UnitsView::communeActivated, this, &MainWindow::showCommune);
    connect(m_dashboard, &DashboardView::timelineRequested, this, &MainWindow::showTimeline);
    // The commune looked at goes with the user: from the dashboard to the timeline (Ctrl+6) and back, and to the
    // next start.
    connect(m_dashboard, &DashboardView::communeChosen, this, &MainWindow::communeLookedAt);
    connect(m_timeline, &TimelineView::communeChosen, this, &MainWindow::communeLookedAt);
    connect(m_dashboard, &DashboardView::memberSummaryRequested, m_reports, &ReportActions::memberSummary);
    connect(m_dashboard, &DashboardView::recordRequested, this, [this](const QString& communeId) {
        showView(m_board->objectName());
        m_board->recordSeveral(communeId);
    });
    setupMenus();
    m_access = new AccessActions(m_session, this, m_ui->menuAccount);
    statusBar()->addPermanentWidget(m_access->statusLabel());
    connect(m_access, &AccessActions::signedIn, this, [this] {
        m_backups->databaseOpened();
        updateWriteActions();
        showStartView();
    });
    m_backups = new BackupActions(m_session, m_settings, this, m_ui->actionRestore);
    connect(m_backups, &BackupActions::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(m_officials, &OfficialsView::newRotationRequested, this, [this](const QString& officialId) {
        showView(m_assignments->objectName());
        m_assignments->newRotation(officialId);
    });
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->viewStack->setCurrentIndex(row);
        updateStatus();
    });
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    // Live views: another user's commit is shown where the user is (hidden views when next shown).
    connect(&m_session, &DatabaseSession::changedElsewhere, this, [this] {
        for (View* v : std::as_const(m_views)) {
            v->refreshWhenShown();
        }
        statusBar()->showMessage(tr("Updated with changes saved by other users."), 4000);
    });
    // A server that restarted or a network that dropped: said until the connection is back, then the views read
    // what others saved meanwhile (the watcher's next signal).
    connect(&m_session, &DatabaseSession::connectionLost, this, [this] {
        statusBar()->showMessage(tr("The connection to the server %1 is lost; connecting again…")
                                     .arg(m_session.database() ? m_session.database()->displayName() : QString()));
    });
    connect(&m_session, &DatabaseSession::reconnected, this, [this] {
        for (View* v : std::as_const(m_views)) {
            v->refreshWhenShown(); // what others saved while the connection was down was not notified
        }
        statusBar()->showMessage(tr("Connected again to the server %1.")
                                     .arg(m_session.database() ? m_session.database()->displayName() : QString()),
                                 8000);
    });
    // After any undo, redo or new action, every view shows the data as it now is (hidden ones when next shown).
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        for (View* v : std::as_const(m_views)) {
            v->refreshWhenShown();
        }
    });
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({170, 1000});
    m_ui->mainSplitter->restoreState(m_settings.headerState(QStringLiteral("mainSplitter")));
    for (View* v : std::as_const(m_views)) {
        v->restoreViewState(m_settings.headerState(v->objectName()));
    }
    m_ui->navigationList->setCurrentRow(0);
    refreshRecentMenu();
    onDatabaseChanged();
}

MainWindow::~MainWindow()
{
    // The undo stack is cleared while the window's children are destroyed: views must not refresh then.
    disconnect(m_undo, nullptr, this, nullptr);
}

void MainWindow::addView(View* view, const QString& shortcut)
{
    m_views.append(view);
    m_ui->viewStack->addWidget(view);
    m_ui->navigationList->addItem(view->title());
    view->setUndoStack(m_undo);
    view->setSettings(&m_settings);
    view->setAsOf(asOf());
    QAction* show = m_ui->menuView->addAction(view->title());
    show->setShortcut(QKeySequence(shortcut));
    connect(show, &QAction::triggered, this, [this, view] { showView(view->objectName()); });
    connect(view, &View::summaryChanged, this, [this, view](const QString& summary) {
        m_summaries.insert(view, summary);
        if (view == currentView()) {
            updateStatus();
        }
    });
    connect(view, &View::errorOccurred, this,
            [this](const QString& message) { Messages::error(this, tr("NTM Tracker"), message); });
}

void MainWindow::setupToolBar()
{
    auto* label = new QLabel(tr("As of"), this);
    label->setContentsMargins(8, 0, 4, 0);
    auto* asOf = new DateEdit(this);
    m_asOfEdit = asOf;
    // A typed date that is refused is said in the status bar too (the field's tooltip may be missed).
    connect(asOf, &DateEdit::refused, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    dateFields::setup(m_asOfEdit);
    m_asOfEdit->setDate(QDate::currentDate());
    m_asOfEdit->setToolTip(tr("Every view shows the data as it stood on this date"));
    label->setBuddy(m_asOfEdit);
    auto* today = new QToolButton(this);
    today->setObjectName(QStringLiteral("todayButton"));
    today->setText(tr("Today"));
    m_ui->mainToolBar->addWidget(label);
    m_ui->mainToolBar->addWidget(m_asOfEdit);
    m_ui->mainToolBar->addWidget(today);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &MainWindow::onAsOfChanged);
    connect(today, &QToolButton::clicked, this, [this] { m_asOfEdit->setDate(QDate::currentDate()); });
}

void MainWindow::setupMenus()
{
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(QStringLiteral("Ctrl+Y"))});
    QAction* first = m_ui->menuEdit->actions().value(0);
    m_ui->menuEdit->insertAction(first, undo);
    m_ui->menuEdit->insertAction(first, redo);
    m_ui->menuEdit->insertSeparator(first);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionConnectServer, &QAction::triggered, this, [this] { connectToServer(); });
    auto* files = new FileActions(
        m_session, this, [this] { return currentView(); }, [this] { return asOf(); });
    connect(m_ui->actionBackup, &QAction::triggered, files, &FileActions::backup);
    connect(m_ui->actionImportCriteria, &QAction::triggered, files, &FileActions::importCriteriaSet);
    connect(m_ui->actionExport, &QAction::triggered, files, &FileActions::exportTable);
    connect(files, &FileActions::criteriaImported, this, [this] {
        for (View* v : std::as_const(m_views)) {
            v->refreshWhenShown();
        }
    });
    connect(files, &FileActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_ui->actionPrintReport, &QAction::triggered, m_reports, &ReportActions::print);
    connect(m_ui->actionExportReport, &QAction::triggered, m_reports, &ReportActions::exportPdf);
    auto* transfer = new TransferActions(m_session, m_settings, this);
    connect(m_ui->actionExportPackage, &QAction::triggered, transfer, &TransferActions::exportPackage);
    connect(m_ui->actionImportPackage, &QAction::triggered, transfer, &TransferActions::importPackage);
    connect(m_ui->actionImportSheet, &QAction::triggered, transfer, &TransferActions::importSpreadsheet);
    connect(transfer, &TransferActions::dataImported, this, &MainWindow::reloadAfterImport);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (View* v = currentView()) {
            v->focusSearch();
        }
    });
    connect(m_ui->actionNewOfficial, &QAction::triggered, this, [this] {
        showView(m_officials->objectName());
        m_officials->newOfficial();
    });
    connect(m_ui->actionNewRotation, &QAction::triggered, this, [this] {
        showView(m_assignments->objectName());
        m_assignments->newRotation();
    });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] {
        auto* guide = new UserGuide(m_settings.language(), this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->open();
    });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
}

View* MainWindow::currentView() const
{
    return qobject_cast<View*>(m_ui->viewStack->currentWidget());
}

void MainWindow::showView(const QString& objectName)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i)->objectName() == objectName) {
            m_ui->navigationList->setCurrentRow(i);
        }
    }
}

void MainWindow::showCommune(const QString& communeId)
{
    m_dashboard->showCommune(communeId);
    showView(m_dashboard->objectName());
    communeLookedAt(communeId);
}

void MainWindow::showTimeline(const QString& communeId)
{
    m_timeline->showCommune(communeId);
    showView(m_timeline->objectName());
    communeLookedAt(communeId);
}

void MainWindow::communeLookedAt(const QString& communeId)
{
    m_dashboard->setCommune(communeId);
    m_timeline->setCommune(communeId);
    if (m_session.isOpen() && !communeId.isEmpty()) {
        m_settings.setLastCommune(m_session.path(), communeId);
    }
}

void MainWindow::openStartCommune()
{
    // The signed-in commune leader's own commune, else the one looked at last in this database.
    const core::Database* db = m_session.database();
    if (!db) {
        return;
    }
    const QString communeId = db->actor().role == core::Role::CommuneLeader ? db->actor().communeId
                                                                            : m_settings.lastCommune(m_session.path());
    m_dashboard->setCommune(communeId);
    m_timeline->setCommune(communeId);
}

QDate MainWindow::asOf() const
{
    return m_asOfEdit ? m_asOfEdit->date() : QDate::currentDate();
}

void MainWindow::showStartView()
{
    openStartCommune();
    for (View* v : std::as_const(m_views)) {
        v->refresh();
    }
    const core::Database* db = m_session.database();
    const auto role = db ? db->actor().role : std::nullopt;
    if (role == core::Role::Personnel) {
        showView(m_assignments->objectName());
    } else if (role == core::Role::CommuneLeader) {
        // The commune's row of the criteria board, its first criterion chosen: the panel is ready to record. A
        // commune that no longer exists on the date (merged) is not on the board: its dashboard shows its history.
        showView(m_board->objectName());
        if (!m_board->selectCell(db->actor().communeId, 1)) {
            showCommune(db->actor().communeId);
        }
    } else if (role == core::Role::Reviewer) {
        showView(m_review->objectName());
    }
}

void MainWindow::updateWriteActions()
{
    // Menu commands that write: disabled for a role that may not use them, the reason in their tooltip.
    core::Database* db = m_session.database();
    const bool open = db != nullptr;
    writeAccess::apply(m_ui->actionNewOfficial, db, core::RecordKind::Official, std::nullopt, open);
    writeAccess::apply(m_ui->actionNewRotation, db, core::RecordKind::Rotation, std::nullopt, open);
    writeAccess::apply(m_ui->actionImportCriteria, db, core::RecordKind::CriteriaSet, std::nullopt, open);
    // A sheet of officials or of rotations: either kind is enough to open the import.
    const bool rotationsOnly = db && core::AccessPolicy::mayWriteKind(db->actor(), core::RecordKind::Rotation) &&
                               !core::AccessPolicy::mayWriteKind(db->actor(), core::RecordKind::Official);
    writeAccess::apply(m_ui->actionImportSheet, db,
                       rotationsOnly ? core::RecordKind::Rotation : core::RecordKind::Official, std::nullopt, open);
}

void MainWindow::onAsOfChanged(const QDate& date)
{
    for (View* v : std::as_const(m_views)) {
        v->setAsOf(date);
    }
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_summaryLabel->setText(m_summaries.value(currentView()));
    m_asOfLabel->setText(tr("As of %1").arg(core::dates::toDisplay(asOf())));
    m_ui->actionExport->setEnabled(m_session.isOpen() && currentView() && currentView()->hasExportTable());
    m_ui->actionPrintReport->setEnabled(m_session.isOpen());
    m_ui->actionExportReport->setEnabled(m_session.isOpen());
}

bool MainWindow::openDatabase(const QString& path)
{
    const core::Status opened = m_session.open(path);
    if (!opened && core::DatabaseLocation::isServerUri(path)) {
        // A server keeps its recent entry: it may be down, or want the password that is never stored.
        connectToServer(path, opened.error().message);
        return false;
    }
    if (!opened) {
        Messages::error(this, tr("Cannot open the database"), opened.error().message);
        if (!QFileInfo::exists(path)) {
            m_settings.removeRecentFile(path);
            refreshRecentMenu();
        }
        return false;
    }
    return true;
}

void MainWindow::openAtStart(const QString& requested)
{
    const QString path = requested.isEmpty() ? m_settings.lastDatabase() : requested;
    if (!path.isEmpty() &&
        (QFileInfo::exists(path) || !requested.isEmpty() || core::DatabaseLocation::isServerUri(path))) {
        openDatabase(path);
    }
    if (m_session.isOpen()) {
        return;
    }
    QProgressDialog progress(tr("Preparing the demo database…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(200);
    const core::Status opened = m_session.openDefault([&](int done, int total, const QString& what) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(what);
        return true;
    });
    if (!opened) {
        Messages::error(this, tr("Cannot open the database"), opened.error().message);
    }
}

void MainWindow::newDatabase()
{
    QString path = Messages::saveFile(this, tr("New database"), FileActions::databaseFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".ntm");
    }
    const bool demo = Messages::confirm(this, tr("New database"),
                                        tr("Fill the new database with the Hà Tĩnh demo data (real districts and "
                                           "communes, illustrative histories)?"));
    QProgressDialog progress(tr("Creating the database…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const core::Status created = m_session.create(path, demo, [&](int done, int total, const QString& what) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(what);
        return !progress.wasCanceled();
    });
    if (!created) {
        Messages::error(this, tr("Cannot create the database"), created.error().message);
    }
}

void MainWindow::chooseDatabase()
{
    const QString path = Messages::openFile(this, tr("Open database"), FileActions::databaseFilter());
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::connectToServer(const QString& uri, const QString& message)
{
    auto* dialog = new ConnectServerDialog(m_session, m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!uri.isEmpty()) {
        dialog->setLocation(uri, message);
    }
    dialog->open();
}

void MainWindow::reloadAfterImport()
{
    // An import is one transaction, not an undoable step: the undo history of the records it may have changed
    // no longer holds, so it is cleared (the user guide says so; a backup is the way back).
    if (m_undo->count() > 0) {
        m_undo->clear(); // its indexChanged refreshes every view
    } else {
        for (View* v : std::as_const(m_views)) {
            v->refresh();
        }
    }
    updateStatus();
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->save()) {
            Messages::information(this, tr("Settings"), tr("The new language applies when NTM Tracker starts again."));
        }
        for (View* v : std::as_const(m_views)) {
            v->setSettings(&m_settings);
            v->setAsOf(asOf());
        }
    });
    dialog->open();
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(m_session.database(), m_session.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString& f : files) {
        const auto location = core::DatabaseLocation::parse(f);
        QAction* action = m_ui->menuRecent->addAction(location ? location.value().shortName() : f);
        action->setToolTip(f);
        action->setStatusTip(f);
        connect(action, &QAction::triggered, this, [this, f] { openDatabase(f); });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::onDatabaseChanged()
{
    m_undo->clear();
    const bool open = m_session.isOpen();
    for (View* v : std::as_const(m_views)) {
        v->setDatabase(m_session.database());
    }
    openStartCommune();
    for (QAction* a : {m_ui->actionBackup, m_ui->actionExportPackage, m_ui->actionImportPackage}) {
        a->setEnabled(open);
    }
    updateWriteActions();
    if (open) {
        const QString path = m_session.path();
        m_settings.addRecentFile(path);
        m_settings.setLastDatabase(path);
        refreshRecentMenu();
        const core::Database* db = m_session.database();
        const QString shown = db->isServer() ? db->displayName() : QDir::toNativeSeparators(path);
        const QString readOnly = db->isReadOnly() ? tr(" (read-only)") : QString();
        m_databaseLabel->setText((db->isServer() ? tr("Server: %1") : tr("Database: %1")).arg(shown) + readOnly);
        m_databaseLabel->setToolTip(db->isServer() ? path : shown);
        // The window system adds the program's name ("demo.ntm — NTM Tracker"): the title holds the database only.
        setWindowTitle(db->shortName() + readOnly);
        if (!db->notice().isEmpty()) {
            Messages::information(this, tr("Opened for reading only"), db->notice());
        }
        // Said once, when the database opens: who else can read the file (tightened when that is safe), or that the
        // connection to the server is not encrypted. Core decides and words it.
        if (const QStringList warnings = core::DatabaseWarnings::check(*m_session.database()); !warnings.isEmpty()) {
            statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 30000);
        }
    } else {
        m_databaseLabel->setText(tr("No database open"));
        setWindowTitle(QString()); // the program's name alone
    }
    m_illustrative->update(m_session.database());
    updateStatus();
    if (m_backups) {
        m_backups->databaseOpened();
    }
    if (m_access) {
        m_access->databaseOpened();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setHeaderState(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    for (View* v : std::as_const(m_views)) {
        m_settings.setHeaderState(v->objectName(), v->saveViewState());
    }
    m_settings.sync();
    event->accept();
}

} // namespace ntm::gui
