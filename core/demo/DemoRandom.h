#pragma once

#include <QVarLengthArray>
#include <QtGlobal>

#include <span>

namespace guanxi::demo {

// The demo generator's own random numbers: xoshiro256** seeded through SplitMix64, with
// integer-only helpers. The standard library's distributions are implementation-defined and
// floating point can round differently between compilers, so nothing here uses either: the
// same seed gives the same workspace on every platform.
class DemoRandom
{
public:
    // One independent stream per (seed, stream): customer i draws from stream i, so its data do
    // not depend on how many customers come before it or on the order they are generated in.
    DemoRandom(quint64 seed, quint64 stream);

    quint64 next();
    // Uniform in [0, n); n > 0.
    quint64 below(quint64 n);
    // Uniform in [low, high], inclusive.
    qint64 between(qint64 low, qint64 high);
    // True with probability perMille / 1000.
    bool chance(int perMille);
    // An index drawn with the given non-negative integer weights (at least one positive).
    int weighted(std::span<const int> weights);
    // Steps of a geometric distribution: how many successive events of probability perMille/1000
    // happen before the first miss, capped at `cap`. The source of the long tails.
    int geometric(int perMille, int cap);

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[std::size_t(below(items.size()))];
    }
    // One of `items`, each as likely as its `weight` member says.
    template<typename T>
    const T &pickWeighted(std::span<const T> items)
    {
        QVarLengthArray<int, 128> weights;
        for (const T &item : items)
            weights.append(item.weight);
        return items[std::size_t(weighted(std::span<const int>(weights.data(), std::size_t(weights.size()))))];
    }

private:
    quint64 m_state[4];
};

}  // namespace guanxi::demo
