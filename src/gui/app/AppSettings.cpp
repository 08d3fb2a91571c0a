// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppSettings.h"

#include "db/Backups.h"
#include "db/DatabaseLocation.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace ntm::gui {

namespace {
// Every key of the settings file, once.
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("files/recent");
const QString kLastDatabase = QStringLiteral("files/last");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kHeaderPrefix = QStringLiteral("views/header/");
const QString kEndingSoon = QStringLiteral("rotations/endingSoonDays");
const QString kReportFolder = QStringLiteral("files/reportFolder");
const QString kTransferFolder = QStringLiteral("files/transferFolder");
const QString kPackagesReadable = QStringLiteral("files/packagesReadableByAll");
const QString kBackupDays = QStringLiteral("backups/keepDays");
const QString kLastCommune = QStringLiteral("views/lastCommune"); // a map: database path -> commune id
const QString kLastServer = QStringLiteral("files/lastServer");
} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings))
{
}

QString AppSettings::language() const
{
    const QString v = m_settings->value(kLanguage, QStringLiteral("vi")).toString();
    return v == QLatin1String("en") ? v : QStringLiteral("vi");
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings->setValue(kLanguage, language);
}

QStringList AppSettings::recentFiles() const
{
    return m_settings->value(kRecent).toStringList();
}

namespace {
/// A file's absolute path, or a server URI without any password (a password is never written to settings).
QString storable(const QString& location)
{
    const auto parsed = core::DatabaseLocation::parse(location);
    if (parsed && parsed.value().isServer()) {
        return parsed.value().uri();
    }
    return QFileInfo(location).absoluteFilePath();
}
} // namespace

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = storable(path);
    QStringList list = recentFiles();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecentFiles) {
        list.removeLast();
    }
    m_settings->setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString& path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    m_settings->setValue(kRecent, list);
}

QString AppSettings::lastDatabase() const
{
    return m_settings->value(kLastDatabase).toString();
}

void AppSettings::setLastDatabase(const QString& path)
{
    m_settings->setValue(kLastDatabase, path.isEmpty() ? QString() : storable(path));
}

QString AppSettings::lastServer() const
{
    return m_settings->value(kLastServer).toString();
}

void AppSettings::setLastServer(const QString& uri)
{
    m_settings->setValue(kLastServer, uri.isEmpty() ? QString() : storable(uri));
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(kState, state);
}

QByteArray AppSettings::headerState(const QString& view) const
{
    return m_settings->value(kHeaderPrefix + view).toByteArray();
}

void AppSettings::setHeaderState(const QString& view, const QByteArray& state)
{
    m_settings->setValue(kHeaderPrefix + view, state);
}

int AppSettings::endingSoonDays() const
{
    const int days = m_settings->value(kEndingSoon, 90).toInt();
    return days > 0 ? days : 90;
}

void AppSettings::setEndingSoonDays(int days)
{
    m_settings->setValue(kEndingSoon, days);
}

int AppSettings::backupKeepDays() const
{
    const int days = m_settings->value(kBackupDays, core::Backups::kDefaultKeepDays).toInt();
    return days > 0 ? days : core::Backups::kDefaultKeepDays;
}

void AppSettings::setBackupKeepDays(int days)
{
    m_settings->setValue(kBackupDays, days);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::reportFolder() const
{
    return m_settings->value(kReportFolder, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void AppSettings::setReportFolder(const QString& folder)
{
    m_settings->setValue(kReportFolder, folder);
}

QString AppSettings::transferFolder() const
{
    const QString folder = m_settings->value(kTransferFolder).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir()
               ? folder
               : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void AppSettings::setTransferFolder(const QString& folder)
{
    m_settings->setValue(kTransferFolder, folder);
}

bool AppSettings::packagesReadableByAll() const
{
    return m_settings->value(kPackagesReadable, false).toBool();
}

void AppSettings::setPackagesReadableByAll(bool on)
{
    m_settings->setValue(kPackagesReadable, on);
}

QString AppSettings::lastCommune(const QString& databasePath) const
{
    return m_settings->value(kLastCommune).toMap().value(QFileInfo(databasePath).absoluteFilePath()).toString();
}

void AppSettings::setLastCommune(const QString& databasePath, const QString& communeId)
{
    QVariantMap map = m_settings->value(kLastCommune).toMap();
    map.insert(QFileInfo(databasePath).absoluteFilePath(), communeId);
    m_settings->setValue(kLastCommune, map);
}

} // namespace ntm::gui
