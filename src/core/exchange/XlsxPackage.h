// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;
class QXmlStreamReader;

namespace ntm::core {

/// The zip package inside an .xlsx file, for XlsxReader: its parts, read through QuaZip with a size limit (a small
/// damaged or hostile file must not make the program allocate gigabytes) and checked against their CRC, and the
/// relationships that link them, so the reader follows the links any producer writes instead of assuming Excel's
/// part names.
class XlsxPackage final
{
    Q_DECLARE_TR_FUNCTIONS(ntm::core::XlsxPackage)

public:
    /// One link from a part to another; `target` is already resolved to a part name ("xl/worksheets/sheet1.xml").
    struct Relationship
    {
        QString id;
        QString type;
        QString target;
    };

    static constexpr qint64 kMaxPartBytes = 256 * 1024 * 1024;
    static constexpr int kMaxParts = 100'000;

    explicit XlsxPackage(QString path);
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    /// Fails with a message for the user when the file is missing, unreadable or not a zip package.
    Status open();
    bool contains(const QString& part) const;
    Result<QByteArray> read(const QString& part);
    /// The links from `part` (an empty name for the package itself); none when it has no .rels part.
    Result<QList<Relationship>> relationships(const QString& part);

    /// The file name, to start messages with.
    QString fileName() const;
    Error notXlsx() const;
    /// An error saying `part` could not be parsed, with the parser's line and reason.
    Error damaged(const QString& part, const QXmlStreamReader& xml) const;
    Error missingPart(const QString& part) const;

    /// Resolves a relationship target (relative to `source`'s folder, or absolute from the package root).
    static QString resolve(const QString& source, const QString& target);

private:
    /// What the zip's directory says about a part, checked before anything is unpacked.
    struct Entry
    {
        QString name; ///< As stored in the zip, to find it again.
        quint64 size = 0;
        quint16 flags = 0;
        quint16 method = 0;
    };

    Status checkSignature() const;
    bool hasEndRecord() const;
    Status listParts();
    Error damagedDirectory() const;
    Error unpackFailed(const QString& part) const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_parts; ///< By normalised part name.
};

} // namespace ntm::core
