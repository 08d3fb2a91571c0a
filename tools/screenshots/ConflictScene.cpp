// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictScene.h"

#include "db/Database.h"
#include "service/ConflictInspector.h"
#include "service/RotationService.h"
#include "store/RotationStore.h"
#include "undo/ConflictDialog.h"
#include "util/Ids.h"

using namespace ntm::core;

QPixmap conflictDialogPicture(Database& db, QWidget* parent)
{
    const auto rotations = RotationStore(db).ofOfficial(ids::stableId(QStringLiteral("story:bui-ngoc-nhat")));
    if (!rotations || rotations.value().isEmpty()) {
        return {};
    }
    const Rotation read = rotations.value().constFirst();
    // The officer's save, made after the administrator opened the rotation.
    const Actor admin = db.actor();
    Actor officer = Actor::owner(QStringLiteral("canbo.ductho"));
    db.setActor(officer);
    Rotation theirs = read;
    theirs.plannedEnd = read.plannedEnd.addMonths(6);
    theirs.note = QStringLiteral("Gia hạn 6 tháng theo Quyết định 15-QĐ/HU");
    const Status saved = RotationService(db).update(theirs, Warnings::Accept);
    db.setActor(admin);
    if (!saved) {
        return {};
    }
    Rotation mine = read;
    mine.evaluation = Evaluation::Tot;
    mine.note = QStringLiteral("Đã bàn giao đầy đủ hồ sơ");
    const auto conflict =
        ConflictInspector(db).inspect(QStringLiteral("rotation"), read.id, [mine](Database& d, int version) {
            Rotation r = mine;
            r.rowVersion = version;
            return RotationService(d).update(r, Warnings::Accept);
        });
    if (!conflict) {
        return {};
    }
    // The pictures are of the Vietnamese interface (the words the assignments view passes, translated).
    ntm::gui::ConflictDialog dialog(conflict.value(), QStringLiteral("lượt luân chuyển của Bùi Ngọc Nhật"), parent);
    dialog.show();
    dialog.adjustSize();
    return dialog.grab();
}
