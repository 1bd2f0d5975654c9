#pragma once

#include "RecordStore.h"
#include "TablePage.h"
#include "domain/FollowUp.h"

#include <QCoreApplication>

#include <optional>

namespace guanxi {

// Which open follow-ups the follow-ups view lists.
struct FollowUpQuery {
    QDate today;                     // what counts as overdue / due today
    int upcomingDays = 14;           // how far ahead "upcoming" reaches
    QDate dueFrom;                   // when valid, only those due on or after this day
    std::optional<QString> ownerId;  // only this owner's (empty string: unassigned)
    int limit = 2000;
};

class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(Workspace &workspace);

    Result<FollowUp> create(FollowUp followUp);
    // Saves every field; completing, reopening and snoozing are updates of status/doneAt/snoozedUntil.
    Result<FollowUp> update(FollowUp followUp);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<FollowUp> get(const QString &id);
    // All of a customer's follow-ups: open ones by due date, then done ones, newest first.
    Result<QList<FollowUp>> listForCustomer(const QString &customerId);
    // Open follow-ups due up to today + upcomingDays (overdue ones included unless dueFrom is
    // set), soonest first, with customer and owner names.
    Result<QList<FollowUp>> listDue(const FollowUpQuery &query);
    // Every live follow-up of live customers the filter selects (dates: due_on), in storage
    // order, with customer and owner names: a page at a time, for exports (`after`: 0, then the
    // previous page's next).
    Result<TablePage<FollowUp>> pageAll(const CustomerRecordFilter &filter, qint64 after, int limit);
    Result<qint64> countAll(const CustomerRecordFilter &filter);

private:
    Status checkReferences(const FollowUp &followUp);
    Result<QList<FollowUp>> selectJoined(const QString &where, const QVariantList &bindings, const QString &orderBy);

    Workspace &m_workspace;
    RecordStore<FollowUp> m_store;
};

}  // namespace guanxi
