#include "HybridLogicalClock.h"

#include <QDateTime>

#include <algorithm>

namespace guanxi {

HybridLogicalClock::HybridLogicalClock(WallClock wallClock)
    : m_wallClock(wallClock ? std::move(wallClock) : WallClock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{
}

quint64 HybridLogicalClock::pack(qint64 milliseconds, quint16 counter)
{
    return (quint64(milliseconds) << 16) | counter;
}

quint64 HybridLogicalClock::tick()
{
    const qint64 wall = m_wallClock();
    const qint64 lastMs = milliseconds(m_last);
    if (wall > lastMs)
        m_last = pack(wall, 0);
    else
        m_last += 1;  // same or earlier millisecond: bump the counter (carries into the ms on overflow)
    return m_last;
}

quint64 HybridLogicalClock::observe(quint64 remote)
{
    const qint64 wall = m_wallClock();
    const quint64 latest = std::max(m_last, remote);
    if (wall > milliseconds(latest))
        m_last = pack(wall, 0);
    else
        m_last = latest + 1;
    return m_last;
}

void HybridLogicalClock::advanceTo(quint64 stamp)
{
    m_last = std::max(m_last, stamp);
}

}  // namespace guanxi
