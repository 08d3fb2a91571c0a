// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli report: a commune report, a district summary or the province summary as PDF.
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "app/Translations.h"
#include "reports/MemberReport.h"
#include "reports/ReportFonts.h"
#include "reports/ReportPdf.h"
#include "reports/ReportScope.h"
#include "service/UnitLookup.h"
#include "service/followup/FollowUpService.h"
#include "util/Dates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace ntm::cli {

using namespace ntm::core;
using gui::ReportScope;

namespace {
/// The scope from --commune / --district (neither: the province); prints why not and returns nothing.
std::optional<ReportScope> scopeOf(const CliArgs& a, Database& db, const QDate& asOf, QTextStream& err)
{
    ReportScope scope;
    scope.asOf = asOf;
    if (a.has(QStringLiteral("commune"))) {
        const auto commune = resolveCommune(db, a.value(QStringLiteral("commune")), asOf, err);
        if (!commune) {
            return std::nullopt;
        }
        scope.kind = ReportScope::Kind::Commune;
        scope.id = commune->id;
    } else if (a.has(QStringLiteral("district"))) {
        const auto district = UnitLookup::district(db, a.value(QStringLiteral("district")));
        if (!district) {
            userError(err, district.error().message);
            return std::nullopt;
        }
        scope.kind = ReportScope::Kind::District;
        scope.id = district.value().id;
    }
    return scope;
}

int runReport(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    if (!a.has(QStringLiteral("out"))) {
        err << "ntm-cli: report needs --out FILE.pdf" << Qt::endl << usage();
        return kUsageError;
    }
    if (a.has(QStringLiteral("member")) && !a.has(QStringLiteral("commune"))) {
        err << "ntm-cli: report --member needs --commune (the member's commune)" << Qt::endl << usage();
        return kUsageError;
    }
    if (a.has(QStringLiteral("commune")) && a.has(QStringLiteral("district"))) {
        err << "ntm-cli: report takes --commune or --district, not both" << Qt::endl << usage();
        return kUsageError;
    }
    const std::optional<QString> language = languageOf(a, err);
    if (!language) {
        return kUsageError;
    }
    QDate asOf = QDate::currentDate();
    if (a.has(QStringLiteral("as-of")) && !parseDate(a, QStringLiteral("as-of"), &asOf, err)) {
        return kUserError;
    }
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    const auto scope = scopeOf(a, *db, asOf, err);
    if (!scope) {
        return kUserError;
    }
    gui::Translations::install(*language);
    if (gui::ReportFonts::preferredMissing()) {
        err << "ntm-cli: warning: the font " << gui::ReportFonts::preferredFamily()
            << " is not installed (Debian: fonts-noto-core); the report uses " << gui::ReportFonts::family()
            << Qt::endl;
    }
    QElapsedTimer timer;
    timer.start();
    QString person;
    if (a.has(QStringLiteral("member"))) {
        // One member of the commune's working groups: the one-page summary instead of the commune report.
        const auto found = FollowUpService(*db).findPerson(scope->id, a.value(QStringLiteral("member")), asOf);
        if (!found) {
            return userError(err, found.error().message);
        }
        person = found.value();
    }
    const auto report = person.isEmpty() ? scope->build(*db) : gui::MemberReport::build(*db, scope->id, person, asOf);
    if (!report) {
        return userError(err, report.error().message);
    }
    const QString path = a.value(QStringLiteral("out"));
    const auto pages = gui::ReportPdf::write(report.value(), path);
    if (!pages) {
        return userError(err, pages.error().message);
    }
    out << "Wrote " << QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) << ": "
        << report.value().header.title << ", data as of " << dates::toDisplay(asOf) << ", " << pages.value()
        << (pages.value() == 1 ? " page" : " pages") << " (" << QFileInfo(path).size() / 1024 << " KiB, "
        << timer.elapsed() << " ms)" << Qt::endl;
    return kOk;
}
} // namespace

QList<Command> reportCommands()
{
    Command report{"report",
                   {QStringLiteral("out"), QStringLiteral("commune"), QStringLiteral("district"),
                    QStringLiteral("as-of"), QStringLiteral("language"), QStringLiteral("member")},
                   {},
                   1,
                   runReport};
    report.needsGuiApplication = true;
    return {report};
}

} // namespace ntm::cli
