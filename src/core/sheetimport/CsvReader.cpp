// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/CsvReader.h"

#include "exchange/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ntm::core {

namespace {

/// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no surrogates, nothing
/// above U+10FFFF), or -1. Checked once up front so that every field can then be decoded without a check.
qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from)
{
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;  // overlong
            high = c == 0xED ? 0x9F : 0xBF; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;  // overlong
            high = c == 0xF4 ? 0x8F : 0xBF; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > n || s[i + 1] < low || s[i + 1] > high) {
            return i;
        }
        for (int k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

int lineOf(const QByteArray& bytes, qsizetype offset)
{
    return static_cast<int>(QByteArrayView(bytes.constData(), offset).count('\n')) + 1;
}

/// Excel writes and reads a first line "sep=;" naming the separator; it is not a row of the sheet.
qsizetype separatorHint(const QByteArray& bytes, qsizetype from, char* separator)
{
    if (bytes.size() - from < 5 || !QByteArrayView(bytes).sliced(from, 4).startsWith("sep=")) {
        return from;
    }
    const char c = bytes.at(from + 4);
    qsizetype end = from + 5;
    if (end < bytes.size() && bytes.at(end) == '\r') {
        ++end;
    }
    if ((end < bytes.size() && bytes.at(end) != '\n') || c == '\r' || c == '\n' || c == '"') {
        return from;
    }
    *separator = c;
    return end < bytes.size() ? end + 1 : end;
}

/// The separator used most in the first line that has one (outside quotes): ',' unless ';' or a tab is more
/// frequent. Lines without any are skipped, as a title above the table ("DANH SÁCH CÁN BỘ") has none.
char detectSeparator(const QByteArray& bytes, qsizetype from)
{
    constexpr int kLinesToLook = 20;
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = from; i < bytes.size() && lines < kLinesToLook; ++i) {
        const char c = bytes.at(i);
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (commas + semicolons + tabs > 0) {
                break;
            }
            ++lines;
        } else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs) {
        return ';';
    }
    return tabs > commas ? '\t' : ',';
}

/// The state machine of RFC 4180, lenient where producers are (text after a closing quote is kept).
class CsvParser
{
public:
    CsvParser(const QByteArray& bytes, char separator, QString fileName)
        : m_bytes(bytes), m_separator(separator), m_fileName(std::move(fileName))
    {
    }

    Result<QList<QList<SheetCell>>> parse(qsizetype from)
    {
        qsizetype i = from;
        const qsizetype n = m_bytes.size();
        while (i < n) {
            const char c = m_bytes.at(i);
            if (m_atFieldStart && c == '"') {
                if (Status s = quoted(i); !s) {
                    return s.error();
                }
                continue;
            }
            m_atFieldStart = false;
            if (c == m_separator) {
                if (Status s = endField(); !s) {
                    return s.error();
                }
                ++i;
            } else if (c == '\r' || c == '\n') {
                i += (c == '\r' && i + 1 < n && m_bytes.at(i + 1) == '\n') ? 2 : 1;
                if (Status s = endRecord(); !s) {
                    return s.error();
                }
            } else {
                m_field.append(c);
                ++i;
            }
        }
        if (!m_atFieldStart || !m_row.isEmpty()) {
            if (Status s = endRecord(); !s) {
                return s.error();
            }
        }
        return std::move(m_rows);
    }

private:
    /// Reads a quoted field from its opening quote at `i`; leaves `i` after the closing quote.
    Status quoted(qsizetype& i)
    {
        const qsizetype opening = i;
        const qsizetype n = m_bytes.size();
        m_atFieldStart = false;
        ++i;
        while (i < n) {
            const char c = m_bytes.at(i);
            if (c != '"') {
                m_field.append(c);
                ++i;
            } else if (i + 1 < n && m_bytes.at(i + 1) == '"') {
                m_field.append('"');
                i += 2;
            } else {
                ++i;
                return {};
            }
        }
        return Error{QString(), CsvReader::tr("%1 is damaged: the quoted field that starts on line %2 is never closed.")
                                    .arg(m_fileName)
                                    .arg(lineOf(m_bytes, opening))};
    }

