// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetValueParser.h"

#include "exchange/XlsxReader.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QRegularExpression>

#include <cmath>

namespace ntm::core {

namespace {
/// Folded words: "Hoàn thành tốt nhiệm vụ" gives {"hoan", "thanh", "tot", "nhiem", "vu"}; "luan_chuyen" two words.
QStringList words(const QString& text)
{
    QString folded = text::fold(text);
    for (QChar& c : folded) {
        if (!c.isLetterOrNumber()) {
            c = QLatin1Char(' ');
        }
    }
    return folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool has(const QStringList& words, const char* phrase)
{
    return (QLatin1Char(' ') + words.join(QLatin1Char(' ')) + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + QLatin1String(phrase) + QLatin1Char(' '));
}

bool is(const QStringList& words, const char* phrase)
{
    return words.join(QLatin1Char(' ')) == QLatin1String(phrase);
}
} // namespace

const QDate SheetValueParser::kFirstSerialDate(1920, 1, 1);
const QDate SheetValueParser::kLastSerialDate(2100, 12, 31);

QString SheetValueParser::text(const SheetCell& cell)
{
    if (cell.number && std::floor(*cell.number) == *cell.number && std::fabs(*cell.number) < 1e15) {
        return QString::number(static_cast<qint64>(*cell.number));
    }
    return cell.text.simplified();
}

Result<QDate> SheetValueParser::date(const SheetCell& cell)
{
    const QString written = text(cell);
    if (cell.isEmpty() || written.isEmpty()) {
        return QDate();
    }
    QDate d;
    if (cell.number) {
        d = XlsxReader::excelSerialToDate(*cell.number);
        if (d.isValid() && (d < kFirstSerialDate || d > kLastSerialDate)) {
            d = QDate();
        }
    } else {
        static const QRegularExpression time(QStringLiteral("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
        const QString day = QString(written).remove(time);
        d = dates::fromDisplay(day);
        if (!d.isValid()) {
            d = dates::fromIso(day);
        }
    }
    if (!d.isValid()) {
        return Error{QString(), tr("%1 is not a date").arg(written)};
    }
    return d;
}

Result<std::optional<Gender>> SheetValueParser::gender(const SheetCell& cell)
{
    const QStringList w = words(text(cell));
    if (w.isEmpty()) {
        return std::optional<Gender>();
    }
    if (is(w, "nam") || is(w, "male") || is(w, "m") || is(w, "trai")) {
        return std::optional<Gender>(Gender::Male);
    }
    if (is(w, "nu") || is(w, "female") || is(w, "f") || is(w, "gai")) {
        return std::optional<Gender>(Gender::Female);
    }
    return Error{QString(), tr("%1 is not a gender (write Nam or Nữ)").arg(text(cell))};
}

Result<std::optional<RotationKind>> SheetValueParser::kind(const SheetCell& cell)
{
    const QStringList w = words(text(cell));
    if (w.isEmpty()) {
        return std::optional<RotationKind>();
    }
    if (has(w, "luan chuyen") || is(w, "lc") || has(w, "rotation")) {
        return std::optional<RotationKind>(RotationKind::LuanChuyen);
    }
    if (has(w, "dieu dong") || is(w, "dd") || has(w, "transfer")) {
        return std::optional<RotationKind>(RotationKind::DieuDong);
    }
    if (has(w, "biet phai") || is(w, "bp") || has(w, "secondment")) {
        return std::optional<RotationKind>(RotationKind::BietPhai);
    }
    return Error{QString(),
                 tr("%1 is not a kind of rotation (write Luân chuyển, Điều động or Biệt phái)").arg(text(cell))};
}

Result<std::optional<Evaluation>> SheetValueParser::evaluation(const SheetCell& cell)
{
    const QStringList w = words(text(cell));
    if (w.isEmpty()) {
        return std::optional<Evaluation>();
    }
    // The negative first: "không hoàn thành" contains "hoàn thành".
    if (has(w, "khong hoan thanh") || has(w, "did not complete") || has(w, "not completed")) {
        return std::optional<Evaluation>(Evaluation::KhongHoanThanh);
    }
    if (has(w, "xuat sac") || has(w, "excellent")) {
        return std::optional<Evaluation>(Evaluation::XuatSac);
    }
    if (has(w, "tot") || has(w, "good")) {
        return std::optional<Evaluation>(Evaluation::Tot);
    }
    if (has(w, "hoan thanh") || has(w, "completed") || has(w, "complete")) {
        return std::optional<Evaluation>(Evaluation::HoanThanh);
    }
    return Error{QString(), tr("%1 is not an evaluation (write Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành or "
                               "Không hoàn thành nhiệm vụ)")
                                .arg(text(cell))};
}

} // namespace ntm::core
