// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ntm::core {

/// Saves an export through a side file ("name.xlsx.part") that is renamed over the target only once it is
/// complete, so a failed export never leaves a half-written spreadsheet, nor destroys the one already there.
/// The side file is removed when the PartFile goes out of scope without commit().
class PartFile final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::PartFile)

public:
    explicit PartFile(QString path);
    ~PartFile();
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;

    /// Where to write; the caller (a library or a QFile) creates it.
    QString partPath() const { return m_path + QStringLiteral(".part"); }

    /// Fails, naming the folder, when the target's folder does not exist: checked first so the user gets that
    /// reason rather than a library's generic "cannot create file".
    Status checkFolder() const;

    /// Replaces the target with the finished side file.
    Status commit();

    /// An error saying the target could not be saved, and why (`reason`, a translated sentence).
    Error failure(const QString& reason) const;

private:
    QString m_path;
    bool m_committed = false;
};

} // namespace ntm::core
