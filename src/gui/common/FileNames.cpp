// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileNames.h"

#include "store/UnitStore.h"
#include "util/Dates.h"
#include "util/TextFold.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ntm::gui::fileNames {

using namespace ntm::core;

QString suggest(const QStringList& parts, const QDate& date, const QString& suffix)
{
    QStringList words;
    for (const QString& p : parts) {
        if (!p.trimmed().isEmpty()) {
            words.append(p);
        }
    }
    QString base = text::fold(words.join(QLatin1Char(' ')));
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    if (date.isValid()) {
        base += (base.isEmpty() ? QString() : QStringLiteral("-")) + dates::toIso(date);
    }
    return base + QLatin1Char('.') + suffix;
}

QString inFolder(const QString& folder, const QString& name)
{
    const QString dir = !folder.isEmpty() && QDir(folder).exists()
                            ? folder
                            : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(name);
}

QString unitTitle(Database& db, const QString& communeId, const QString& districtId, const QDate& date)
{
    if (!communeId.isEmpty()) {
        if (const auto c = UnitStore(db).commune(communeId); c && c.value()) {
            if (const CommunePeriod* p = c.value()->periodOn(date)) {
                return Vocabulary::communeTitle(p->kind, p->name);
            }
        }
    }
    if (!districtId.isEmpty()) {
        if (const auto all = UnitStore(db).districts()) {
            for (const District& d : all.value()) {
                if (d.id == districtId) {
                    return d.title();
                }
            }
        }
    }
    return {};
}

} // namespace ntm::gui::fileNames
