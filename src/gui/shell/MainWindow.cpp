// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/MainWindow.h"

#include "ui_MainWindow.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "criteria/CriteriaImporter.h"
#include "units/UnitsView.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>

namespace ntm::gui {

namespace {
QString databaseFilter()
{
    return MainWindow::tr("NTM Tracker databases (*.ntm);;All files (*)");
}
} // namespace

MainWindow::MainWindow(DatabaseSession& session, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_session(session), m_settings(settings),
      m_units(new UnitsView(this)), m_databaseLabel(new QLabel(this)), m_summaryLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->centralLayout->addWidget(m_units);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_summaryLabel);
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionImportCriteria, &QAction::triggered, this, &MainWindow::importCriteriaSet);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(&m_session, &DatabaseSession::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_units, &UnitsView::summaryChanged, m_summaryLabel, &QLabel::setText);
    connect(m_units, &UnitsView::errorOccurred, this,
            [this](const QString& message) { Messages::error(this, tr("Cannot show the communes"), message); });
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    m_units->restoreHeaderState(m_settings.headerState(QStringLiteral("units")));
    refreshRecentMenu();
    onDatabaseChanged();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openDatabase(const QString& path)
{
    const core::Status opened = m_session.open(path);
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
    if (!path.isEmpty() && (QFileInfo::exists(path) || !requested.isEmpty())) {
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
    QString path = Messages::saveFile(this, tr("New database"), databaseFilter());
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
    const QString path = Messages::openFile(this, tr("Open database"), databaseFilter());
    if (!path.isEmpty()) {
        openDatabase(path);
    }
}

void MainWindow::importCriteriaSet()
{
    if (!m_session.isOpen()) {
        return;
    }
    const QString path = Messages::openFile(this, tr("Import criteria set"), tr("Criteria sets (*.json);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const auto outcome = core::CriteriaImporter(*m_session.database()).importFile(path);
    if (!outcome) {
        Messages::error(this, tr("Cannot import the criteria set"), outcome.error().message);
        return;
    }
    Messages::information(this, tr("Import criteria set"), outcome.value().describe());
    m_units->setDatabase(m_session.database());
}

void MainWindow::about()
{
    Messages::information(this, tr("About NTM Tracker"),
                          tr("NTM Tracker %1\n\nRotation of officials into communes and the progress of communes in "
                             "the New Rural Development programme (nông thôn mới).\n\nDemo data: Hà Tĩnh's real "
                             "districts and communes; histories other than the article's two stories are "
                             "illustrative.")
                              .arg(QStringLiteral(NTM_VERSION)));
}

void MainWindow::refreshRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = m_settings.recentFiles();
    for (const QString& f : files) {
        QAction* action = m_ui->menuRecent->addAction(QFileInfo(f).fileName());
        action->setToolTip(f);
        action->setStatusTip(f);
        connect(action, &QAction::triggered, this, [this, f] { openDatabase(f); });
    }
    m_ui->menuRecent->setEnabled(!files.isEmpty());
}

void MainWindow::onDatabaseChanged()
{
    m_units->setDatabase(m_session.database());
    m_ui->actionImportCriteria->setEnabled(m_session.isOpen());
    if (m_session.isOpen()) {
        const QString path = m_session.path();
        m_settings.addRecentFile(path);
        m_settings.setLastDatabase(path);
        refreshRecentMenu();
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(path)));
        setWindowTitle(tr("NTM Tracker – %1").arg(QFileInfo(path).fileName()));
    } else {
        m_databaseLabel->setText(tr("No database open"));
        setWindowTitle(tr("NTM Tracker"));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setHeaderState(QStringLiteral("units"), m_units->headerState());
    m_settings.sync();
    event->accept();
}

} // namespace ntm::gui
