#include "FollowUpRepository.h"

#include "TablePageReader.h"

namespace guanxi {

namespace {

const TableMapping<FollowUp> followUpTable{
    QStringLiteral("follow_ups"),
    {QStringLiteral("customer_id"), QStringLiteral("interaction_id"), QStringLiteral("owner_id"), QStringLiteral("title"),
     QStringLiteral("due_on"), QStringLiteral("snoozed_until"), QStringLiteral("status"), QStringLiteral("done_at"),
     QStringLiteral("notes")},
    [](const FollowUp &f) -> QVariantList {
        return {f.customerId,
                sql::nullIfEmpty(f.interactionId),
                sql::nullIfEmpty(f.ownerId),
                f.title,
                sql::dateText(f.dueOn),
                sql::nullIfInvalid(f.snoozedUntil > f.dueOn ? f.snoozedUntil : QDate()),
                enumCode(f.status),
                sql::nullIfEmpty(f.status == FollowUpStatus::Done ? sql::utcText(f.doneAt) : QString()),
                f.notes};
    },
    [](const QSqlQuery &q, int i, FollowUp &f) {
        f.customerId = q.value(i).toString();
        f.interactionId = q.value(i + 1).toString();
        f.ownerId = q.value(i + 2).toString();
        f.title = q.value(i + 3).toString();
        f.dueOn = sql::dateFromText(q.value(i + 4).toString());
        f.snoozedUntil = sql::dateFromText(q.value(i + 5).toString());
        f.status = enumFromCode<FollowUpStatus>(q.value(i + 6).toString()).value_or(FollowUpStatus::Open);
        f.doneAt = sql::utcFromText(q.value(i + 7).toString());
        f.notes = q.value(i + 8).toString();
    }};

}  // namespace

FollowUpRepository::FollowUpRepository(Workspace &workspace) : m_workspace(workspace), m_store(workspace, followUpTable) {}

Status FollowUpRepository::checkReferences(const FollowUp &f)
{
    if (Status s = requireLiveRow(m_workspace, QStringLiteral("customers"), f.customerId,
                                  tr("There is no customer with id %1.").arg(f.customerId));
        !s)
        return s;
    if (!f.ownerId.isEmpty())
        if (Status s = requireLiveRow(m_workspace, QStringLiteral("staff"), f.ownerId,
                                      tr("There is no team member with id %1.").arg(f.ownerId));
            !s)
            return s;
    return {};
}

Result<FollowUp> FollowUpRepository::create(FollowUp followUp)
{
    if (followUp.status == FollowUpStatus::Done && !followUp.doneAt.isValid())
        followUp.doneAt = QDateTime::currentDateTimeUtc();
    return m_store.create(std::move(followUp), [this](const FollowUp &f) { return checkReferences(f); });
}

Result<FollowUp> FollowUpRepository::update(FollowUp followUp)
{
    if (followUp.status == FollowUpStatus::Done && !followUp.doneAt.isValid())
        followUp.doneAt = QDateTime::currentDateTimeUtc();
    return m_store.update(std::move(followUp), [this](const FollowUp &f) { return checkReferences(f); });
}

Status FollowUpRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status FollowUpRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<FollowUp> FollowUpRepository::get(const QString &id)
{
    auto found = selectJoined(QStringLiteral("f.id = ?"), {id}, QStringLiteral("f.seq"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no follow-up with id %1.").arg(id));
    return found->first();
}

Result<QList<FollowUp>> FollowUpRepository::listForCustomer(const QString &customerId)
{
    return selectJoined(QStringLiteral("f.customer_id = ?"), {customerId},
                        QStringLiteral("f.status = 'done', CASE WHEN f.status = 'done' THEN NULL ELSE "
                                       "coalesce(f.snoozed_until, f.due_on) END, f.done_at DESC, f.seq"));
}

Result<QList<FollowUp>> FollowUpRepository::listDue(const FollowUpQuery &query)
{
    // The same expression as the partial index follow_ups_open_by_due.
    QString where = QStringLiteral("f.status = 'open' AND coalesce(f.snoozed_until, f.due_on) <= ? AND c.deleted = 0");
    QVariantList bindings{sql::dateText(query.today.addDays(query.upcomingDays))};
    if (query.dueFrom.isValid()) {
        where += QStringLiteral(" AND coalesce(f.snoozed_until, f.due_on) >= ?");
        bindings.append(sql::dateText(query.dueFrom));
    }
    if (query.ownerId) {
        if (query.ownerId->isEmpty()) {
            where += QStringLiteral(" AND f.owner_id IS NULL");
        } else {
            where += QStringLiteral(" AND f.owner_id = ?");
            bindings.append(*query.ownerId);
        }
    }
    return selectJoined(where, bindings,
                        QStringLiteral("coalesce(f.snoozed_until, f.due_on), f.seq LIMIT %1").arg(query.limit));
}

namespace {

detail::TablePageQuery pageConditions(const CustomerRecordFilter &filter)
{
    detail::TablePageQuery where = detail::tablePageConditions(filter, QStringLiteral("f"), QStringLiteral("due_on"), false);
    if (filter.openOnly)
        where.conditions << QStringLiteral("f.status = 'open'");
    if (filter.dueUntil.isValid()) {
        where.conditions << QStringLiteral("coalesce(f.snoozed_until, f.due_on) <= ?");
        where.bindings << sql::dateText(filter.dueUntil);
    }
    if (filter.ownerId) {
        if (filter.ownerId->isEmpty()) {
            where.conditions << QStringLiteral("f.owner_id IS NULL");
        } else {
            where.conditions << QStringLiteral("f.owner_id = ?");
            where.bindings << *filter.ownerId;
        }
    }
    return where;
}

}  // namespace

Result<TablePage<FollowUp>> FollowUpRepository::pageAll(const CustomerRecordFilter &filter, qint64 after, int limit)
{
    const detail::TablePageQuery where = pageConditions(filter);
    return detail::readTablePage(
        m_workspace, m_store, QStringLiteral("f"), QStringLiteral("c.name, s.name"),
        QStringLiteral("follow_ups f JOIN customers c ON c.id = f.customer_id LEFT JOIN staff s ON s.id = f.owner_id"),
        where, after, limit, [](FollowUp &record, const QSqlQuery &query, int column) {
            record.customerName = query.value(column).toString();
            record.ownerName = query.value(column + 1).toString();
        });
}

Result<qint64> FollowUpRepository::countAll(const CustomerRecordFilter &filter)
{
    const detail::TablePageQuery where = pageConditions(filter);
    auto n = sql::scalar(m_workspace.database(),
                         QStringLiteral("SELECT count(*) FROM follow_ups f JOIN customers c ON c.id = f.customer_id WHERE %1")
                             .arg(where.conditions.join(QStringLiteral(" AND "))),
                         where.bindings);
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<FollowUp>> FollowUpRepository::selectJoined(const QString &where, const QVariantList &bindings,
                                                         const QString &orderBy)
{
    auto q = sql::run(m_workspace.database(),
                      QStringLiteral("SELECT %1, c.name, s.name FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
                                     "LEFT JOIN staff s ON s.id = f.owner_id WHERE f.deleted = 0 AND %2 ORDER BY %3")
                          .arg(m_store.selectColumns(QStringLiteral("f")), where, orderBy),
                      bindings);
    if (!q)
        return q.error();
    QList<FollowUp> list;
    const int extra = m_store.firstExtraColumn();
    while (q->next()) {
        FollowUp f = m_store.read(*q);
        f.customerName = q->value(extra).toString();
        f.ownerName = q->value(extra + 1).toString();
        list.append(f);
    }
    return list;
}

}  // namespace guanxi
