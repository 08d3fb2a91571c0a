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
    QString key;   ///< Stable name in bench.json, e.g. "board_country_date_change_ms".
    QString label; ///< What the table shows.
    QString unit;  ///< "ms", "s", "MB", "rows/s", "×".
    QList<double> runs;
    QList<double> cpuRuns; ///< CPU time of the process during each run (ms): the machine is shared.
    double target = 0;     ///< 0: no target.
    bool higherIsBetter = false;
    QString note;

    double median() const;
    double cpuMedian() const;
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
    Figure& add(const Figure& f)
    {
        m_figures.append(f);
        return m_figures.last();
    }

private:
    QList<Figure> m_figures;
};

} // namespace ntm::bench
