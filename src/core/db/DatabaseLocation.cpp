// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseLocation.h"

#include <QFileInfo>
#include <QUrl>

#include <libpq-fe.h>

#include <memory>

namespace ntm::core {

namespace {
QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

bool isSocketHost(const QString& host)
{
    return host.startsWith(QLatin1Char('/')) || host.startsWith(QLatin1Char('@'));
}
} // namespace

bool DatabaseLocation::isServerUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    if (!isServerUri(text)) {
        location.m_path = text;
        return location;
    }
    location.m_server = true;
    char* message = nullptr;
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> parsed(PQconninfoParse(utf8.constData(), &message),
                                                                        &PQconninfoFree);
    if (!parsed) {
        QString reason = message ? QString::fromUtf8(message).trimmed() : QString();
        PQfreemem(message);
        return Error{QString(), tr("The server address is not valid: %1").arg(reason)};
    }
    for (const PQconninfoOption* o = parsed.get(); o->keyword; ++o) {
        if (!o->val || !*o->val) {
            continue;
        }
        const QString keyword = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == QLatin1String("password")) {
            location.m_password = value;
        } else {
            location.m_options.append({keyword, value});
        }
    }
    return location;
}

Result<DatabaseLocation> DatabaseLocation::server(const QString& host, int port, const QString& database,
                                                  const QString& user, const QString& sslMode)
{
    DatabaseLocation location;
    location.m_server = true;
    auto add = [&](const char* keyword, const QString& value) {
        if (!value.trimmed().isEmpty()) {
            location.m_options.append({QString::fromLatin1(keyword), value.trimmed()});
        }
    };
    add("host", host);
    add("port", port > 0 ? QString::number(port) : QString());
    add("dbname", database);
    add("user", user);
    // An empty mode (the dialog's "default") is left out: ServerTls gives require towards another computer.
    add("sslmode", sslMode);
    // The same checks as a typed URI: libpq's own parser sees what the dialog made.
    return parse(location.uri());
}

QString DatabaseLocation::option(const char* keyword) const
{
    for (const auto& [key, value] : m_options) {
        if (key == QLatin1String(keyword)) {
            return value;
        }
    }
    return {};
}

QString DatabaseLocation::uri() const
{
    if (!m_server) {
        return m_path;
    }
    const QString host = this->host();
    const bool hostInQuery = isSocketHost(host) || host.contains(QLatin1Char(','));
    QString text = QStringLiteral("postgresql://");
    if (!user().isEmpty()) {
        text += encoded(user()) + QLatin1Char('@');
    }
    if (!hostInQuery) {
        text += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        if (!port().isEmpty()) {
            text += QLatin1Char(':') + encoded(port());
        }
    }
    text += QLatin1Char('/') + encoded(database());
    QStringList query;
    for (const auto& [key, value] : m_options) {
        const bool inAuthority = key == QLatin1String("user") || key == QLatin1String("dbname") ||
                                 (!hostInQuery && (key == QLatin1String("host") || key == QLatin1String("port")));
        if (!inAuthority) {
            query.append(key + QLatin1Char('=') + encoded(value));
        }
    }
    if (!query.isEmpty()) {
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    }
    return text;
}

QString DatabaseLocation::serverName() const
{
    QString host = this->host();
    if (host.isEmpty() || isSocketHost(host)) {
        return host.isEmpty() ? tr("this computer") : tr("this computer (%1)").arg(host);
    }
    return port().isEmpty() ? host : host + QLatin1Char(':') + port();
}

QString DatabaseLocation::shortName() const
{
    return m_server ? displayName() : QFileInfo(m_path).fileName();
}

QString DatabaseLocation::baseName() const
{
    if (!m_server) {
        return QFileInfo(m_path).completeBaseName();
    }
    return database().isEmpty() ? user() : database();
}

QString DatabaseLocation::displayName() const
{
    if (!m_server) {
        return m_path;
    }
    const QString db = database().isEmpty() ? user() : database();
    return tr("%1 on %2").arg(db.isEmpty() ? tr("the default database") : db, serverName());
}

} // namespace ntm::core
