#include "InteractionRepository.h"

#include "TablePageReader.h"

namespace guanxi {

namespace {

const TableMapping<Interaction> interactionTable{
    QStringLiteral("interactions"),
    {QStringLiteral("customer_id"), QStringLiteral("contact_id"), QStringLiteral("staff_id"), QStringLiteral("channel"),
     QStringLiteral("occurred_at"), QStringLiteral("summary"), QStringLiteral("commitments")},
    [](const Interaction &i) -> QVariantList {
        return {i.customerId, sql::nullIfEmpty(i.contactId), sql::nullIfEmpty(i.staffId), enumCode(i.channel),
                sql::utcText(i.occurredAt), i.summary, i.commitments};
    },
    [](const QSqlQuery &q, int c, Interaction &i) {
        i.customerId = q.value(c).toString();
        i.contactId = q.value(c + 1).toString();
        i.staffId = q.value(c + 2).toString();
        i.channel = enumFromCode<InteractionChannel>(q.value(c + 3).toString()).value_or(InteractionChannel::Other);
        i.occurredAt = sql::utcFromText(q.value(c + 4).toString());
        i.summary = q.value(c + 5).toString();
        i.commitments = q.value(c + 6).toString();
    }};

}  // namespace

InteractionRepository::InteractionRepository(Workspace &workspace)
    : m_workspace(workspace), m_store(workspace, interactionTable)
{
}

Status InteractionRepository::checkReferences(const Interaction &i)
{
    if (Status s = requireLiveRow(m_workspace, QStringLiteral("customers"), i.customerId,
                                  tr("There is no customer with id %1.").arg(i.customerId));
        !s)
        return s;
    if (!i.contactId.isEmpty())
        if (Status s = requireLiveRow(m_workspace, QStringLiteral("contacts"), i.contactId,
                                      tr("There is no contact with id %1.").arg(i.contactId));
            !s)
            return s;
    if (!i.staffId.isEmpty())
        if (Status s = requireLiveRow(m_workspace, QStringLiteral("staff"), i.staffId,
                                      tr("There is no team member with id %1.").arg(i.staffId));
            !s)
            return s;
    return {};
}

Result<Interaction> InteractionRepository::create(Interaction interaction)
{
    return m_store.create(std::move(interaction), [this](const Interaction &i) { return checkReferences(i); });
}

Result<Interaction> InteractionRepository::update(Interaction interaction)
{
    return m_store.update(std::move(interaction), [this](const Interaction &i) { return checkReferences(i); });
}

Status InteractionRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status InteractionRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<Interaction> InteractionRepository::get(const QString &id)
{
    return m_store.get(id, tr("There is no interaction with id %1.").arg(id));
}

Result<QList<Interaction>> InteractionRepository::listForCustomer(const QString &customerId)
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT %1, s.name FROM interactions i LEFT JOIN staff s ON s.id = i.staff_id "
                                         "WHERE i.customer_id = ? AND i.deleted = 0 ORDER BY i.occurred_at DESC, i.seq DESC")
                              .arg(m_store.selectColumns(QStringLiteral("i"))),
                          {customerId});
    if (!query)
        return query.error();
    QList<Interaction> timeline;
    while (query->next()) {
        Interaction interaction = m_store.read(*query);
        interaction.staffName = query->value(m_store.firstExtraColumn()).toString();
        timeline.append(interaction);
    }
    return timeline;
}

Result<TablePage<Interaction>> InteractionRepository::pageAll(const CustomerRecordFilter &filter, qint64 after,
                                                              int limit)
{
    const detail::TablePageQuery where
        = detail::tablePageConditions(filter, QStringLiteral("i"), QStringLiteral("occurred_at"), true);
    return detail::readTablePage(
        m_workspace, m_store, QStringLiteral("i"), QStringLiteral("c.name, p.name, s.name"),
        QStringLiteral("interactions i JOIN customers c ON c.id = i.customer_id LEFT JOIN contacts p ON p.id = "
                       "i.contact_id LEFT JOIN staff s ON s.id = i.staff_id"),
        where, after, limit, [](Interaction &record, const QSqlQuery &query, int column) {
            record.customerName = query.value(column).toString();
            record.contactName = query.value(column + 1).toString();
            record.staffName = query.value(column + 2).toString();
        });
}

Result<qint64> InteractionRepository::countAll(const CustomerRecordFilter &filter)
{
    const detail::TablePageQuery where =
        detail::tablePageConditions(filter, QStringLiteral("i"), QStringLiteral("occurred_at"), true);
    auto n = sql::scalar(m_workspace.database(),
                         QStringLiteral("SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE %1")
                             .arg(where.conditions.join(QStringLiteral(" AND "))),
                         where.bindings);
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace guanxi
