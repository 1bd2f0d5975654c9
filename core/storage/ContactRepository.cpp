#include "ContactRepository.h"

#include "TablePageReader.h"

namespace guanxi {

namespace {

const TableMapping<Contact> contactTable{
    QStringLiteral("contacts"),
    {QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("role"),
     QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("wechat"), QStringLiteral("notes"),
     QStringLiteral("is_primary")},
    [](const Contact &c) -> QVariantList {
        return {c.customerId, c.name, c.title,
                c.role ? QVariant(enumCode(*c.role)) : QVariant(),
                c.phone, c.email, c.wechat, c.notes, c.primary ? 1 : 0};
    },
    [](const QSqlQuery &q, int i, Contact &c) {
        c.customerId = q.value(i).toString();
        c.name = q.value(i + 1).toString();
        c.title = q.value(i + 2).toString();
        c.role = enumFromCode<ContactRole>(q.value(i + 3).toString());
        c.phone = q.value(i + 4).toString();
        c.email = q.value(i + 5).toString();
        c.wechat = q.value(i + 6).toString();
        c.notes = q.value(i + 7).toString();
        c.primary = q.value(i + 8).toInt() != 0;
    }};

}  // namespace

ContactRepository::ContactRepository(Workspace &workspace) : m_workspace(workspace), m_store(workspace, contactTable) {}

Result<Contact> ContactRepository::create(Contact contact)
{
    return m_store.create(std::move(contact), [this](const Contact &c) {
        return requireLiveRow(m_workspace, QStringLiteral("customers"), c.customerId,
                              tr("There is no customer with id %1.").arg(c.customerId));
    });
}

Result<Contact> ContactRepository::update(Contact contact)
{
    return m_store.update(std::move(contact), [this](const Contact &c) {
        return requireLiveRow(m_workspace, QStringLiteral("customers"), c.customerId,
                              tr("There is no customer with id %1.").arg(c.customerId));
    });
}

Status ContactRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status ContactRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<Contact> ContactRepository::get(const QString &id)
{
    return m_store.get(id, tr("There is no contact with id %1.").arg(id));
}

Result<QList<Contact>> ContactRepository::listForCustomer(const QString &customerId)
{
    return m_store.select(QStringLiteral("customer_id = ?"), {customerId}, QStringLiteral("is_primary DESC, name"));
}

Result<TablePage<Contact>> ContactRepository::pageAll(const CustomerRecordFilter &filter, qint64 after, int limit)
{
    const detail::TablePageQuery where = detail::tablePageConditions(filter, QStringLiteral("p"), QString(), false);
    return detail::readTablePage(m_workspace, m_store, QStringLiteral("p"), QStringLiteral("c.name"),
                                 QStringLiteral("contacts p JOIN customers c ON c.id = p.customer_id"), where, after,
                                 limit, [](Contact &record, const QSqlQuery &query, int column) {
                                     record.customerName = query.value(column).toString();
                                 });
}

Result<qint64> ContactRepository::countAll(const CustomerRecordFilter &filter)
{
    const detail::TablePageQuery where = detail::tablePageConditions(filter, QStringLiteral("p"), QString(), false);
    auto n = sql::scalar(m_workspace.database(),
                         QStringLiteral("SELECT count(*) FROM contacts p JOIN customers c ON c.id = p.customer_id WHERE %1")
                             .arg(where.conditions.join(QStringLiteral(" AND "))),
                         where.bindings);
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace guanxi
