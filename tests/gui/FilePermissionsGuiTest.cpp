// SPDX-License-Identifier: GPL-3.0-or-later
// Who may read what the app writes (docs/security.md): a new database is its owner's only, and File > Export
// package writes for the owner only unless "Readable by other users of this computer" is ticked (remembered); the
// Connect dialog's default TLS mode.
#include "TransferHelpers.h"

#include "server/ConnectServerDialog.h"
#include "transfer/ExportPackageDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>

#include <sys/stat.h>

using namespace ntm::core;
using namespace ntm::gui;
using namespace ntm::test;

namespace {
/// File > Export package of the whole database into `path`; returns the dialog's check box as it was shown.
bool exportWholeDatabase(Desk& desk, const QString& path, bool tickReadable)
{
    desk.trigger("actionExportPackage");
    auto* exporter = desk.dialog<ExportPackageDialog>();
    auto* readable = child<QCheckBox>(exporter, "readableCheck");
    const bool shown = readable->isChecked();
    if (tickReadable != shown) {
        tick(readable);
        REQUIRE(readable->isChecked() == tickReadable);
    }
    auto* pathEdit = child<QLineEdit>(exporter, "pathEdit");
    pathEdit->setText(path);
    Q_EMIT pathEdit->textEdited(path);
    click(child<QDialogButtonBox>(exporter, "buttonBox")->button(QDialogButtonBox::Ok));
    REQUIRE(QFile::exists(path));
    return shown;
}
} // namespace

TEST_CASE("The app's new database and packages are for their owner only unless the user ticks the box",
          "[gui][transfer][permissions]")
{
    const ScopedUmask umask(022);
    Desk desk(false);
    CHECK(modeOf(desk.db().path()) == 0600);

    const QString own = desk.tmp.path(QStringLiteral("goi.json"));
    CHECK_FALSE(exportWholeDatabase(desk, own, false)); // off by default
    CHECK(modeOf(own) == 0600);

    const QString shared = desk.tmp.path(QStringLiteral("goi-chung.json"));
    CHECK_FALSE(exportWholeDatabase(desk, shared, true));
    CHECK(modeOf(shared) == 0644);
    CHECK(desk.settings.packagesReadableByAll());

    // Remembered: the next export starts ticked; unticking it is remembered too.
    const QString again = desk.tmp.path(QStringLiteral("goi-2.json"));
    CHECK(exportWholeDatabase(desk, again, false));
    CHECK(modeOf(again) == 0600);
    CHECK_FALSE(desk.settings.packagesReadableByAll());
}

TEST_CASE("Connect to server starts on the default TLS mode, which the address leaves out", "[gui][server]")
{
    Desk desk(false);
    desk.trigger("actionConnectServer");
    auto* dialog = desk.dialog<ConnectServerDialog>();
    auto* tls = child<QComboBox>(dialog, "tlsCombo");
    auto* uri = child<QLineEdit>(dialog, "uriEdit");
    CHECK(tls->currentData().toString().isEmpty()); // "default: TLS required, except on this computer"
    CHECK_FALSE(uri->text().contains(QStringLiteral("sslmode")));
    // A mode the user gives is kept, "prefer" included (it used to be dropped as libpq's default).
    uri->setText(QStringLiteral("postgresql://lan@db.tinh.gov.vn/ntm_hatinh?sslmode=prefer"));
    Q_EMIT uri->editingFinished();
    CHECK(tls->currentData().toString() == QStringLiteral("prefer"));
    CHECK(uri->text().contains(QStringLiteral("sslmode=prefer")));
    dialog->reject();
}
