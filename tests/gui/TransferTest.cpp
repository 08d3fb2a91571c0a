// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export package and Import package, driven through the real menu actions, dialog and wizard pages
// (offscreen): what the user sees and what ends up in the database.
#include "TransferHelpers.h"

#include "package/PackageExporter.h"
#include "package/PackageReader.h"
#include "service/RotationService.h"
#include "service/UnitLookup.h"
#include "store/RotationStore.h"
#include "transfer/ExportPackageDialog.h"
#include "transfer/ImportPackageWizard.h"
#include "transfer/PackageFilePage.h"
#include "transfer/PackagePreviewPage.h"
#include "transfer/SummaryPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
QString packageOfDucTho(Database& db, const QString& path)
{
    const auto district = UnitLookup::district(db, QStringLiteral("Đức Thọ"));
    REQUIRE(district.ok());
    const auto scope = PackageScope::unit(db, PackageScope::Kind::District, district.value().id);
    REQUIRE(scope.ok());
    REQUIRE(PackageExporter(db).write(path, scope.value()).ok());
    return path;
}

/// Opens File > Import package, gives the file and goes to the preview page.
ImportPackageWizard* previewPackage(Desk& desk, const QString& path)
{
    desk.trigger("actionImportPackage");
    auto* wizard = desk.dialog<ImportPackageWizard>();
    REQUIRE(wizard->currentId() == ImportPackageWizard::FilePageId);
    typeText(child<QLineEdit>(wizard, "pathEdit"), path);
    click(wizard->button(QWizard::NextButton));
    if (wizard->currentId() != ImportPackageWizard::PreviewPageId) {
        FAIL(static_cast<PackageFilePage*>(wizard->page(ImportPackageWizard::FilePageId))->errorText().toStdString());
    }
    return wizard;
}

/// The numbers of the Total line of the preview's table.
QStringList totalLine(ImportPackageWizard* wizard)
{
    auto* table = child<QTableWidget>(wizard, "countsTable");
    const int last = table->rowCount() - 1;
    REQUIRE(table->item(last, 0)->text() == ImportPackageWizard::tr("Total"));
    QStringList out;
    for (int c = 1; c < table->columnCount(); ++c) {
        out.append(table->item(last, c)->text());
    }
    return out;
}

QString summaryOf(ImportPackageWizard* wizard)
{
    waitUntil([wizard] { return wizard->currentId() == ImportPackageWizard::SummaryPageId; });
    return static_cast<SummaryPage*>(wizard->currentPage())->text();
}
} // namespace

