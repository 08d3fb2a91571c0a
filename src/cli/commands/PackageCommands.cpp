// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli export, import: exchange packages (docs/exchange-format.md).
#include "CliCommands.h"
#include "CliSupport.h"
#include "commands/Commands.h"

#include "db/OwnerOnly.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "package/PackageReader.h"
#include "service/UnitLookup.h"

#include <QFileInfo>

namespace ntm::cli {

using namespace ntm::core;

namespace {
int runExport(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const bool district = a.has(QStringLiteral("district"));
    const bool commune = a.has(QStringLiteral("commune"));
    if (district && commune) {
        err << "ntm-cli export: give --district or --commune, not both" << Qt::endl << usage();
        return kUsageError;
    }
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    Result<PackageScope> scope = PackageScope::database(*db);
    if (district) {
        const auto d = UnitLookup::district(*db, a.value(QStringLiteral("district")));
        if (!d) {
            return userError(err, d.error().message);
        }
        scope = PackageScope::unit(*db, PackageScope::Kind::District, d.value().id);
    } else if (commune) {
        // A name reused after a merger means today's commune; one that no longer exists is looked up in history.
        auto c = UnitLookup::commune(*db, a.value(QStringLiteral("commune")), QDate::currentDate());
        if (!c) {
            c = UnitLookup::commune(*db, a.value(QStringLiteral("commune")));
        }
        if (!c) {
            return userError(err, c.error().message);
        }
        scope = PackageScope::unit(*db, PackageScope::Kind::Commune, c.value().id);
    }
    if (!scope) {
        return userError(err, scope.error().message);
    }
    const QString path = a.positional().at(1);
    const auto manifest = PackageExporter(*db).write(path, scope.value());
    if (!manifest) {
        return userError(err, manifest.error().message);
    }
    if (a.has(QStringLiteral("readable-by-all")) && !OwnerOnly::makeReadableByAll(path)) {
        return userError(err, QStringLiteral("%1 was written, but it could not be made readable by all").arg(path));
    }
    qint64 records = 0;
    for (const qint64 n : manifest.value().counts) {
        records += n;
    }
    out << "Exported " << records << " records of " << scope.value().name() << " to "
        << QFileInfo(path).absoluteFilePath() << Qt::endl;
    return kOk;
}

ojson countsJson(const KindCounts& k)
{
    return ojson{{"new", k.added},           {"changed", k.changed},   {"unchanged", k.unchanged},
                 {"conflicts", k.conflicts}, {"outdated", k.outdated}, {"taken", k.taken}};
}

void printSummary(const PackageSummary& s, bool dryRun, bool json, QTextStream& out)
{
    const KindCounts t = s.totals();
    if (json) {
        ojson j = countsJson(t);
        j["dry_run"] = dryRun;
        ojson byKind = ojson::object();
        for (const KindSpec& spec : PackageSchema::kinds()) {
            if (s.of(spec.kind).total() > 0) {
                byKind[spec.key] = countsJson(s.of(spec.kind));
            }
        }
        j["by_kind"] = byKind;
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
        return;
    }
    out << (dryRun ? "Would import (dry run, nothing written):" : "Imported:") << Qt::endl;
    for (const KindSpec& spec : PackageSchema::kinds()) {
        const KindCounts& k = s.of(spec.kind);
        if (k.total() > 0) {
            out << "  " << QString::fromLatin1(spec.key).leftJustified(22) << k.added << " new, " << k.changed
                << " changed, " << k.unchanged << " unchanged, " << k.conflicts << " conflicts, " << k.outdated
                << " outdated" << Qt::endl;
        }
    }
    out << "  total: " << t.added << " new, " << t.changed << " changed, " << t.unchanged << " unchanged, "
        << t.conflicts << " conflicts (" << t.taken << " taken from the package), " << t.outdated << " outdated"
        << Qt::endl;
    for (const PackageConflict& c : s.conflicts) {
        out << "  conflict: " << PackageSchema::key(c.kind) << " " << c.id << " (" << c.label << ")";
        for (const FieldDifference& d : c.differences) {
            out << "; " << d.field << ": database \"" << d.databaseValue << "\", package \"" << d.packageValue << "\"";
        }
        out << Qt::endl;
    }
}

int runImport(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    ConflictPolicies policies;
    if (a.has(QStringLiteral("on-conflict"))) {
        const QString choice = a.value(QStringLiteral("on-conflict"));
        if (choice != QLatin1String("keep") && choice != QLatin1String("take")) {
            err << "ntm-cli import: --on-conflict takes keep or take, not \"" << choice << "\"" << Qt::endl << usage();
            return kUsageError;
        }
        policies = ConflictPolicies::all(choice == QLatin1String("take") ? ConflictPolicy::Take : ConflictPolicy::Keep);
    }
    auto db = openExisting(a.positional().at(0), err);
    if (!db) {
        return kUserError;
    }
    if (Status s = signIn(a, *db); !s) {
        return userError(err, s.error().message);
    }
    const auto package = PackageReader::readFile(a.positional().at(1));
    if (!package) {
        return userError(err, package.error().message);
    }
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    if (dryRun) {
        const auto preview = PackagePreview::compute(*db, package.value(), policies);
        if (!preview) {
            return userError(err, preview.error().message);
        }
        if (!preview.value().canImport()) {
            return userError(err, preview.value().firstError().message);
        }
        printSummary(preview.value().summary(), true, a.has(QStringLiteral("json")), out);
        return kOk;
    }
    const auto outcome = PackageImporter(*db).import(package.value(), policies);
    if (!outcome) {
        return userError(err, outcome.error().message);
    }
    printSummary(outcome.value().summary, false, a.has(QStringLiteral("json")), out);
    return kOk;
}

} // namespace

QList<Command> packageCommands()
{
    return {{"export",
             {QStringLiteral("district"), QStringLiteral("commune")},
             {QStringLiteral("readable-by-all")},
             2,
             runExport},
            {"import",
             {QStringLiteral("on-conflict"), QStringLiteral("user")},
             {QStringLiteral("dry-run"), QStringLiteral("json")},
             2,
             runImport}};
}

} // namespace ntm::cli
