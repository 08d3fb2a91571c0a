// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the exchange GUI tests share: a main window on its own database (a demo copy or a new one), a checksum
// of every table to prove nothing was written, and clicks as a user makes them.

#include "GuiHelpers.h"

#include "app/AppSettings.h"
#include "app/DatabaseSession.h"
#include "app/Messages.h"
#include "db/Sql.h"
#include "demo/DemoBuilder.h"
#include "shell/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace ntm::test {

/// Processes events until `done` holds (work in steps runs from timers), failing after `ms`.
inline void waitUntil(const std::function<bool()>& done, int ms = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QTest::qWait(5);
    }
    REQUIRE(done());
}

/// Every row of every table (audit log and exchange state included), hashed: equal means nothing was written.
inline QByteArray checksum(core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.sql());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c) {
                hash.addData(rows.value(c).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
        }
    }
    return hash.result();
}

inline qint64 countOf(core::Database& db, const char* table)
{
    return core::sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
        .value()
        .toLongLong();
}

/// A main window on its own database: a copy of the demo, or a new one with the shipped criteria sets only.
struct Desk
{
    TempFolder tmp;
    gui::AppSettings settings{std::make_unique<QSettings>(tmp.path(QStringLiteral("s.ini")), QSettings::IniFormat)};
    gui::DatabaseSession session;
    gui::MainWindow window{session, settings};

    explicit Desk(bool demo)
    {
        gui::Messages::setRecording(true, true);
        gui::Messages::clearRecorded();
        window.resize(1200, 760);
        window.show();
        const QString path = tmp.path(QStringLiteral("desk.ntm"));
        if (demo) {
            auto master = openDb(demoMaster());
            REQUIRE(core::sql::run(master->sql(), QStringLiteral("VACUUM INTO ?"), {path}, QString()).ok());
            REQUIRE(window.openDatabase(path));
        } else {
            REQUIRE(session.create(path, false).ok());
        }
    }
    core::Database& db() const { return *session.database(); }
    void trigger(const char* action) const
    {
        auto* a = window.findChild<QAction*>(QLatin1String(action));
        REQUIRE(a);
        REQUIRE(a->isEnabled());
        a->trigger();
    }
    template <typename T> T* dialog()
    {
        T* d = visibleDialog<T>(&window);
        REQUIRE(d);
        return d;
    }
    /// A step on the undo stack, to see whether an import clears it.
    void pushUndoStep() const { window.undoStack()->push(new QUndoCommand(QStringLiteral("earlier step"))); }
};

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

inline void click(QAbstractButton* button)
{
    INFO(button->objectName().toStdString() + " " + button->text().toStdString());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

/// A check box or radio button takes clicks on its box and text only, not on the rest of its row.
inline void tick(QAbstractButton* box)
{
    REQUIRE(box->isEnabled());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

} // namespace ntm::test