TEST_CASE("A district exported through the dialog imports into another database through the wizard, twice "
          "changes nothing",
          "[gui][transfer]")
{
    Desk district(true);
    Desk province(false);
    const QString path = district.tmp.path(QStringLiteral("duc-tho.json"));

    // Export: the district typed without diacritics, as the completion allows.
    district.trigger("actionExportPackage");
    auto* exporter = district.dialog<ExportPackageDialog>();
    click(child<QRadioButton>(exporter, "districtRadio"));
    auto* districtCombo = child<QComboBox>(exporter, "districtCombo");
    REQUIRE(districtCombo->isEnabled());
    typeText(districtCombo->lineEdit(), QStringLiteral("duc tho"));
    districtCombo->completer()->popup()->hide();
    auto* pathEdit = child<QLineEdit>(exporter, "pathEdit");
    CHECK(pathEdit->text().endsWith(QStringLiteral(".json")));
    pathEdit->setText(path);
    Q_EMIT pathEdit->textEdited(path);
    click(child<QDialogButtonBox>(exporter, "buttonBox")->button(QDialogButtonBox::Ok));
    REQUIRE(QFile::exists(path));
    REQUIRE(Messages::recorded().size() == 1);
    const QString message = Messages::recorded().constFirst();
    CHECK(message.contains(QStringLiteral("Đức Thọ")));
    CHECK(message.contains(path));
    const auto package = PackageReader::readFile(path);
    REQUIRE(package.ok());
    CHECK(package.value().manifest.scopeKind == QStringLiteral("district"));
    const qint64 communes = package.value().count(PackageKind::Communes);
    const qint64 rotations = package.value().count(PackageKind::Rotations);
    const qint64 assessments = package.value().count(PackageKind::Assessments);
    CHECK(message.contains(QLocale().toString(assessments)));
    REQUIRE(communes > 10);
    REQUIRE(rotations > 5);
    REQUIRE(assessments > 1000);

    // Import into the province's database: the preview first, nothing written yet.
    province.pushUndoStep();
    const QByteArray before = checksum(province.db());
    auto* wizard = previewPackage(province, path);
    CHECK(checksum(province.db()) == before);
    const KindCounts planned = wizard->preview()->totals();
    CHECK(planned.added == package.value().recordCount() - planned.unchanged);
    CHECK(planned.conflicts == 0);
    const QLocale locale;
    CHECK(totalLine(wizard) == QStringList{locale.toString(planned.added), locale.toString(planned.changed),
                                           locale.toString(planned.unchanged), locale.toString(planned.conflicts),
                                           locale.toString(planned.outdated)});
    CHECK_FALSE(child<QWidget>(wizard, "conflictGroup")->isVisible());
    auto* rotationsTable = province.window.findChild<QTableView*>(QStringLiteral("rotationTable"));
    REQUIRE(rotationsTable);
    CHECK(rotationsTable->model()->rowCount() == 0);

    click(wizard->button(QWizard::CommitButton));
    const QString summary = summaryOf(wizard);
    CHECK(summary.contains(QStringLiteral("duc-tho.json")));
    CHECK(countOf(province.db(), "commune") == communes);
    CHECK(countOf(province.db(), "rotation") == rotations);
    CHECK(countOf(province.db(), "assessment") == assessments);
    // Every view shows the new data; the undo history no longer applies and is cleared.
    CHECK(rotationsTable->model()->rowCount() > 0);
    CHECK(province.window.undoStack()->count() == 0);
    click(wizard->button(QWizard::FinishButton));

    // The same package again: all unchanged, and not a byte written.
    province.pushUndoStep();
    const QByteArray imported = checksum(province.db());
    auto* again = previewPackage(province, path);
    const KindCounts second = again->preview()->totals();
    CHECK(second.added == 0);
    CHECK(second.changed == 0);
    CHECK(second.conflicts == 0);
    CHECK(second.unchanged == package.value().recordCount());
    CHECK(child<QLabel>(again, "manifestLabel")
              ->text()
              .contains(PackagePreviewPage::tr("Every record of the package is already in this database (or older "
                                               "there): importing it writes nothing.")));
    click(again->button(QWizard::CommitButton));
    CHECK(summaryOf(again).contains(QStringLiteral("Nothing needed writing")));
    CHECK(checksum(province.db()) == imported);
    CHECK(province.window.undoStack()->count() == 1);
}

