// SPDX-License-Identifier: GPL-3.0-or-later
#include "Figures.h"

#include <algorithm>
#include <iostream>

#include <time.h>

namespace ntm::bench {

namespace {
double medianOf(const QList<double>& runs)
{
    if (runs.isEmpty()) {
        return 0;
    }
    QList<double> sorted = runs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
}

double cpuNow()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}
} // namespace

double Figure::median() const
{
    return medianOf(runs);
}

double Figure::cpuMedian() const
{
    return medianOf(cpuRuns);
}

QString Figure::verdict() const
{
    if (target <= 0 || runs.isEmpty()) {
        return QString();
    }
    const bool met = higherIsBetter ? median() >= target : median() <= target;
    return met ? QStringLiteral("met") : QStringLiteral("missed");
}

Figure& Figures::time(const QString& key, const QString& label, int runs, const std::function<void()>& work,
                      const std::function<void()>& before)
{
    Figure f{key, label, QStringLiteral("ms"), {}, {}, 0, false, {}};
    for (int i = 0; i < runs; ++i) {
        if (before) {
            before();
        }
        QElapsedTimer timer;
        const double cpu = cpuNow();
        timer.start();
        work();
        f.runs.append(timer.nsecsElapsed() / 1e6);
        f.cpuRuns.append(cpuNow() - cpu);
    }
    if (runs > 0) {
        std::cerr << "  " << key.toStdString() << ": " << f.median() << " ms (CPU " << f.cpuMedian() << " ms)"
                  << std::endl;
    }
    m_figures.append(f);
    return m_figures.last();
}

Figure& Figures::value(const QString& key, const QString& label, const QString& unit, double value)
{
    m_figures.append(Figure{key, label, unit, {value}, {}, 0, false, {}});
    return m_figures.last();
}

Figure* Figures::find(const QString& key)
{
    for (Figure& f : m_figures) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace ntm::bench
