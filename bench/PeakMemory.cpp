#include "PeakMemory.h"

#include <QFile>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace guanxi::bench::PeakMemory {

namespace {

// A "Name:   1234 kB" line of /proc/self/status.
qint64 procStatusKiB(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = name + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(prefix))
            continue;
        const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
        bool ok = false;
        const qint64 kib = parts.value(0).toLongLong(&ok);
        return ok ? kib : -1;
    }
    return -1;
}

}  // namespace

qint64 peakKiB()
{
    if (const qint64 hwm = procStatusKiB("VmHWM"); hwm >= 0)
        return hwm;
#if defined(Q_OS_UNIX)
    rusage usage {};
    if (getrusage(RUSAGE_SELF, &usage) == 0) {
#if defined(Q_OS_MACOS)
        return qint64(usage.ru_maxrss) / 1024;  // bytes on macOS
#else
        return qint64(usage.ru_maxrss);  // KiB on Linux and the BSDs
#endif
    }
#endif
    return -1;
}

qint64 currentKiB()
{
    return procStatusKiB("VmRSS");
}

}  // namespace guanxi::bench::PeakMemory
