#pragma once

#include <QtGlobal>

namespace guanxi::bench {

// This process's memory, in KiB.
namespace PeakMemory {
// The peak resident set size: VmHWM from /proc/self/status on Linux, getrusage's ru_maxrss
// elsewhere. -1 when neither is available.
qint64 peakKiB();
// The current resident set size (VmRSS); -1 where /proc is missing.
qint64 currentKiB();
}  // namespace PeakMemory

}  // namespace guanxi::bench
