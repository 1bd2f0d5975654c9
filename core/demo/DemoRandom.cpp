#include "DemoRandom.h"

namespace guanxi::demo {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

quint64 rotateLeft(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

}  // namespace

DemoRandom::DemoRandom(quint64 seed, quint64 stream)
{
    quint64 state = seed;
    const quint64 mixedSeed = splitMix64(state);
    state = mixedSeed ^ (stream * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull);
    for (quint64 &word : m_state)
        word = splitMix64(state);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotateLeft(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

quint64 DemoRandom::below(quint64 n)
{
    // Rejection sampling: draws above the largest multiple of n would favour small values.
    const quint64 limit = quint64(0) - (quint64(0) - n) % n;  // 2^64 - (2^64 mod n), wrapping to 0 when n divides 2^64
    quint64 x = next();
    while (limit != 0 && x >= limit)
        x = next();
    return x % n;
}

qint64 DemoRandom::between(qint64 low, qint64 high)
{
    return low + qint64(below(quint64(high - low) + 1));
}

bool DemoRandom::chance(int perMille)
{
    return int(below(1000)) < perMille;
}

int DemoRandom::weighted(std::span<const int> weights)
{
    qint64 total = 0;
    for (int w : weights)
        total += w;
    qint64 x = qint64(below(quint64(total)));
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (x < weights[i])
            return int(i);
        x -= weights[i];
    }
    return int(weights.size()) - 1;
}

int DemoRandom::geometric(int perMille, int cap)
{
    int steps = 0;
    while (steps < cap && chance(perMille))
        ++steps;
    return steps;
}

}  // namespace guanxi::demo
