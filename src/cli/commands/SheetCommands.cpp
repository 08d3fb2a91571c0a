// SPDX-License-Identifier: GPL-3.0-or-later
// ntm-cli import-sheet.
#include "CliCommands.h"
#include "CliSupport.h"
#include "CliWarnings.h"
#include "commands/Commands.h"

#include "sheetimport/SheetImport.h"

namespace ntm::cli {

using namespace ntm::core;

namespace {

ojson problemsJson(const QList<SheetImportProblem>& problems)
{
    ojson list = ojson::array();
    for (const SheetImportProblem& p : problems) {
        list.push_back({{"row", p.row}, {"column", utf8(p.header)}, {"message", utf8(p.message)}});
    }
    return list;
}

ojson columnsJson(const ColumnMapping& mapping)
{
    ojson list = ojson::array();
    for (const MappedColumn& c : mapping.columns()) {
        list.push_back(
            {{"column", utf8(ColumnMapping::columnName(c.column))},
             {"header", utf8(c.header)},
             {"field", c.field == SheetField::None ? ojson(nullptr) : ojson(utf8(SheetFields::key(c.field)))}});
    }
    return list;
}

/// A file that cannot be read or a database that cannot be opened: with --json, still the contract's object.
int fileError(const CliArgs& a, QTextStream& out, QTextStream& err, const QString& message)
{
    if (a.has(QStringLiteral("json"))) {
        ojson j;
        j["valid"] = 0;
        j["imported"] = 0;
        j["errors"] = ojson::array({{{"row", nullptr}, {"column", ""}, {"message", utf8(message)}}});
        out << QString::fromStdString(j.dump(2)) << Qt::endl;
    }
    return userError(err, message);
}

void printJson(const SheetImportOutcome& o, bool dryRun, QTextStream& out)
{
    const SheetImportPreview& p = o.checked;
    ojson j;
    j["valid"] = p.valid;
    j["imported"] = o.imported;
    j["errors"] = problemsJson(p.errors);
    j["warnings"] = problemsJson(p.warnings);
    j["already_present"] = p.alreadyPresent;
    j["skipped"] = o.skipped;
    j["officials_created"] = dryRun ? p.officialsToCreate : o.officialsCreated;
    j["dry_run"] = dryRun;
    j["sheet"] = utf8(p.sheetName);
    j["header_row"] = p.mapping.headerRow() + 1;
    j["columns"] = columnsJson(p.mapping);
    out << QString::fromStdString(j.dump(2)) << Qt::endl;
}

void printText(const SheetImportOutcome& o, bool dryRun, QTextStream& out)
{
    const SheetImportPreview& p = o.checked;
    out << "Sheet \"" << p.sheetName << "\", header on row " << p.mapping.headerRow() + 1 << Qt::endl;
    for (const MappedColumn& c : p.mapping.columns()) {
        if (c.field != SheetField::None) {
            out << "  " << ColumnMapping::columnName(c.column) << "  " << c.header << " → " << SheetFields::key(c.field)
                << Qt::endl;
        }
    }
    for (const SheetImportProblem& e : p.errors) {
        out << e.toString() << Qt::endl;
    }
    for (const SheetImportProblem& w : p.warnings) {
        out << "warning: " << w.toString() << Qt::endl;
    }
    out << p.valid << " valid row(s), " << p.errorRows() << " with errors, " << p.alreadyPresent
        << " already in the register";
    if (p.officialsToCreate > 0) {
        out << ", " << p.officialsToCreate << " new official(s)";
    }
    out << "; " << (dryRun ? QStringLiteral("dry run, nothing written") : QStringLiteral("%1 imported").arg(o.imported))
        << Qt::endl;
}

/// Runs the check (--dry-run) or the import; an Error only when the file or database cannot be used.
Result<SheetImportOutcome> run(Database& db, const SheetImportRequest& request, const CliArgs& a)
{
    SheetImportOptions options;
    options.skipRowsWithErrors = a.has(QStringLiteral("skip-errors"));
    SheetImport importer(db);
    if (!a.has(QStringLiteral("dry-run"))) {
        return importer.import(request, options);
    }
    auto preview = importer.preview(request);
    if (!preview) {
        return preview.error();
    }
    SheetImportOutcome o;
    o.checked = std::move(preview).value();
    return o;
}

int runImportSheet(const CliArgs& a, QTextStream& out, QTextStream& err)
{
    const auto kind = SheetFields::kindFromKey(a.value(QStringLiteral("kind")));
    if (!kind) {
        err << "ntm-cli: import-sheet needs --kind officials or --kind rotations" << Qt::endl << usage();
        return kUsageError;
    }
    Database::Options existing;
    existing.create = false;
    auto db = Database::open(a.positional().at(0), existing);
    if (!db) {
        return fileError(a, out, err, db.error().message);
    }
    printWarnings(*db.value(), err);
    if (Status s = signIn(a, *db.value()); !s) {
        return fileError(a, out, err, s.error().message);
    }
    SheetImportRequest request;
    request.path = a.positional().at(1);
    request.kind = *kind;
    request.sheetName = a.value(QStringLiteral("sheet"));
    request.createUnknownOfficials = a.has(QStringLiteral("create-officials"));
    const auto outcome = run(*db.value(), request, a);
    if (!outcome) {
        return fileError(a, out, err, outcome.error().message);
    }
    const SheetImportOutcome& o = outcome.value();
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    if (a.has(QStringLiteral("json"))) {
        printJson(o, dryRun, out);
    } else {
        printText(o, dryRun, out);
    }
    const bool stopped = o.checked.refused() || (o.checked.errorRows() > 0 && !a.has(QStringLiteral("skip-errors")));
    if (!stopped) {
        return kOk;
    }
    if (o.checked.refused()) {
        // The header's own finding names the column (or says why the rows are not officials).
        const QString why = o.checked.errors.isEmpty() ? QStringLiteral("the sheet cannot be imported")
                                                       : o.checked.errors.constFirst().message;
        return userError(err, why + QStringLiteral(" Nothing can be imported."));
    }
    return userError(
        err, QStringLiteral("%1 row(s) have errors; %2 (--skip-errors imports the other rows)")
                 .arg(QString::number(o.checked.errorRows()), dryRun ? QStringLiteral("the import would write nothing")
                                                                     : QStringLiteral("nothing was imported")));
}

} // namespace

QList<Command> sheetCommands()
{
    return {{"import-sheet",
             {QStringLiteral("kind"), QStringLiteral("sheet"), QStringLiteral("user")},
             {QStringLiteral("dry-run"), QStringLiteral("json"), QStringLiteral("skip-errors"),
              QStringLiteral("create-officials")},
             2,
             runImportSheet}};
}

} // namespace ntm::cli
