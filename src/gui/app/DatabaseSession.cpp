// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/DatabaseSession.h"

#include "criteria/CriteriaImporter.h"
#include "db/ChangeWatcher.h"
#include "db/OwnerOnly.h"
#include "demo/DemoBuilder.h"
#include "server/ConnectionMonitor.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace ntm::gui {

using namespace ntm::core;

DatabaseSession::DatabaseSession(QObject* parent) : QObject(parent)
{
}

DatabaseSession::~DatabaseSession() = default;

QString DatabaseSession::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder + QStringLiteral("/ntm-tracker.ntm");
}

QString DatabaseSession::path() const
{
    return m_db ? m_db->path() : QString();
}

Status DatabaseSession::open(const QString& path, const QString& password)
{
    Database::Options options;
    options.create = false;
    options.password = password;
    auto db = Database::open(path, options);
    if (!db) {
        return db.error();
    }
    adopt(std::move(db).value());
    return {};
}

Status DatabaseSession::create(const QString& path, bool withDemo, const Progress& progress)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        return Error{QString(), tr("%1 already exists; choose a new file name.").arg(path)};
    }
    if (!OwnerOnly::makeFolder(QFileInfo(path).absolutePath())) {
        return Error{QString(), tr("The folder %1 cannot be created.").arg(QFileInfo(path).absolutePath())};
    }
    auto db = Database::open(path);
    if (!db) {
        return db.error();
    }
    const Status filled =
        withDemo ? DemoBuilder(*db.value()).build(progress) : CriteriaImporter(*db.value()).importShipped();
    if (!filled) {
        db = Error{};
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(path + suffix);
        }
        return filled;
    }
    adopt(std::move(db).value());
    return {};
}

Status DatabaseSession::openDefault(const Progress& progress)
{
    const QString path = defaultPath();
    if (QFileInfo::exists(path)) {
        return open(path);
    }
    return create(path, true, progress);
}

void DatabaseSession::close()
{
    if (m_db) {
        adopt(nullptr);
    }
}

void DatabaseSession::adopt(std::unique_ptr<Database> db)
{
    m_monitor.reset(); // both use the old connection
    m_watcher.reset();
    m_db = std::move(db);
    if (m_db) {
        m_watcher = std::make_unique<ChangeWatcher>(*m_db);
        connect(m_watcher.get(), &ChangeWatcher::changed, this, &DatabaseSession::changedElsewhere);
        m_monitor = std::make_unique<ConnectionMonitor>(*m_db, m_watcher.get());
        connect(m_monitor.get(), &ConnectionMonitor::connectionLost, this, &DatabaseSession::connectionLost);
        connect(m_monitor.get(), &ConnectionMonitor::reconnected, this, &DatabaseSession::reconnected);
    }
    Q_EMIT databaseChanged();
}

} // namespace ntm::gui
