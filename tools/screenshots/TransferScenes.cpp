// SPDX-License-Identifier: GPL-3.0-or-later
// The exchange flows for docs/screenshots: the export dialog, the package wizard (a malformed file, a preview
// with conflicts, the summary) and the spreadsheet wizard (columns, a preview with errors). A district copy of
// the demo and a province database are prepared with core so that the package holds real conflicts.
#include "TransferScenes.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "package/PackageExporter.h"
#include "package/PackageImporter.h"
#include "package/PackageReader.h"
#include "service/RotationService.h"
#include "service/UnitLookup.h"
#include "shell/MainWindow.h"
#include "store/RotationStore.h"
#include "transfer/ExportPackageDialog.h"
#include "transfer/ImportPackageWizard.h"
#include "transfer/PackagePreviewPage.h"
#include "transfer/SheetImportWizard.h"
#include "transfer/SheetMappingPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QTextStream>
#include <QTreeWidget>

#include <functional>

using namespace ntm::core;
using namespace ntm::gui;

namespace {

template <typename T> T* visible(QWidget& window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* d : window.findChildren<T*>()) {
        if (d->isVisible()) {
            return d;
        }
    }
    return nullptr;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

void waitFor(const std::function<bool()>& done)
{
    while (!done()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

bool save(const QPixmap& picture, const QString& path, QTextStream& err)
{
    if (picture.isNull() || !picture.save(path)) {
        err << "cannot render " << path << Qt::endl;
        return false;
    }
    err << "wrote " << path << Qt::endl;
    return true;
}

QString ducThoPackage(Database& db, const QString& path)
{
    const auto district = UnitLookup::district(db, QStringLiteral("Đức Thọ"));
    const auto scope = district ? PackageScope::unit(db, PackageScope::Kind::District, district.value().id)
                                : Result<PackageScope>(district.error());
    if (!scope || !PackageExporter(db).write(path, scope.value())) {
        return {};
    }
    return path;
}

void change(Database& db, const QString& id, const std::function<void(Rotation&)>& edit)
{
    auto r = RotationStore(db).get(id);
    if (r && r.value()) {
        Rotation copy = *r.value();
        edit(copy);
        (void)RotationService(db).update(copy, Warnings::Accept);
    }
}

/// A district copy of the demo and a province database that imported the district's package; then both change
/// the same rotations differently, and the district exports again: the second package is in conflict.
QString conflictingPackage(Database& demo, const QString& dir, const QString& provincePath)
{
    const QString districtPath = dir + QStringLiteral("/district.ntm");
    if (!demo.backupTo(districtPath)) {
        return {};
    }
    auto district = Database::open(districtPath);
    auto province = Database::open(provincePath);
    if (!district || !province) {
        return {};
    }
    const QString first = ducThoPackage(*district.value(), dir + QStringLiteral("/first.json"));
    const auto read = PackageReader::readFile(first);
    if (first.isEmpty() || !read || !PackageImporter(*province.value()).import(read.value())) {
        return {};
    }
    const auto rotations = RotationStore(*province.value()).all();
    if (!rotations || rotations.value().size() < 2) {
        return {};
    }
    const QString a = rotations.value().at(0).id;
    const QString b = rotations.value().at(1).id;
    change(*province.value(), a, [](Rotation& r) { r.note = QStringLiteral("Tỉnh: đã rà soát hồ sơ"); });
    change(*district.value(), a, [](Rotation& r) { r.note = QStringLiteral("Huyện: gia hạn theo Kết luận 12-KL/HU"); });
    change(*province.value(), b, [](Rotation& r) { r.toPosition = QStringLiteral("Phó Bí thư Đảng ủy xã"); });
    change(*district.value(), b, [](Rotation& r) {
        r.toPosition = QStringLiteral("Phó Bí thư Đảng ủy, Chủ tịch UBND xã");
        if (r.plannedEnd.isValid()) {
            r.plannedEnd = r.plannedEnd.addMonths(6);
        }
    });
    return ducThoPackage(*district.value(), dir + QStringLiteral("/huyen-duc-tho.json"));
}

QString rotationsSheet(const QString& dir)
{
    const QString path = dir + QStringLiteral("/luan-chuyen-2019.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write(
        QStringLiteral(
            "STT,Họ và tên,Giới tính,Ngày sinh,Số quyết định,Ngày quyết định,Cơ quan ban hành,Đơn vị công tác,Chức "
            "vụ,Xã,"
            "Chức vụ tại xã,Từ ngày,Đến ngày\n"
            "1,Nguyễn Văn Hùng,Nam,14/03/1982,215-QĐ/HU,20/06/2019,Ban Thường vụ Huyện ủy Đức Thọ,Huyện đoàn Đức Thọ,"
            "Phó Bí thư,Xã Đức Lạng,Phó Bí thư Đảng ủy xã,01/07/2019,30/06/2022\n"
            "2,Trần Thị Mai,Nữ,31/02/1985,216-QĐ/HU,20/06/2019,Ban Thường vụ Huyện ủy Đức Thọ,Hội LHPN huyện,"
            "Phó Chủ tịch,Xã Đức Lâm,Phó Chủ tịch UBND xã,01/07/2019,30/06/2022\n"
            "3,Lê Đình Phong,Nam,02/09/1979,217-QĐ/HU,20/06/2019,Ban Thường vụ Huyện ủy Đức Thọ,Phòng Nông nghiệp,"
            "Trưởng phòng,Xã Đức Không,Chủ tịch UBND xã,01/07/2019,30/06/2022\n"
            "4,Phạm Quang Vinh,Nam,11/11/1980,215-QĐ/HU,20/06/2019,Ban Thường vụ Huyện ủy Đức Thọ,Văn phòng Huyện ủy,"
            "Chuyên viên,Xã Đức Thủy,Phó Bí thư Đảng ủy xã,01/07/2019,01/01/2020\n"
            "5,Võ Thị Hạnh,Nữ,05/05/1987,218-QĐ/HU,20/06/2019,Ban Thường vụ Huyện ủy Đức Thọ,UBND huyện Đức Thọ,"
            "Chuyên viên,Xã Đức Nhân,Phó Chủ tịch UBND xã,01/07/2019,30/06/2022\n")
            .toUtf8());
    return path;
}

struct Desk
{
    AppSettings settings;
    DatabaseSession session;
    MainWindow window;

    Desk(const QString& settingsPath, DatabaseSession* shared)
        : settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat)),
          window(shared ? *shared : session, settings)
    {
        window.resize(1200, 760);
        window.show();
    }
    void trigger(const char* name) { window.findChild<QAction*>(QLatin1String(name))->trigger(); }
};

QPixmap grabWizard(QWidget* wizard)
{
    settle();
    return wizard->grab();
}
} // namespace

