#include "ReadSnapshot.h"

#include "SqlSupport.h"
#include "Workspace.h"

namespace guanxi {

Result<std::unique_ptr<ReadSnapshot>> ReadSnapshot::begin(Workspace &workspace)
{
    // Inside a transaction of our own, the view is already consistent. A deferred BEGIN takes its
    // snapshot at the first read, which is the first query of the reader.
    if (workspace.inTransaction())
        return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(workspace, false));
    if (auto begun = sql::run(workspace.database(), QStringLiteral("BEGIN DEFERRED")); !begun)
        return begun.error();
    return std::unique_ptr<ReadSnapshot>(new ReadSnapshot(workspace, true));
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_owned)
        (void)sql::run(m_workspace.database(), QStringLiteral("ROLLBACK"));
}

}  // namespace guanxi
