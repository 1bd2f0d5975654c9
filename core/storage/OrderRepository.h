#pragma once

#include "RecordStore.h"
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

private:
    Workspace &m_workspace;
    RecordStore<Order> m_store;
};

}  // namespace guanxi
