#include "WorkspaceStatistics.h"

#include "SqlSupport.h"
#include "Workspace.h"

namespace guanxi {

Result<WorkspaceCounts> WorkspaceStatistics::counts(Workspace &workspace, const QDate &today)
{
    // One statement, so the counts are of one consistent snapshot.
    auto query = sql::run(workspace.database(),
                          QStringLiteral("SELECT (SELECT count(*) FROM staff WHERE deleted = 0),"
                                         " (SELECT count(*) FROM customers WHERE deleted = 0),"
                                         " (SELECT count(*) FROM contacts WHERE deleted = 0),"
                                         " (SELECT count(*) FROM interactions WHERE deleted = 0),"
                                         " (SELECT count(*) FROM orders WHERE deleted = 0),"
                                         " (SELECT count(*) FROM follow_ups WHERE deleted = 0),"
                                         " (SELECT count(*) FROM follow_ups WHERE status = 'open' AND deleted = 0),"
                                         " (SELECT count(*) FROM follow_ups WHERE status = 'open' AND deleted = 0"
                                         "    AND coalesce(snoozed_until, due_on) < ?)"),
                          {sql::dateText(today)});
    if (!query)
        return query.error();
    if (!query->next())
        return sql::toError(query->lastError());
    WorkspaceCounts counts;
    qint64 *fields[] = {&counts.staff,  &counts.customers, &counts.contacts,      &counts.interactions,
                        &counts.orders, &counts.followUps, &counts.openFollowUps, &counts.overdueFollowUps};
    for (int i = 0; i < 8; ++i)
        *fields[i] = query->value(i).toLongLong();
    return counts;
}

}  // namespace guanxi
