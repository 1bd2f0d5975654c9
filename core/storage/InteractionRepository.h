#pragma once

#include "RecordStore.h"
#include "TablePage.h"
#include "domain/Interaction.h"

#include <QCoreApplication>

namespace guanxi {

class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)

public:
    explicit InteractionRepository(Workspace &workspace);

    Result<Interaction> create(Interaction interaction);
    Result<Interaction> update(Interaction interaction);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Interaction> get(const QString &id);
    // The customer's timeline, newest first, with the staff member's name.
    Result<QList<Interaction>> listForCustomer(const QString &customerId);
    // Every live interaction of live customers the filter selects (dates: occurred_at, local
    // days), in storage order, with customer, contact and staff names: a page at a time, for
    // exports (`after`: 0, then the previous page's next).
    Result<TablePage<Interaction>> pageAll(const CustomerRecordFilter &filter, qint64 after, int limit);
    Result<qint64> countAll(const CustomerRecordFilter &filter);

private:
    Status checkReferences(const Interaction &interaction);

    Workspace &m_workspace;
    RecordStore<Interaction> m_store;
};

}  // namespace guanxi
