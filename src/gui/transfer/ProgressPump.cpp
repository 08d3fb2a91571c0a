// SPDX-License-Identifier: GPL-3.0-or-later
#include "transfer/ProgressPump.h"

#include <QApplication>
#include <QLabel>

#include <algorithm>

namespace ntm::gui {

namespace {
/// Often enough for a smooth bar and a prompt Cancel, rarely enough to cost nothing next to the work.
constexpr qint64 kUpdateEveryMs = 40;
} // namespace

void ProgressPump::start(QProgressBar* bar, QLabel* label)
{
    m_bar = bar;
    m_label = label;
    m_running = true;
    m_cancelled = false;
    m_sinceUpdate.invalidate();
    if (m_bar) {
        m_bar->setRange(0, 0); // busy until the work says how much there is
        m_bar->setValue(0);
        m_bar->show();
    }
    if (m_label) {
        m_label->show();
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    Q_EMIT started();
    QApplication::processEvents();
}

void ProgressPump::finish()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    QApplication::restoreOverrideCursor();
    Q_EMIT finished();
}

bool ProgressPump::step(qint64 done, qint64 total, const QString& what)
{
    if (m_cancelled) {
        return false;
    }
    if (m_sinceUpdate.isValid() && m_sinceUpdate.elapsed() < kUpdateEveryMs && done < total) {
        return true;
    }
    m_sinceUpdate.start();
    if (m_bar) {
        // QProgressBar holds ints: scale large counts down.
        const qint64 scale = std::max<qint64>(1, total / 1'000'000 + 1);
        m_bar->setRange(0, static_cast<int>(std::max<qint64>(0, total / scale)));
        m_bar->setValue(static_cast<int>(std::clamp<qint64>(done, 0, std::max<qint64>(0, total)) / scale));
    }
    if (m_label && !what.isEmpty()) {
        m_label->setText(what);
    }
    Q_EMIT stepped(done, total);
    QApplication::processEvents();
    return !m_cancelled;
}

void ProgressPump::cancel()
{
    if (m_running) {
        m_cancelled = true;
    }
}

ProgressPump::Callback ProgressPump::callback()
{
    return [this](int done, int total) { return step(done, total); };
}

ProgressPump::LabelledCallback ProgressPump::labelledCallback()
{
    return [this](int done, int total, const QString& what) { return step(done, total, what); };
}

} // namespace ntm::gui
