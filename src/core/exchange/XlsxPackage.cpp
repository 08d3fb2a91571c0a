// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/XlsxPackage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>

namespace ntm::core {

namespace {

constexpr quint16 kEncryptedFlag = 0x0001;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kMaxZipComment = 0xFFFF;

/// Part names in a package are case-insensitive (OPC), and some Windows tools write backslashes into zips.
QString normalised(QString name)
{
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (name.startsWith(QLatin1Char('/'))) {
        name.remove(0, 1);
    }
    return name.toCaseFolded();
}

QString relsPartOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

/// Reads `file` to its end, but never more than `size` + 1 bytes: one byte more than the directory claims is enough
/// to know it lied. The buffer grows with what is actually unpacked, because the size a tiny hostile file claims is
/// no reason to set memory aside.
bool readAtMost(QuaZipFile& file, qint64 size, QByteArray* data)
{
    constexpr qint64 kChunk = 64 * 1024;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    while (data->size() <= size) {
        const qint64 n = file.read(chunk.data(), std::min<qint64>(kChunk, size + 1 - data->size()));
        if (n <= 0) {
            return n == 0;
        }
        data->append(chunk.constData(), n);
    }
    return true;
}

} // namespace

XlsxPackage::XlsxPackage(QString path) : m_path(std::move(path))
{
}

XlsxPackage::~XlsxPackage() = default;

QString XlsxPackage::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Error XlsxPackage::notXlsx() const
{
    return Error{QString(), tr("%1 is not an Excel .xlsx file.").arg(fileName())};
}

Error XlsxPackage::damaged(const QString& part, const QXmlStreamReader& xml) const
{
    return Error{part, tr("%1 is damaged: its part %2 cannot be read (line %3: %4).")
                           .arg(fileName(), part, QString::number(xml.lineNumber()), xml.errorString())};
}

Error XlsxPackage::missingPart(const QString& part) const
{
    return Error{part, tr("%1 is damaged: its part %2 is missing.").arg(fileName(), part)};
}

Status XlsxPackage::checkSignature() const
{
    const QFileInfo info(m_path);
    if (!info.exists()) {
        return Error{QString(), tr("%1 does not exist.").arg(QDir::toNativeSeparators(m_path))};
    }
    QFile file(m_path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return Error{QString(), tr("%1 cannot be read (%2).")
                                    .arg(QDir::toNativeSeparators(m_path),
                                         info.isDir() ? tr("it is a folder") : file.errorString())};
    }
    const QByteArray head = file.read(4);
    if (head == QByteArrayLiteral("\xD0\xCF\x11\xE0")) {
        // The Compound File format of .xls, which Excel also uses to wrap password-protected .xlsx workbooks.
        return Error{QString(), tr("%1 is an old Excel 97-2003 (.xls) file or a workbook protected by a password. "
                                   "Open it in Excel, save it as an .xlsx workbook without a password, and "
                                   "import that file.")
                                    .arg(fileName())};
    }
    if (head != QByteArrayLiteral("PK\x03\x04")) {
        return notXlsx();
    }
    return {};
}

bool XlsxPackage::hasEndRecord() const
{
    // The end record sits in the last 22 bytes, followed by a comment of up to 64 KiB.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const qint64 tailSize = std::min<qint64>(file.size(), kEndRecordSize + kMaxZipComment);
    return file.seek(file.size() - tailSize) && file.read(tailSize).contains(QByteArrayLiteral("PK\x05\x06"));
}

Error XlsxPackage::damagedDirectory() const
{
    return Error{QString(), tr("%1 is damaged: its table of contents cannot be read.").arg(fileName())};
}

Error XlsxPackage::unpackFailed(const QString& part) const
{
    return Error{part, tr("%1 is damaged: its part %2 cannot be unpacked.").arg(fileName(), part)};
}

Status XlsxPackage::open()
{
    if (Status s = checkSignature(); !s) {
        return s;
    }
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // QuaZip fails the same way for both: a file cut short has lost its end record, while a zip whose
        // directory is damaged still has one.
        return hasEndRecord() ? damagedDirectory() : notXlsx();
    }
    return listParts();
}

