// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ServerTls.h"

#include "db/DatabaseLocation.h"

#include <algorithm>

namespace ntm::core {

namespace {
bool isLocalHost(const QString& host)
{
    const QString h = host.trimmed().toLower();
    return h.isEmpty() || h.startsWith(QLatin1Char('/')) || h.startsWith(QLatin1Char('@')) ||
           h == QLatin1String("localhost") || h == QLatin1String("127.0.0.1") || h == QLatin1String("::1");
}
} // namespace

bool ServerTls::isLocalServer(const DatabaseLocation& location)
{
    QString hosts = location.host();
    for (const char* fallback : {"hostaddr", "PGHOST", "PGHOSTADDR"}) {
        if (!hosts.isEmpty()) {
            break;
        }
        hosts = qstrcmp(fallback, "hostaddr") == 0 ? location.option(fallback) : qEnvironmentVariable(fallback);
    }
    const QStringList all = hosts.split(QLatin1Char(','));
    return std::all_of(all.cbegin(), all.cend(), isLocalHost); // no host at all: libpq's socket
}

bool ServerTls::isDefault(const DatabaseLocation& location)
{
    return location.sslMode().isEmpty() && qEnvironmentVariable("PGSSLMODE").isEmpty();
}

QString ServerTls::effectiveMode(const DatabaseLocation& location)
{
    if (!location.sslMode().isEmpty()) {
        return location.sslMode();
    }
    if (!isDefault(location)) {
        return qEnvironmentVariable("PGSSLMODE");
    }
    return isLocalServer(location) ? QString() : QString::fromLatin1(kRemoteDefault);
}

QList<std::pair<QString, QString>> ServerTls::connectionOptions(const DatabaseLocation& location)
{
    QList<std::pair<QString, QString>> options = location.options();
    if (isDefault(location) && !isLocalServer(location)) {
        options.append({QStringLiteral("sslmode"), QString::fromLatin1(kRemoteDefault)});
    }
    return options;
}

QString ServerTls::unencryptedWarning(const DatabaseLocation& location, bool encrypted)
{
    if (!location.isServer() || encrypted || isLocalServer(location)) {
        return {};
    }
    const QString mode = effectiveMode(location);
    return tr("The connection to %1 is not encrypted (sslmode=%2): passwords and personnel data cross the network "
              "readable by anyone on it. Use sslmode=require or verify-full unless the network is trusted.")
        .arg(location.serverName(), mode.isEmpty() ? QStringLiteral("prefer") : mode);
}

} // namespace ntm::core
