// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli export-review: the provincial review's tables as an .xlsx workbook (docs/review.md).
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "app/Translations.h"
#include "exchange/XlsxWriter.h"
#include "service/UnitLookup.h"
#include "service/review/ProvincialReviewService.h"
#include "service/review/ReviewTables.h"
#include "util/Dates.h"

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runExportReview(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    for (const char* needed : {"as-of", "out"}) {
        if (!a.has(QLatin1String(needed))) {
            err << "ntm-cli: export-review needs --as-of YYYY-MM-DD and --out FILE.xlsx" << Qt::endl << usage();
            return kUsageError;
        }
    }
    const std::optional<QString> language = languageOf(a, err);
    if (!language) {
        return kUsageError;
    }
    QDate asOf;
    if (!parseDate(a, QStringLiteral("as-of"), &asOf, err)) {
        return kUserError;
    }
    // Sheet names, headers and labels in the language asked (Vietnamese by default), as `report` does.
    gui::Translations::install(*language);
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    QString districtId;
    if (a.has(QStringLiteral("district"))) {
        const auto d = UnitLookup::district(*db, a.value(QStringLiteral("district")));
        if (!d) {
            return userError(err, d.error().message);
        }
        districtId = d.value().id;
    }
    const auto review = ProvincialReviewService(*db).review(asOf, districtId);
    if (!review) {
        return userError(err, review.error().message);
    }
    const QList<TableData> tables = ReviewTables::all(review.value());
    const QString path = a.value(QStringLiteral("out"));
    if (const Status written = XlsxWriter::write(path, tables); !written) {
        return userError(err, written.error().message);
    }
    const ProvincialReview& r = review.value();
    out << "Wrote " << path << ": " << tables.size() << " sheets, as of " << dates::toDisplay(asOf)
        << (r.districtName.isEmpty() ? QString() : QStringLiteral(", ") + r.districtName) << Qt::endl;
    out << "  communes: " << r.communes << ", recognised NTM: " << r.recognised
        << ", average criteria met: " << QString::number(r.averageMet, 'f', 2) << ", rotations: " << r.rotations.size()
        << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> reviewCommands()
{
    return {{"export-review",
             {QStringLiteral("as-of"), QStringLiteral("out"), QStringLiteral("district"), QStringLiteral("language")},
             {},
             1,
             runExportReview}};
}

} // namespace ntm::cli
