// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/SheetImport.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/OfficialService.h"
#include "service/RotationService.h"
#include "sheetimport/OfficialSheetCheck.h"
#include "sheetimport/PreparedRow.h"
#include "sheetimport/RotationSheetCheck.h"
#include "sheetimport/SheetPlausibility.h"
#include "sheetimport/SheetRecord.h"
#include "sheetimport/SheetSource.h"
#include "sheetimport/SheetValueParser.h"
#include "store/OfficialStore.h"

#include <QRegularExpression>
#include <QSet>

#include <variant>

namespace ntm::core {

struct SheetImport::Analysis
{
    SheetImportPreview preview;
    QList<PreparedRow> rows;
};

namespace {

/// Vietnamese forms often number their columns under the header: (1) (2) (3)…; such a row is no data.
bool isColumnNumbering(const QList<SheetCell>& row)
{
    static const QRegularExpression number(QStringLiteral("^\\(?\\d{1,3}\\)?$"));
    int numbers = 0;
    for (const SheetCell& cell : row) {
        const QString text = SheetValueParser::text(cell);
        if (text.isEmpty()) {
            continue;
        }
        if (!number.match(text).hasMatch()) {
            return false;
        }
        ++numbers;
    }
    return numbers >= 2;
}

SheetImportProblem headerProblem(const ColumnMapping& mapping, const QString& message, bool warning)
{
    SheetImportProblem p;
    p.row = mapping.headerRow() + 1;
    p.message = message;
    p.warning = warning;
    return p;
}

void addHeaderProblems(SheetImportPreview& preview)
{
    const ColumnMapping& m = preview.mapping;
    for (SheetField f : m.missingRequired()) {
        preview.errors.append(headerProblem(
            m,
            SheetImport::tr("No column holds %1 (a column headed \"%2\", for example); choose the column that does.")
                .arg(SheetFields::label(f, m.kind()), SheetPlausibility::usualHeader(f)),
            false));
    }
    if (const auto problem = SheetPlausibility::identityProblem(m)) {
        preview.errors.append(headerProblem(m, *problem, false));
    }
    if (m.kind() == SheetImportKind::Rotations && m.column(SheetField::Kind) < 0) {
        preview.warnings.append(headerProblem(
            m, SheetImport::tr("No column holds the kind of rotation; every row is recorded as luân chuyển."), true));
    }
    if (m.column(SheetField::Gender) < 0 && m.kind() == SheetImportKind::Officials) {
        preview.warnings.append(headerProblem(
            m, SheetImport::tr("No column holds the gender; it is recorded as not given for every official."), true));
    }
}

void count(SheetImportPreview& preview, const PreparedRow& row)
{
    preview.rows.append(row.outcome);
    switch (row.outcome.status) {
    case SheetRowStatus::AlreadyPresent:
        ++preview.alreadyPresent;
        return;
    case SheetRowStatus::Error:
        break;
    case SheetRowStatus::Valid:
    case SheetRowStatus::Warning:
        ++preview.valid;
        break;
    }
    for (const SheetImportProblem& p : row.outcome.problems) {
        (p.warning ? preview.warnings : preview.errors).append(p);
    }
}

Error cancelled()
{
    return Error{QString(), SheetImport::tr("Cancelled; nothing was written.")};
}

} // namespace

Result<QStringList> SheetImport::sheetNames(const QString& path)
{
    const auto loaded = SheetSource::load(path, QString());
    if (!loaded) {
        return loaded.error();
    }
    return loaded.value().sheetNames;
}

Result<SheetImportPreview> SheetImport::preview(const SheetImportRequest& request, const Progress& progress)
{
    auto loaded = SheetSource::load(request.path, request.sheetName);
    if (!loaded) {
        return loaded.error();
    }
    SheetSource::Loaded& l = loaded.value();
    const QString name = l.sheet.name;
    auto analysis = analyse(request, name, l.sheetNames, std::move(l.sheet), progress);
    if (!analysis) {
        return analysis.error();
    }
    return std::move(analysis.value().preview);
}

Result<SheetImport::Analysis> SheetImport::analyse(const SheetImportRequest& request, QString sheetName,
                                                   QStringList sheetNames, Sheet sheet, const Progress& progress)
{
    // Refused at once for a role that may not write this kind of record at all; rows outside a personnel
    // officer's district are errors of their rows (RotationSheetCheck).
    const RecordKind kind = request.kind == SheetImportKind::Officials ? RecordKind::Official : RecordKind::Rotation;
    if (Status s = AccessGuard(m_db).requireKind(kind); !s) {
        return s.error();
    }
    Analysis a;
    SheetImportPreview& p = a.preview;
    p.request = request;
    p.sheetName = std::move(sheetName);
    p.sheetNames = std::move(sheetNames);
    p.sheet = std::move(sheet);
    const int headerRow =
        request.headerRow > 0 ? request.headerRow - 1 : ColumnMapping::findHeaderRow(request.kind, p.sheet);
    p.mapping = ColumnMapping::recognise(request.kind, p.sheet, headerRow);
    p.mapping.apply(request.columns);
    addHeaderProblems(p);
    if (p.headerIncomplete()) {
        return a; // every row would repeat the same error
    }
    if (Status s = checkRows(a, progress); !s) {
        return s.error();
    }
    return a;
}

Status SheetImport::checkRows(Analysis& a, const Progress& progress)
{
    SheetImportPreview& p = a.preview;
    const QDate today = QDate::currentDate();
    std::variant<std::monostate, OfficialSheetCheck, RotationSheetCheck> checker;
    if (p.request.kind == SheetImportKind::Officials) {
        const auto registered = OfficialStore(m_db).all();
        if (!registered) {
            return registered.error();
        }
        OfficialSheetCheck& officials = checker.emplace<OfficialSheetCheck>(registered.value(), today);
        if (m_db.actor().role == Role::Personnel) {
            officials.setHomeDistrict(m_db.actor().districtId);
        }
    } else {
        RotationSheetCheck& rotations =
            checker.emplace<RotationSheetCheck>(m_db, p.request.createUnknownOfficials, today);
        if (Status s = rotations.load(); !s) {
            return s;
        }
    }
    const int first = p.mapping.headerRow() + 1;
    const int total = std::max(0, static_cast<int>(p.sheet.rows.size()) - first);
    QSet<QString> newOfficials;
    QStringList names;
    for (int r = first; r < p.sheet.rows.size(); ++r) {
        if (progress && !progress(r - first, total, tr("Checking rows"))) {
            return cancelled();
        }
        if (r == first && isColumnNumbering(p.sheet.rows.at(r))) {
            continue;
        }
        SheetRecord record(p.sheet.rows.at(r), r, p.mapping);
        if (record.isBlank()) {
            continue;
        }
        names.append(record.text(SheetField::FullName));
        PreparedRow row = std::holds_alternative<OfficialSheetCheck>(checker)
                              ? std::get<OfficialSheetCheck>(checker).check(record)
                              : std::get<RotationSheetCheck>(checker).check(record);
        if (row.rotation && row.official) {
            newOfficials.insert(row.official->id);
        }
        count(p, row);
        a.rows.append(std::move(row));
    }
    p.officialsToCreate = static_cast<int>(newOfficials.size());
    if (const auto problem = SheetPlausibility::peopleProblem(p.mapping, names)) {
        p.notPeople = true;
        p.errors.prepend(headerProblem(p.mapping, *problem, false));
    }
    return {};
}

Result<SheetImportOutcome> SheetImport::import(const SheetImportRequest& request, const SheetImportOptions& options,
                                               const Progress& progress)
{
    auto loaded = SheetSource::load(request.path, request.sheetName);
    if (!loaded) {
        return loaded.error();
    }
    SheetImportPreview read;
    read.request = request;
    read.sheetName = loaded.value().sheet.name;
    read.sheetNames = loaded.value().sheetNames;
    read.sheet = std::move(loaded.value().sheet);
    return import(read, options, progress);
}

Result<SheetImportOutcome> SheetImport::import(const SheetImportPreview& preview, const SheetImportOptions& options,
                                               const Progress& progress)
{
    Transaction tx(m_db);
    if (!tx.started()) {
        return tx.started().error();
    }
    // Checked again inside the transaction: what is written is what the rules accept now.
    auto analysis = analyse(preview.request, preview.sheetName, preview.sheetNames, preview.sheet, progress);
    if (!analysis) {
        return analysis.error();
    }
    SheetImportOutcome outcome;
    outcome.checked = std::move(analysis.value().preview);
    outcome.skipped = outcome.checked.errorRows();
    const bool blocked = outcome.checked.refused() || (outcome.skipped > 0 && !options.skipRowsWithErrors);
    if (blocked) {
        outcome.skipped = 0;
        return outcome; // nothing written: the transaction rolls back what it never did
    }
    if (Status s = write(analysis.value().rows, outcome, progress); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    outcome.written = true;
    return outcome;
}

Status SheetImport::write(const QList<PreparedRow>& rows, SheetImportOutcome& outcome, const Progress& progress)
{
    OfficialService officials(m_db);
    RotationService rotations(m_db);
    QSet<QString> created;
    const int total = outcome.checked.valid;
    for (const PreparedRow& row : rows) {
        if (!row.writable()) {
            continue;
        }
        if (row.official && !created.contains(row.official->id)) {
            if (const auto id = officials.create(*row.official); !id) {
                return Error{id.error().field,
                             tr("row %1: %2").arg(QString::number(row.outcome.row), id.error().message)};
            }
            created.insert(row.official->id);
        }
        if (row.rotation) {
            if (const auto id = rotations.create(*row.rotation, Warnings::Accept); !id) {
                return Error{id.error().field,
                             tr("row %1: %2").arg(QString::number(row.outcome.row), id.error().message)};
            }
        }
        ++outcome.imported;
        if (progress && !progress(outcome.imported, total, tr("Writing rows"))) {
            return cancelled();
        }
    }
    if (outcome.checked.request.kind == SheetImportKind::Rotations) {
        outcome.officialsCreated = static_cast<int>(created.size());
    }
    return {};
}

} // namespace ntm::core