Status XlsxPackage::listParts()
{
    const int count = m_zip->getEntriesCount();
    if (count < 0 || m_zip->getZipError() != UNZ_OK) {
        return damagedDirectory();
    }
    if (count == 0) {
        return {}; // an empty zip: no workbook part, which the reader reports as not an .xlsx file
    }
    // Counted as read too: the count QuaZip returns is cut to an int, and a hostile directory may claim billions.
    int seen = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (++seen > kMaxParts) {
            return Error{QString(), tr("%1 holds too many parts to be read.").arg(fileName())};
        }
        QuaZipFileInfo64 info;
        if (!m_zip->getCurrentFileInfo(&info)) {
            return damagedDirectory();
        }
        if (!info.name.endsWith(QLatin1Char('/'))) {
            m_parts.insert(normalised(info.name), Entry{info.name, info.uncompressedSize, info.flags, info.method});
        }
    }
    if (m_zip->getZipError() != UNZ_OK) {
        return damagedDirectory();
    }
    return {};
}

bool XlsxPackage::contains(const QString& part) const
{
    return m_parts.contains(normalised(part));
}

Result<QByteArray> XlsxPackage::read(const QString& part)
{
    const auto entry = m_parts.constFind(normalised(part));
    if (entry == m_parts.cend()) {
        return missingPart(part);
    }
    if ((entry->flags & kEncryptedFlag) || (entry->method != kStored && entry->method != kDeflated)) {
        return Error{
            part,
            tr("%1: its part %2 is encrypted or compressed in a way this program cannot read.").arg(fileName(), part)};
    }
    if (entry->size > quint64(kMaxPartBytes)) {
        return Error{part, tr("%1: its part %2 is too large to read (more than %3 MB).")
                               .arg(fileName(), part, QString::number(kMaxPartBytes / (1024 * 1024)))};
    }
    if (!m_zip->setCurrentFile(entry->name, QuaZip::csSensitive)) {
        return unpackFailed(part);
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        return unpackFailed(part);
    }
    QByteArray data;
    const bool read = readAtMost(file, qint64(entry->size), &data);
    // Closing checks the CRC once the whole part has been unpacked; the size check covers a part that ends early.
    file.close();
    if (!read || file.getZipError() != UNZ_OK || quint64(data.size()) != entry->size) {
        return unpackFailed(part);
    }
    return data;
}

Result<QList<XlsxPackage::Relationship>> XlsxPackage::relationships(const QString& part)
{
    const QString relsPart = relsPartOf(part);
    if (!contains(relsPart)) {
        return QList<Relationship>();
    }
    Result<QByteArray> bytes = read(relsPart);
    if (!bytes) {
        return bytes.error();
    }
    QList<Relationship> links;
    QXmlStreamReader xml(bytes.value());
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship") {
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == u"External") {
            continue; // a hyperlink or an external workbook, not a part of this package
        }
        links.append(Relationship{a.value(QLatin1String("Id")).toString(), a.value(QLatin1String("Type")).toString(),
                                  resolve(part, a.value(QLatin1String("Target")).toString())});
    }
    if (xml.hasError()) {
        return damaged(relsPart, xml);
    }
    return links;
}

QString XlsxPackage::resolve(const QString& source, const QString& target)
{
    QString t = QUrl::fromPercentEncoding(target.toUtf8());
    t.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (t.startsWith(QLatin1Char('/'))) {
        return QDir::cleanPath(t.mid(1));
    }
    const qsizetype slash = source.lastIndexOf(QLatin1Char('/'));
    return QDir::cleanPath(source.left(slash + 1) + t);
}

} // namespace ntm::core