TEST_CASE("A conflict is resolved in the wizard by taking the package's version", "[gui][transfer]")
{
    Desk district(true);
    Desk province(false);
    const QString first = packageOfDucTho(district.db(), district.tmp.path(QStringLiteral("first.json")));
    click((previewPackage(province, first))->button(QWizard::CommitButton));
    summaryOf(visibleDialog<ImportPackageWizard>(&province.window));
    click(province.dialog<ImportPackageWizard>()->button(QWizard::FinishButton));

    // The same rotation changed on both sides since the first package.
    const auto all = RotationStore(province.db()).all();
    REQUIRE(all.ok());
    REQUIRE_FALSE(all.value().isEmpty());
    const QString id = all.value().constFirst().id;
    const auto setNote = [&id](Database& db, const QString& note) {
        auto r = RotationStore(db).get(id).value();
        REQUIRE(r.has_value());
        r->note = note;
        REQUIRE(RotationService(db).update(*r, Warnings::Accept).ok());
    };
    setNote(province.db(), QStringLiteral("ghi chú của tỉnh"));
    setNote(district.db(), QStringLiteral("ghi chú của huyện"));
    const QString second = packageOfDucTho(district.db(), district.tmp.path(QStringLiteral("second.json")));

    auto* wizard = previewPackage(province, second);
    REQUIRE(wizard->preview()->summary().of(PackageKind::Rotations).conflicts == 1);
    auto* tree = child<QTreeWidget>(wizard, "conflictTree");
    REQUIRE(tree->topLevelItemCount() == 1);
    QTreeWidgetItem* conflict = tree->topLevelItem(0);
    CHECK(conflict->text(0).startsWith(PackageSchema::label(PackageKind::Rotations).left(1).toUpper()));
    REQUIRE(conflict->childCount() == 1);
    CHECK(conflict->child(0)->text(0) == PackageSchema::fieldLabel(QStringLiteral("note")));
    CHECK(conflict->child(0)->text(1) == QStringLiteral("ghi chú của tỉnh"));
    CHECK(conflict->child(0)->text(2) == QStringLiteral("ghi chú của huyện"));

    // Keep is the default; the user takes the package's version for rotations.
    auto* policy = static_cast<PackagePreviewPage*>(wizard->currentPage())->policyCombo(PackageKind::Rotations);
    REQUIRE(policy);
    CHECK(policy->currentIndex() == 0);
    policy->setFocus();
    QTest::keyClick(policy, Qt::Key_Down);
    CHECK(policy->currentIndex() == 1);
    CHECK(wizard->preview()->summary().of(PackageKind::Rotations).taken == 1);
    click(wizard->button(QWizard::CommitButton));
    summaryOf(wizard);
    CHECK(RotationStore(province.db()).get(id).value()->note == QStringLiteral("ghi chú của huyện"));
}

TEST_CASE("Cancel during the import leaves the database as it was, a bad package is refused on the first page",
          "[gui][transfer]")
{
    Desk district(true);
    Desk province(false);
    const QString path = packageOfDucTho(district.db(), district.tmp.path(QStringLiteral("duc-tho.json")));
    const QByteArray before = checksum(province.db());
    const qint64 communesBefore = countOf(province.db(), "commune");

    SECTION("Cancel while writing")
    {
        auto* wizard = previewPackage(province, path);
        bool clicked = false;
        QObject::connect(&wizard->pump(), &ProgressPump::stepped, wizard, [&] {
            if (!clicked && wizard->currentId() == ImportPackageWizard::RunPageId) {
                clicked = true;
                QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            }
        });
        click(wizard->button(QWizard::CommitButton));
        const QString summary = summaryOf(wizard);
        CHECK(clicked);
        CHECK(summary.contains(QStringLiteral("cancelled")));
        CHECK(wizard->isVisible()); // Cancel stopped the work; it did not close the wizard mid-way
        CHECK(checksum(province.db()) == before);
        CHECK(countOf(province.db(), "commune") == communesBefore);
    }
    SECTION("Malformed JSON: its line and column")
    {
        const QString bad = province.tmp.path(QStringLiteral("bad.json"));
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("{\"manifest\": {\"format\": \"ntm-package\",\n  \"format_version\": 1,, \"x\": 2}}\n");
        f.close();
        province.trigger("actionImportPackage");
        auto* wizard = province.dialog<ImportPackageWizard>();
        typeText(child<QLineEdit>(wizard, "pathEdit"), bad);
        click(wizard->button(QWizard::NextButton));
        CHECK(wizard->currentId() == ImportPackageWizard::FilePageId);
        const QString error = static_cast<PackageFilePage*>(wizard->currentPage())->errorText();
        CHECK(error.contains(QStringLiteral("line 2, column 2")));
        CHECK(child<QLabel>(wizard->currentPage(), "errorLabel")->isVisible());
        CHECK(checksum(province.db()) == before);
    }
    SECTION("A newer format version and a reference to nothing")
    {
        province.trigger("actionImportPackage");
        auto* wizard = province.dialog<ImportPackageWizard>();
        typeText(child<QLineEdit>(wizard, "pathEdit"),
                 QStringLiteral(NTM_SOURCE_DIR "/fuzz/corpus/package/invalid-newer-version.json"));
        click(wizard->button(QWizard::NextButton));
        CHECK(wizard->currentId() == ImportPackageWizard::FilePageId);
        auto* page = static_cast<PackageFilePage*>(wizard->currentPage());
        CHECK(page->errorText().contains(QStringLiteral("newer")));

        // A commune package of the demo names officials, districts and criteria; taken alone into a database
        // without its units, its references are checked and reported by record, in plain words.
        const QString lone = district.tmp.path(QStringLiteral("lone.json"));
        {
            QFile in(path);
            REQUIRE(in.open(QIODevice::ReadOnly));
            auto json = nlohmann::json::parse(in.readAll().toStdString());
            json["districts"] = nlohmann::json::array();
            json["manifest"]["counts"]["districts"] = 0;
            nlohmann::json content = json;
            content.erase("manifest");
            json["manifest"]["sha256"] =
                QCryptographicHash::hash(QByteArray::fromStdString(content.dump()), QCryptographicHash::Sha256)
                    .toHex()
                    .toStdString();
            QFile out(lone);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(QByteArray::fromStdString(json.dump()));
        }
        auto* line = child<QLineEdit>(wizard, "pathEdit");
        line->clear();
        typeText(line, lone);
        click(wizard->button(QWizard::NextButton));
        CHECK(wizard->currentId() == ImportPackageWizard::FilePageId);
        CHECK(page->errorText().contains(QStringLiteral("nothing was written")));
        CHECK(page->errorText().contains(QStringLiteral("district")));
        CHECK(checksum(province.db()) == before);
    }
}

