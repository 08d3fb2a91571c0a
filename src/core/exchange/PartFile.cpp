// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/PartFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace ntm::core {

PartFile::PartFile(QString path) : m_path(std::move(path))
{
}

PartFile::~PartFile()
{
    if (!m_committed) {
        QFile::remove(partPath());
    }
}

Status PartFile::checkFolder() const
{
    const QDir folder = QFileInfo(m_path).absoluteDir();
    if (!folder.exists()) {
        return failure(tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absolutePath())));
    }
    return {};
}

Status PartFile::commit()
{
    // std::filesystem::rename replaces an existing target in one step (QFile::rename refuses to), so the old
    // file stays intact until the new one takes its place.
    std::error_code ec;
    std::filesystem::rename(QFileInfo(partPath()).filesystemAbsoluteFilePath(),
                            QFileInfo(m_path).filesystemAbsoluteFilePath(), ec);
    if (ec) {
        return failure(tr("the existing file could not be replaced (%1). Is it open in another program?")
                           .arg(QString::fromLocal8Bit(ec.message())));
    }
    m_committed = true;
    return {};
}

Error PartFile::failure(const QString& reason) const
{
    return Error{QString(), tr("Could not save %1: %2").arg(QDir::toNativeSeparators(m_path), reason)};
}

} // namespace ntm::core
