// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QProgressBar>

#include <functional>

class QLabel;

namespace ntm::gui {

/// Long work on the UI thread, in steps: the work's progress callback calls step(); at most every few tens of
/// milliseconds the bar is updated and pending events are processed, so the window repaints and its Cancel
/// button can be clicked. After cancel(), step() returns false and the work stops (core rolls back).
///
/// The database connection belongs to the UI thread, and every core service reports progress through a
/// callback that may cancel: running in steps keeps one connection and one transaction, with nothing shared
/// between threads.
class ProgressPump final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<bool(int done, int total)>;
    using LabelledCallback = std::function<bool(int done, int total, const QString& what)>;

    explicit ProgressPump(QObject* parent = nullptr) : QObject(parent) {}

    /// Begins a piece of work shown on `bar` (and its stage on `label`, when given); shows the busy cursor.
    void start(QProgressBar* bar, QLabel* label = nullptr);
    /// Ends it: the bar is hidden again and the cursor restored. Safe to call twice.
    void finish();
    /// The work's progress: returns false once cancel() was called.
    bool step(qint64 done, qint64 total, const QString& what = QString());
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    Callback callback();
    LabelledCallback labelledCallback();

Q_SIGNALS:
    void started();
    /// After each update of the bar (tests cancel from here, as a user would mid-way).
    void stepped(qint64 done, qint64 total);
    void finished();

private:
    QPointer<QProgressBar> m_bar;
    QPointer<QLabel> m_label;
    QElapsedTimer m_sinceUpdate;
    bool m_running = false;
    bool m_cancelled = false;
};

/// Starts a ProgressPump's work and finishes it when the scope ends, however it ends.
class PumpRun final
{
public:
    PumpRun(ProgressPump& pump, QProgressBar* bar, QLabel* label = nullptr) : m_pump(pump) { pump.start(bar, label); }
    ~PumpRun() { m_pump.finish(); }
    PumpRun(const PumpRun&) = delete;
    PumpRun& operator=(const PumpRun&) = delete;

private:
    ProgressPump& m_pump;
};

} // namespace ntm::gui