TEST_CASE("Speed: the whole demo exported through the dialog and imported through the wizard", "[.transfer-speed]")
{
    Desk demo(true);
    Desk fresh(false);
    const QString path = demo.tmp.path(QStringLiteral("demo.json"));
    QElapsedTimer timer;

    demo.trigger("actionExportPackage");
    auto* exporter = demo.dialog<ExportPackageDialog>();
    auto* pathEdit = child<QLineEdit>(exporter, "pathEdit");
    pathEdit->setText(path);
    Q_EMIT pathEdit->textEdited(path);
    timer.start();
    click(child<QDialogButtonBox>(exporter, "buttonBox")->button(QDialogButtonBox::Ok));
    const qint64 exportMs = timer.elapsed();
    REQUIRE(QFile::exists(path));

    timer.start();
    auto* wizard = previewPackage(fresh, path);
    const qint64 previewMs = timer.elapsed();
    timer.start();
    click(wizard->button(QWizard::CommitButton));
    summaryOf(wizard);
    const qint64 importMs = timer.elapsed();
    REQUIRE(countOf(fresh.db(), "assessment") == countOf(demo.db(), "assessment"));
    WARN("whole demo (" << QFileInfo(path).size() / 1024 << " KiB, " << wizard->package()->recordCount()
                        << " records): export " << exportMs << " ms; read and preview " << previewMs
                        << " ms; import and reload of the views " << importMs << " ms");
}

TEST_CASE("Cancel during an export leaves no file, the dialog says so and stays open", "[gui][transfer]")
{
    Desk desk(true);
    const QString path = desk.tmp.path(QStringLiteral("all.json"));
    desk.trigger("actionExportPackage");
    auto* dialog = desk.dialog<ExportPackageDialog>();
    CHECK(child<QRadioButton>(dialog, "databaseRadio")->isChecked());
    auto* pathEdit = child<QLineEdit>(dialog, "pathEdit");
    pathEdit->setText(path);
    Q_EMIT pathEdit->textEdited(path);
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    bool clicked = false;
    QObject::connect(&dialog->pump(), &ProgressPump::stepped, dialog, [&] {
        if (!clicked) {
            clicked = true;
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        }
    });
    click(buttons->button(QDialogButtonBox::Ok));
    CHECK(clicked);
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "errorLabel")->toolTip().contains(QStringLiteral("cancelled")));
    CHECK(Messages::recorded().isEmpty());
    click(buttons->button(QDialogButtonBox::Cancel));
    CHECK_FALSE(dialog->isVisible());
}
