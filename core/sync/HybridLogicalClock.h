#pragma once

#include <QtGlobal>

#include <functional>

namespace guanxi {

// A hybrid logical clock (Kulkarni et al., 2014) packed into 64 bits: the upper 48 bits are
// milliseconds since the Unix epoch, the lower 16 a counter that orders events within the same
// millisecond. Stamps only grow, even when the wall clock steps back, and a stamp received from
// another device moves this clock past it, so "later clock wins" is well defined across laptops.
class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;  // milliseconds since the epoch

    explicit HybridLogicalClock(WallClock wallClock = {});

    // A stamp for a local event, greater than every stamp issued or observed before.
    quint64 tick();
    // Folds in a stamp from another replica; returns a stamp greater than both.
    quint64 observe(quint64 remote);

    quint64 last() const { return m_last; }
    // Never moves the clock backwards: used to restore the last stamp saved in the workspace.
    void advanceTo(quint64 stamp);

    static quint64 pack(qint64 milliseconds, quint16 counter);
    static qint64 milliseconds(quint64 stamp) { return qint64(stamp >> 16); }
    static quint16 counter(quint64 stamp) { return quint16(stamp & 0xFFFF); }

private:
    WallClock m_wallClock;
    quint64 m_last = 0;
};

}  // namespace guanxi
