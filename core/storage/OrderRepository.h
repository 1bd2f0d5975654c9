#pragma once

#include "RecordStore.h"
#include "TablePage.h"
#include "domain/Order.h"

#include <QCoreApplication>

namespace guanxi {

class OrderRepository
{
    Q_DECLARE_TR_FUNCTIONS(OrderRepository)

public:
    explicit OrderRepository(Workspace &workspace);

    Result<Order> create(Order order);
    Result<Order> update(Order order);
    Status remove(const QString &id);
    Status restore(const QString &id);
    Result<Order> get(const QString &id);
    // Newest first.
    Result<QList<Order>> listForCustomer(const QString &customerId);
    // Every live order of live customers the filter selects (dates: ordered_on), in storage
    // order, with the customer's name: a page at a time, for exports (`after`: 0, then the
    // previous page's next).
    Result<TablePage<Order>> pageAll(const CustomerRecordFilter &filter, qint64 after, int limit);
    Result<qint64> countAll(const CustomerRecordFilter &filter);

private:
    Workspace &m_workspace;
    RecordStore<Order> m_store;
};

}  // namespace guanxi
