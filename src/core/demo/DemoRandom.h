// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <cstdint>

namespace ntm::core::demo {

/// A small deterministic random generator (SplitMix64). The standard distributions differ between
/// library implementations, so the demo draws its own numbers: the same seed gives the same demo everywhere.
class DemoRandom final
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform integer in [lo, hi] (inclusive).
    int between(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    bool chance(double p) { return uniform() < p; }
    template <typename T> const T& pick(const QList<T>& list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i) {
            list.swapItemsAt(i, between(0, static_cast<int>(i)));
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace ntm::core::demo
