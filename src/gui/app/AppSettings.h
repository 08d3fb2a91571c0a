// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace ntm::gui {

/// The program's settings as typed accessors with their defaults in one place (over QSettings).
class AppSettings final
{
public:
    static constexpr int kMaxRecentFiles = 8;

    /// Uses the user's settings file; tests pass their own QSettings (e.g. an INI file in a temp folder).
    AppSettings();
    explicit AppSettings(std::unique_ptr<QSettings> settings);

    /// UI language: "vi" (default) or "en".
    QString language() const;
    void setLanguage(const QString& language);

    /// Database files and server URIs (never with a password), most recent first.
    QStringList recentFiles() const;
    /// Puts `path` (a file or a server URI) first, removing duplicates, keeping at most kMaxRecentFiles.
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);

    /// The database opened last (reopened at start); empty at first run.
    QString lastDatabase() const;
    void setLastDatabase(const QString& path);

    /// The server last connected to with File > Connect to server (a URI without the password).
    QString lastServer() const;
    void setLastServer(const QString& uri);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    /// Column widths and order of a table or tree, by view name.
    QByteArray headerState(const QString& view) const;
    void setHeaderState(const QString& view, const QByteArray& state);

    /// The folder of the last exchange package or spreadsheet exported or imported (default: the documents
    /// folder), where the next file dialog of File > Export / Import starts.
    QString transferFolder() const;
    void setTransferFolder(const QString& folder);
    /// Whether File > Export package makes the package readable by the other users of the computer (default off:
    /// for its owner only, docs/security.md).
    bool packagesReadableByAll() const;
    void setPackagesReadableByAll(bool on);

    /// "Ending soon" means within this many days (default 90).
    int endingSoonDays() const;
    void setEndingSoonDays(int days);
    /// Daily backups are kept this many days (default core::Backups::kDefaultKeepDays).
    int backupKeepDays() const;
    void setBackupKeepDays(int days);

    /// The commune last looked at on the dashboard or the timeline of a database (empty: none yet).
    QString lastCommune(const QString& databasePath) const;
    void setLastCommune(const QString& databasePath, const QString& communeId);

    /// The folder reports were last exported to (default: the user's documents).
    QString reportFolder() const;
    void setReportFolder(const QString& folder);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ntm::gui
