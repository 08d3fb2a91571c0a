// SPDX-License-Identifier: GPL-3.0-or-later
#include "sheetimport/RotationSheetCheck.h"

#include "access/AccessGuard.h"
#include "db/Database.h"
#include "service/OfficialService.h"
#include "service/UnitLookup.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"
#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/Ids.h"
#include "util/TextFold.h"

namespace ntm::core {

namespace {
QString periodOf(const Rotation& r)
{
    const QDate end = r.effectiveEnd();
    return end.isValid() ? RotationSheetCheck::tr("%1 – %2").arg(dates::toDisplay(r.startDate), dates::toDisplay(end))
                         : RotationSheetCheck::tr("from %1, no end date").arg(dates::toDisplay(r.startDate));
}
} // namespace

RotationSheetCheck::RotationSheetCheck(Database& db, bool createUnknownOfficials, const QDate& today)
    : m_db(db), m_create(createUnknownOfficials), m_today(today)
{
}

Status RotationSheetCheck::load()
{
    const auto officials = OfficialStore(m_db).all();
    if (!officials) {
        return officials.error();
    }
    m_officials.emplace(officials.value());
    const auto rotations = RotationStore(m_db).all();
    if (!rotations) {
        return rotations.error();
    }
    for (const Rotation& r : rotations.value()) {
        m_byOfficial[r.officialId].append(r);
        m_byCommune[r.communeId].append(r);
        m_byDecision[decisionKey(r.issuingBody, r.decisionNo)].append(r);
    }
    return {};
}

PreparedRow RotationSheetCheck::check(SheetRecord& record)
{
    Rotation r = read(record);
    const std::optional<Official> created = resolveOfficial(record, r);
    resolveCommune(record, r);
    checkScope(record, r);
    record.addIssues(RotationRules::check(r, context(r)));
    checkAgainstSheet(record, r);
    if (!record.hasErrors()) {
        remember(record.rowNumber(), r); // later rows conflict only with rows that will be written
    }

    PreparedRow prepared;
    const QString name =
        r.officialId.isEmpty() ? record.text(SheetField::FullName) : m_officials->names().value(r.officialId);
    prepared.outcome = record.outcome(label(r, name));
    if (!record.hasErrors()) {
        prepared.rotation = r;
        prepared.official = created;
    }
    return prepared;
}

void RotationSheetCheck::checkScope(SheetRecord& record, const Rotation& r)
{
    // Rows the signed-in user may not write (a district personnel officer: rotations into other districts) are
    // errors of their row, found before anything is written.
    if (m_db.actor().isAdmin() || r.communeId.isEmpty() || record.hasError(SheetField::Commune)) {
        return;
    }
    AccessGuard guard(m_db);
    const auto place = guard.rotationPlace(r.communeId, r.startDate, r.officialId);
    if (!place) {
        record.error(SheetField::Commune, place.error().message);
        return;
    }
    QString district = place.value().districtId;
    if (district.isEmpty() && m_officials->isCreated(r.officialId)) {
        district = m_db.actor().districtId; // an official this import creates belongs to the importer's district
    }
    if (Status s = guard.require(RecordKind::Rotation, RecordPlace{district, r.communeId}); !s) {
        record.error(SheetField::Commune, s.error().message);
    }
}

Rotation RotationSheetCheck::read(SheetRecord& record)
{
    Rotation r;
    r.id = ids::newId();
    const std::optional<RotationKind> kind = record.kind();
    r.kind = kind.value_or(RotationKind::LuanChuyen);
    if (!kind && record.mapped(SheetField::Kind) && !record.hasError(SheetField::Kind)) {
        record.warning(SheetField::Kind, tr("No kind given; recorded as luân chuyển (rotation)."));
    }
    r.decisionNo = record.text(SheetField::DecisionNo);
    r.decisionDate = record.date(SheetField::DecisionDate);
    r.issuingBody = record.text(SheetField::IssuingBody);
    r.fromUnit = record.text(SheetField::FromUnit);
    r.fromPosition = record.text(SheetField::FromPosition);
    r.toPosition = record.text(SheetField::ToPosition);
    r.startDate = record.date(SheetField::StartDate);
    r.plannedEnd = record.date(SheetField::PlannedEnd);
    r.actualEnd = record.date(SheetField::ActualEnd);
    r.evaluation = record.evaluation();
    r.note = record.text(SheetField::Note);
    return r;
}

std::optional<Official> RotationSheetCheck::resolveOfficial(SheetRecord& record, Rotation& r)
{
    Official o;
    o.fullName = record.text(SheetField::FullName);
    const std::optional<Gender> gender = record.gender();
    o.gender = gender.value_or(Gender::NotGiven); // never guessed
    o.birthDate = record.date(SheetField::BirthDate);
    o.homeUnit = r.fromUnit;
    o.position = r.fromPosition;
    o.homeDistrictId = m_db.actor().role == Role::Personnel ? m_db.actor().districtId : QString();
    if (o.fullName.isEmpty()) {
        record.error(SheetField::FullName, tr("Enter the official's full name."));
        return std::nullopt;
    }
    if (record.hasError(SheetField::BirthDate)) {
        return std::nullopt; // namesakes cannot be told apart without it
    }
    const auto match = m_officials->find(o, m_create);
    if (!match) {
        record.error(SheetField::FullName, match.error().message);
        return std::nullopt;
    }
    r.officialId = match.value().id;
    if (!match.value().created) {
        return std::nullopt;
    }
    if (match.value().createdNow) {
        if (!gender && !record.hasError(SheetField::Gender)) {
            record.warning(SheetField::Gender, tr("No gender given for the new official; recorded as not given."));
        }
        record.warning(SheetField::FullName, tr("%1 is not in the register and will be added.").arg(o.fullName));
    }
    record.addIssues(OfficialService::check(*match.value().created, m_today));
    return match.value().created;
}

void RotationSheetCheck::resolveCommune(SheetRecord& record, Rotation& r)
{
    const QString text = record.text(SheetField::Commune);
    if (text.isEmpty()) {
        return; // RotationRules asks for it
    }
    // Many rows name the same commune on the same day; UnitLookup reads every commune each time.
    const QString key = text::fold(text) + QLatin1Char('|') + dates::toIso(r.startDate);
    if (!m_lookups.contains(key)) {
        const auto found = UnitLookup::commune(m_db, text, r.startDate);
        std::optional<CommuneRow> row = found ? std::optional<CommuneRow>(found.value()) : exactName(text, r.startDate);
        if (!row) {
            m_lookupErrors.insert(key, found.error().message); // row is only missing when the lookup failed
        }
        m_lookups.insert(key, row);
    }
    if (const std::optional<CommuneRow>& row = m_lookups.value(key); row) {
        r.communeId = row->id;
    } else {
        record.error(SheetField::Commune, m_lookupErrors.value(key));
    }
}

std::optional<CommuneRow> RotationSheetCheck::exactName(const QString& text, const QDate& date)
{
    // Folding makes "Thạch Hạ" and "Thạch Hà" one name; written with their diacritics they are two communes.
    if (!date.isValid()) {
        return std::nullopt;
    }
    const auto rows = UnitStore(m_db).communesOn(date);
    if (!rows) {
        return std::nullopt;
    }
    const QString written = text.simplified().normalized(QString::NormalizationForm_C);
    std::optional<CommuneRow> match;
    for (const CommuneRow& c : rows.value()) {
        if (written.compare(c.name.normalized(QString::NormalizationForm_C), Qt::CaseInsensitive) == 0 ||
            written.compare(c.title().normalized(QString::NormalizationForm_C), Qt::CaseInsensitive) == 0) {
            if (match) {
                return std::nullopt;
            }
            match = c;
        }
    }
    return match;
}

RotationContext RotationSheetCheck::context(const Rotation& r)
{
    RotationContext c;
    c.today = m_today;
    c.officialExists = !r.officialId.isEmpty(); // found in the register, or to be created first
    c.commune = commune(r.communeId);
    c.sameOfficial = m_byOfficial.value(r.officialId);
    c.sameCommune = m_byCommune.value(r.communeId);
    if (!r.decisionNo.trimmed().isEmpty()) {
        c.sameDecision = m_byDecision.value(decisionKey(r.issuingBody, r.decisionNo));
    }
    c.officialNames = m_officials->names();
    c.communeName = [this](const QString& id, const QDate& date) { return communeName(id, date); };
    return c;
}

void RotationSheetCheck::checkAgainstSheet(SheetRecord& record, const Rotation& r)
{
    for (const SheetRotation& earlier : m_sheetByOfficial.value(r.officialId)) {
        if (RotationRules::overlaps(r, earlier.rotation)) {
            record.error(SheetField::StartDate,
                         tr("This term overlaps the same official's rotation to %1 (%2) in row %3.")
                             .arg(communeName(earlier.rotation.communeId, earlier.rotation.startDate),
                                  periodOf(earlier.rotation), QString::number(earlier.row)));
            break;
        }
    }
    if (r.decisionNo.trimmed().isEmpty()) {
        return;
    }
    if (const auto it = m_sheetDecisions.constFind(decisionKey(r.issuingBody, r.decisionNo));
        it != m_sheetDecisions.cend()) {
        record.error(SheetField::DecisionNo, tr("Decision %1 of %2 is already used in row %3; a decision number is "
                                                "used once per issuing body.")
                                                 .arg(r.decisionNo, r.issuingBody, QString::number(it.value())));
    }
}

void RotationSheetCheck::remember(int row, const Rotation& r)
{
    if (!r.officialId.isEmpty() && r.startDate.isValid()) {
        m_sheetByOfficial[r.officialId].append(SheetRotation{row, r});
    }
    const QString key = decisionKey(r.issuingBody, r.decisionNo);
    if (!r.decisionNo.trimmed().isEmpty() && !m_sheetDecisions.contains(key)) {
        m_sheetDecisions.insert(key, row);
    }
}

const Commune* RotationSheetCheck::commune(const QString& id)
{
    if (id.isEmpty()) {
        return nullptr;
    }
    auto it = m_communes.find(id);
    if (it == m_communes.end()) {
        const auto found = UnitStore(m_db).commune(id);
        it = m_communes.emplace(id, found ? found.value() : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
}

QString RotationSheetCheck::communeName(const QString& id, const QDate& date)
{
    const Commune* c = commune(id);
    const CommunePeriod* p = c ? c->periodOn(date) : nullptr;
    return p ? Vocabulary::communeTitle(p->kind, p->name) : id;
}

QString RotationSheetCheck::label(const Rotation& r, const QString& officialName)
{
    if (r.communeId.isEmpty()) {
        return officialName;
    }
    return officialName + QStringLiteral(" → ") + communeName(r.communeId, r.startDate);
}

} // namespace ntm::core
