#pragma once

#include "RecordStore.h"
#include "Result.h"
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

private:
    Workspace &m_workspace;
    RecordStore<Contact> m_store;
};

}  // namespace guanxi