int renderTransferScenes(DatabaseSession& demo, const QString& tmpDir, const QString& outDir, QTextStream& err)
{
    const QString settingsPath = tmpDir + QStringLiteral("/transfer.ini");
    const QString out = outDir + QLatin1Char('/');
    {
        Desk desk(settingsPath, &demo);
        desk.trigger("actionExportPackage");
        auto* dialog = visible<ExportPackageDialog>(desk.window);
        dialog->findChild<QRadioButton*>(QStringLiteral("districtRadio"))->setChecked(true);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("districtCombo"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("Huyện Đức Thọ"), Qt::MatchStartsWith));
        dialog->findChild<QLineEdit*>(QStringLiteral("pathEdit"))
            ->setText(QStringLiteral("/home/canbo/Tài liệu/huyen-duc-tho-2026-11-29.json"));
        settle();
        if (!save(dialog->grab(), out + QStringLiteral("export-package-dialog.png"), err)) {
            return 1;
        }
        dialog->reject();
    }
    const QString provincePath = tmpDir + QStringLiteral("/province.ntm");
    {
        DatabaseSession maker;
        if (!maker.create(provincePath, false)) {
            err << "cannot create the province database" << Qt::endl;
            return 1;
        }
    }
    const QString package = conflictingPackage(*demo.database(), tmpDir, provincePath);
    if (package.isEmpty()) {
        err << "cannot prepare the conflicting package" << Qt::endl;
        return 1;
    }
    {
        Desk desk(settingsPath, nullptr);
        if (!desk.session.open(provincePath)) {
            return 1;
        }
        // A malformed file first: the first page says where.
        const QString bad = tmpDir + QStringLiteral("/hong.json");
        QFile f(bad);
        if (f.open(QIODevice::WriteOnly)) {
            f.write("{\"manifest\": {\"format\": \"ntm-package\",\n  \"format_version\": 1,,\n");
            f.close();
        }
        desk.trigger("actionImportPackage");
        auto* wizard = visible<ImportPackageWizard>(desk.window);
        auto* path = wizard->findChild<QLineEdit*>(QStringLiteral("pathEdit"));
        path->setText(bad);
        wizard->next();
        if (!save(grabWizard(wizard), out + QStringLiteral("import-package-error.png"), err)) {
            return 1;
        }
        path->setText(package);
        wizard->next();
        if (wizard->currentId() != ImportPackageWizard::PreviewPageId) {
            err << "the package preview did not open" << Qt::endl;
            return 1;
        }
        if (!save(grabWizard(wizard), out + QStringLiteral("import-package-preview-conflicts.png"), err)) {
            return 1;
        }
        // The province takes the district's version of the rotations in conflict.
        auto* preview = static_cast<PackagePreviewPage*>(wizard->currentPage());
        if (QComboBox* take = preview->policyCombo(PackageKind::Rotations)) {
            take->setCurrentIndex(1);
            Q_EMIT take->activated(1);
        }
        wizard->next();
        waitFor([wizard] { return wizard->currentId() == ImportPackageWizard::SummaryPageId; });
        if (!save(grabWizard(wizard), out + QStringLiteral("import-package-summary.png"), err)) {
            return 1;
        }
        wizard->accept();
    }
    {
        Desk desk(settingsPath, &demo);
        desk.trigger("actionImportSheet");
        auto* wizard = visible<SheetImportWizard>(desk.window);
        wizard->findChild<QLineEdit*>(QStringLiteral("pathEdit"))->setText(rotationsSheet(tmpDir));
        wizard->findChild<QRadioButton*>(QStringLiteral("rotationsRadio"))->setChecked(true);
        wizard->next();
        if (wizard->currentId() != SheetImportWizard::MappingPageId) {
            err << "the spreadsheet did not open" << Qt::endl;
            return 1;
        }
        if (!save(grabWizard(wizard), out + QStringLiteral("import-sheet-columns.png"), err)) {
            return 1;
        }
        wizard->next();
        wizard->findChild<QCheckBox*>(QStringLiteral("createOfficialsCheck"))->setChecked(true);
        if (!save(grabWizard(wizard), out + QStringLiteral("import-sheet-preview-errors.png"), err)) {
            return 1;
        }
        wizard->reject(); // nothing written: the demo stays as it is for the other pictures
    }
    return 0;
}
