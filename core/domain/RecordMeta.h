#pragma once

#include <QDateTime>
#include <QString>

namespace guanxi {

// The bookkeeping every synced row carries (DESIGN.md, "Data rules"): a UUID that is the same
// on every device, UTC times, a hybrid-logical-clock stamp, the replica that last wrote it and
// a tombstone instead of a hard delete. Repositories fill it; callers only read it.
struct RecordMeta {
    QString id;           // canonical lower-case UUID without braces
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC
    quint64 hlc = 0;      // HybridLogicalClock stamp of the last write
    QString origin;       // replica id of the last write
    bool deleted = false;
};

}  // namespace guanxi
