#include "OrderRepository.h"

#include "TablePageReader.h"

namespace guanxi {

namespace {

const TableMapping<Order> orderTable{
    QStringLiteral("orders"),
    {QStringLiteral("customer_id"), QStringLiteral("order_number"), QStringLiteral("ordered_on"),
     QStringLiteral("amount_minor"), QStringLiteral("cost_minor"), QStringLiteral("currency"), QStringLiteral("product"),
     QStringLiteral("notes")},
    [](const Order &o) -> QVariantList {
        return {o.customerId,
                o.orderNumber,
                sql::dateText(o.orderedOn),
                o.amount.minor,
                o.costMinor ? QVariant(*o.costMinor) : QVariant(),
                o.amount.currency,
                o.product,
                o.notes};
    },
    [](const QSqlQuery &q, int i, Order &o) {
        o.customerId = q.value(i).toString();
        o.orderNumber = q.value(i + 1).toString();
        o.orderedOn = sql::dateFromText(q.value(i + 2).toString());
        o.amount.minor = q.value(i + 3).toLongLong();
        if (!q.value(i + 4).isNull())
            o.costMinor = q.value(i + 4).toLongLong();
        o.amount.currency = q.value(i + 5).toString();
        o.product = q.value(i + 6).toString();
        o.notes = q.value(i + 7).toString();
    }};

}  // namespace

OrderRepository::OrderRepository(Workspace &workspace) : m_workspace(workspace), m_store(workspace, orderTable) {}

Result<Order> OrderRepository::create(Order order)
{
    return m_store.create(std::move(order), [this](const Order &o) {
        return requireLiveRow(m_workspace, QStringLiteral("customers"), o.customerId,
                              tr("There is no customer with id %1.").arg(o.customerId));
    });
}

Result<Order> OrderRepository::update(Order order)
{
    return m_store.update(std::move(order), [this](const Order &o) {
        return requireLiveRow(m_workspace, QStringLiteral("customers"), o.customerId,
                              tr("There is no customer with id %1.").arg(o.customerId));
    });
}

Status OrderRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status OrderRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<Order> OrderRepository::get(const QString &id)
{
    return m_store.get(id, tr("There is no order with id %1.").arg(id));
}

Result<QList<Order>> OrderRepository::listForCustomer(const QString &customerId)
{
    return m_store.select(QStringLiteral("customer_id = ?"), {customerId}, QStringLiteral("ordered_on DESC, seq DESC"));
}

Result<TablePage<Order>> OrderRepository::pageAll(const CustomerRecordFilter &filter, qint64 after, int limit)
{
    const detail::TablePageQuery where
        = detail::tablePageConditions(filter, QStringLiteral("o"), QStringLiteral("ordered_on"), false);
    return detail::readTablePage(m_workspace, m_store, QStringLiteral("o"), QStringLiteral("c.name"),
                                 QStringLiteral("orders o JOIN customers c ON c.id = o.customer_id"), where, after,
                                 limit, [](Order &record, const QSqlQuery &query, int column) {
                                     record.customerName = query.value(column).toString();
                                 });
}

Result<qint64> OrderRepository::countAll(const CustomerRecordFilter &filter)
{
    const detail::TablePageQuery where
        = detail::tablePageConditions(filter, QStringLiteral("o"), QStringLiteral("ordered_on"), false);
    auto n = sql::scalar(m_workspace.database(),
                         QStringLiteral("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE %1")
                             .arg(where.conditions.join(QStringLiteral(" AND "))),
                         where.bindings);
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace guanxi
