// SPDX-License-Identifier: GPL-3.0-or-later
// The conflicts as the import wizard lists them: fields by their names, dates as dd/MM/yyyy, choices by their
// labels, officials and communes by name rather than by id.
#include "TestSupport.h"

#include "criteria/CriteriaImporter.h"
#include "domain/Vocabulary.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackagePreview.h"
#include "package/PackageReader.h"
#include "service/RotationService.h"
#include "store/OfficialStore.h"
#include "store/RotationStore.h"

using namespace ntm::core;
using namespace ntm::test;

namespace {
Package exported(Database& db, const QString& path)
{
    REQUIRE(PackageExporter(db).write(path, PackageScope::database(db).value()).ok());
    auto read = PackageReader::readFile(path);
    REQUIRE(read.ok());
    return std::move(read).value();
}

void edit(Database& db, const QString& id, const std::function<void(Rotation&)>& change)
{
    auto r = RotationStore(db).get(id).value();
    REQUIRE(r.has_value());
    change(*r);
    const Status s = RotationService(db).update(*r, Warnings::Accept);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}
} // namespace

TEST_CASE("Package conflicts name their fields and show values as people read them", "[package]")
{
    TempFolder folder;
    auto district = openDemo(folder.path(QStringLiteral("district.ntm")));
    auto province = openDb(folder.path(QStringLiteral("province.ntm")));
    REQUIRE(CriteriaImporter(*province).importShipped().ok());
    REQUIRE(PackageImporter(*province).import(exported(*district, folder.path(QStringLiteral("a.json")))).ok());

    // One rotation changed on both sides: its kind, its planned end and its note, differently.
    const auto rotations = RotationStore(*district).all().value();
    const Rotation* open = nullptr;
    for (const Rotation& r : rotations) {
        if (!r.actualEnd.isValid() && r.plannedEnd.isValid() && r.kind == RotationKind::LuanChuyen) {
            open = &r;
            break;
        }
    }
    REQUIRE(open);
    const QString id = open->id;
    const QDate end = open->plannedEnd;
    edit(*province, id, [&](Rotation& r) {
        r.kind = RotationKind::DieuDong;
        r.plannedEnd = end.addMonths(3);
    });
    edit(*district, id, [&](Rotation& r) {
        r.kind = RotationKind::BietPhai;
        r.plannedEnd = end.addMonths(6);
    });

    const auto preview = PackagePreview::compute(*province, exported(*district, folder.path(QStringLiteral("b.json"))));
    REQUIRE(preview.ok());
    REQUIRE(preview.value().conflicts().size() == 1);
    const PackageConflict& c = preview.value().conflicts().constFirst();
    const QString official = OfficialStore(*district).get(open->officialId).value()->fullName;
    CHECK(c.label.contains(official));
    QHash<QString, FieldDifference> byField;
    for (const FieldDifference& d : c.differences) {
        byField.insert(d.field, d);
    }
    REQUIRE(byField.contains(QStringLiteral("kind")));
    CHECK(byField.value(QStringLiteral("kind")).databaseValue == Vocabulary::label(RotationKind::DieuDong));
    CHECK(byField.value(QStringLiteral("kind")).packageValue == Vocabulary::label(RotationKind::BietPhai));
    REQUIRE(byField.contains(QStringLiteral("planned_end")));
    CHECK(byField.value(QStringLiteral("planned_end")).databaseValue ==
          end.addMonths(3).toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(byField.value(QStringLiteral("planned_end")).packageValue ==
          end.addMonths(6).toString(QStringLiteral("dd/MM/yyyy")));
    CHECK(PackageSchema::fieldLabel(QStringLiteral("planned_end")) == QStringLiteral("Planned end"));
    CHECK(PackageSchema::fieldLabel(QStringLiteral("kind")) == QStringLiteral("Kind"));
    CHECK(PackageSchema::fieldLabel(QStringLiteral("no_such_field")) == QStringLiteral("no_such_field"));
}
