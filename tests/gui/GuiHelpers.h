// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "demo/DemoBuilder.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace ntm::test {

/// Types text into a widget: ASCII through key clicks, Vietnamese through an input method commit (QTest's
/// key clicks accept ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    widget->setFocus();
    bool ascii = true;
    for (const QChar c : text) {
        ascii = ascii && c.unicode() < 128;
    }
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

/// The visible dialog of type T under `parent` (closed ones may linger until deleted).
template <typename T> T* visibleDialog(QWidget* parent)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (T* d : parent->findChildren<T*>()) {
        if (d->isVisible()) {
            return d;
        }
    }
    return nullptr;
}

/// The Hà Tĩnh demo database, built once for the whole test program; tests open copies of it.
inline QString demoMaster()
{
    static TempFolder folder;
    static const QString path = [] {
        const QString p = folder.path(QStringLiteral("demo.ntm"));
        auto db = openDb(p);
        REQUIRE(core::DemoBuilder(*db).build().ok());
        return p;
    }();
    return path;
}

} // namespace ntm::test
