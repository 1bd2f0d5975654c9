#pragma once

#include "ListChild.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace guanxi::bench {

struct ListSettings {
    int warmRuns = 5;   // timed runs with the file in the OS cache (after one untimed run)
    int coldRuns = 3;   // timed runs after evicting the file from the OS cache (Linux only)
    int pages = 10;     // pages scrolled after the first one
    std::function<void(const QString &)> log;
};

struct ListResults {
    QList<ListRun> warm;
    QList<ListRun> cold;
    bool coldSupported = false;
};

// The parent side: runs ListChild in fresh processes of this executable, so that nothing one
// run loaded (SQLite's page cache, Qt's fonts and icons, the heap) helps the next. The OS page
// cache does carry over between processes: those are the warm figures. For the cold figures the
// workspace file is evicted from the OS cache first (posix_fadvise DONTNEED: only this file,
// without privileges; other programs' cached files are left alone).
//
// The runs of the different workspaces take turns (small, large, small, large …), so that
// whatever else the machine is doing weighs on all sizes alike and the ratios stay fair.
// Returns one ListResults per path, in order.
QList<ListResults> runListBenchmark(const QStringList &workspacePaths, const ListSettings &settings);

// Whether cold runs are possible here.
bool canEvictFromOsCache();

}  // namespace guanxi::bench
