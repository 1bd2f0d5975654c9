#pragma once

#include "Result.h"

#include <QDate>

namespace guanxi {

class Workspace;

// How much a workspace holds, for `guanxi-cli info` and the GUI's status bar. Live rows only.
struct WorkspaceCounts {
    qint64 staff = 0;
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 interactions = 0;
    qint64 orders = 0;
    qint64 followUps = 0;
    qint64 openFollowUps = 0;
    qint64 overdueFollowUps = 0;  // open and due (or snoozed until) before `today`
};

namespace WorkspaceStatistics {
Result<WorkspaceCounts> counts(Workspace &workspace, const QDate &today);
}

}  // namespace guanxi
