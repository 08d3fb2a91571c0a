// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ntm::cli {

/// Command-line words split into positional arguments, options with a value (--as-of DATE) and flags (--json).
/// Anything unexpected is a usage error (exit code 2).
class CliArgs final
{
public:
    /// `valued` and `flags` are the options the command accepts, without the leading "--".
    static CliArgs parse(const QStringList& words, const QSet<QString>& valued, const QSet<QString>& flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList& positional() const { return m_positional; }
    QString value(const QString& option) const { return m_values.value(option); }
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};

} // namespace ntm::cli
