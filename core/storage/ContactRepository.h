#pragma once

#include "RecordStore.h"
#include "Result.h"
#include "TablePage.h"
#include "domain/Contact.h"

#include <QCoreApplication>

namespace guanxi {

class Workspace;

class ContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Workspace &workspace);

    Result<Contact> create(Contact contact);
    Result<Contact> update(Contact contact);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Contact> get(const QString &id);
    // Primary contact first, then by name.
    Result<QList<Contact>> listForCustomer(const QString &customerId);
    // Every live contact of live customers the filter selects, in storage order, with the
    // customer's name: a page at a time, for exports (`after`: 0, then the previous page's next).
    Result<TablePage<Contact>> pageAll(const CustomerRecordFilter &filter, qint64 after, int limit);
    Result<qint64> countAll(const CustomerRecordFilter &filter);

private:
    Workspace &m_workspace;
    RecordStore<Contact> m_store;
};

}  // namespace guanxi
