// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <functional>

namespace ntm::bench {

/// One measured figure: its runs and their median, or a single value (rows per second, megabytes).
struct Figure
{
    QString key;     ///< Stable name in bench.json, e.g. "board_country_date_change_ms".
    QString label;   ///< What the table shows.
    QString unit;    ///< "ms", "s", "MB", "rows/s", "×".
    QList<double> runs;
    double target = 0;       ///< 0: no target.
    bool higherIsBetter = false;
    QString note;

    double median() const;
    /// "met", "missed" or "" without a target.
    QString verdict() const;
};

/// The figures of one benchmark run, in the order they were measured.
class Figures final
{
public:
    /// Runs `work` `runs` times (after `before` each time, untimed) and records the milliseconds of each run.
    Figure& time(const QString& key, const QString& label, int runs, const std::function<void()>& work,
                 const std::function<void()>& before = {});
    Figure& value(const QString& key, const QString& label, const QString& unit, double value);
    Figure* find(const QString& key);
    const QList<Figure>& all() const { return m_figures; }
    void add(const Figure& f) { m_figures.append(f); }

private:
    QList<Figure> m_figures;
};

} // namespace ntm::bench
