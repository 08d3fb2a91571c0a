// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/People.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace ntm::core {

/// Finds the official a rotation row names, the way a personnel officer would: by full name (case and
/// diacritics ignored); among namesakes by birth date; an official without a recorded birth date matches any.
/// Officials created from earlier rows of the same sheet are found like registered ones, so that one new
/// official's several rotations refer to one record.
class OfficialMatcher final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::OfficialMatcher)

public:
    struct Match
    {
        QString id;
        /// Set when the official is to be created from the sheet (by this row or an earlier one).
        std::optional<Official> created;
        bool createdNow = false; ///< This call created it (the first row that names the new official).
    };

    explicit OfficialMatcher(const QList<Official>& registered);

    /// The official of `fromRow` (its name, birth date; the rest is used to create it). Unknown officials are
    /// created when `create` is set, else an error; several candidates are an error that names them.
    Result<Match> find(const Official& fromRow, bool create);
    /// Names by id, registered and created, for messages about other rotations.
    const QHash<QString, QString>& names() const { return m_names; }
    bool isCreated(const QString& id) const { return m_created.contains(id); }

private:
    Error unknown(const Official& fromRow, const QList<Official>& namesakes) const;
    Error ambiguous(const Official& fromRow, QList<Official> candidates) const;

    QHash<QString, QList<Official>> m_byName; ///< By folded name.
    QHash<QString, Official> m_created;       ///< By id.
    QHash<QString, QString> m_names;
};

} // namespace ntm::core