    /// Checked field by field, so that a line of a million separators never becomes a million cells.
    Status endField()
    {
        if (m_row.size() >= XlsxReader::kMaxColumns) {
            return Error{QString(), CsvReader::tr("%1: row %2 has more columns than a spreadsheet can hold (%L3).")
                                        .arg(m_fileName)
                                        .arg(m_rows.size() + 1)
                                        .arg(XlsxReader::kMaxColumns)};
        }
        m_row.append(SheetCell{QString::fromUtf8(m_field), std::nullopt});
        m_field.clear();
        m_atFieldStart = true;
        return {};
    }

    Status endRecord()
    {
        if (Status s = endField(); !s) {
            return s;
        }
        while (!m_row.isEmpty() && m_row.constLast().isEmpty()) {
            m_row.removeLast();
        }
        m_cells += m_row.size();
        if (m_rows.size() >= XlsxReader::kMaxRows || m_cells > XlsxReader::kMaxCells) {
            return Error{QString(), CsvReader::tr("%1 is too large to import (more than %L2 rows or %L3 cells).")
                                        .arg(m_fileName)
                                        .arg(XlsxReader::kMaxRows)
                                        .arg(XlsxReader::kMaxCells)};
        }
        m_rows.append(std::move(m_row));
        m_row = {};
        return {};
    }

    const QByteArray& m_bytes;
    const char m_separator;
    const QString m_fileName;
    QList<QList<SheetCell>> m_rows;
    QList<SheetCell> m_row;
    QByteArray m_field;
    qint64 m_cells = 0;
    bool m_atFieldStart = true;
};

} // namespace

QString CsvReader::saveAsUtf8Advice()
{
    return tr("Open it in Excel and choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv), then import the "
              "new file.");
}

Result<Sheet> CsvReader::read(const QString& path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        return Error{QString(), tr("%1 does not exist.").arg(shown)};
    }
    if (info.size() > kMaxBytes) {
        return Error{QString(), tr("%1 is %L2 MB; files above %L3 MB are not imported. Split it into smaller files.")
                                    .arg(shown)
                                    .arg(info.size() / (1024 * 1024))
                                    .arg(kMaxBytes / (1024 * 1024))};
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        return Error{
            QString(),
            tr("%1 cannot be read (%2).").arg(shown, info.isDir() ? tr("it is a folder") : file.errorString())};
    }
    const QByteArray bytes = file.read(std::min(file.size(), kMaxBytes) + 1); // +1: to notice a file that grew
    if (bytes.size() > kMaxBytes) {
        return Error{QString(),
                     tr("%1 grew beyond %L2 MB while it was read.").arg(shown).arg(kMaxBytes / (1024 * 1024))};
    }
    Result<Sheet> sheet = parse(bytes, info.fileName());
    if (sheet) {
        sheet.value().name = info.completeBaseName();
    }
    return sheet;
}

Result<Sheet> CsvReader::parse(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return Error{
            QString(),
            tr("%1 is saved as Unicode text (UTF-16), not as CSV UTF-8. %2").arg(fileName, saveAsUtf8Advice())};
    }
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    if (bytes.indexOf('\0', start) >= 0) {
        return Error{QString(), tr("%1 is not a CSV text file in UTF-8: it contains zero bytes, as UTF-16 text and "
                                   "binary files do. %2")
                                    .arg(fileName, saveAsUtf8Advice())};
    }
    if (const qsizetype bad = firstInvalidUtf8(bytes, start); bad >= 0) {
        return Error{QString(), tr("%1 is not in UTF-8: line %2 has letters in another encoding (Excel's plain "
                                   "\"CSV (Comma delimited)\" uses the Windows code page, which garbles Vietnamese "
                                   "letters). %3")
                                    .arg(fileName)
                                    .arg(lineOf(bytes, bad))
                                    .arg(saveAsUtf8Advice())};
    }
    char separator = 0;
    const qsizetype from = separatorHint(bytes, start, &separator);
    if (separator == 0) {
        separator = detectSeparator(bytes, from);
    }
    Result<QList<QList<SheetCell>>> rows = CsvParser(bytes, separator, fileName).parse(from);
    if (!rows) {
        return rows.error();
    }
    return Sheet{fileName, std::move(rows).value()};
}

} // namespace ntm::core
