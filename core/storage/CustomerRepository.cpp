#include "CustomerRepository.h"

#include "search/QueryBuilder.h"
#include "search/SortKey.h"

namespace guanxi {

namespace {

QVariant nullString()
{
    return QVariant();
}

const TableMapping<Customer> customerTable{
    QStringLiteral("customers"),
    {QStringLiteral("name"), QStringLiteral("sort_key"), QStringLiteral("kind"), QStringLiteral("tier"),
     QStringLiteral("lifecycle"), QStringLiteral("lifecycle_manual"), QStringLiteral("segment"), QStringLiteral("owner_id"),
     QStringLiteral("source"), QStringLiteral("industry"), QStringLiteral("city"), QStringLiteral("region"),
     QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("website"),
     QStringLiteral("credit_code"), QStringLiteral("tags"), QStringLiteral("notes"), QStringLiteral("do_not_contact"),
     QStringLiteral("satisfaction")},
    [](const Customer &c) -> QVariantList {
        return {c.name,
                search::sortKey(c.name),
                enumCode(c.kind),
                enumCode(c.tier),
                enumCode(c.lifecycle),
                c.lifecycleManual ? 1 : 0,
                c.segment ? QVariant(enumCode(*c.segment)) : nullString(),
                sql::nullIfEmpty(c.ownerId),
                c.source ? QVariant(enumCode(*c.source)) : nullString(),
                c.industry,
                c.city,
                c.region,
                c.address,
                c.phone,
                c.email,
                c.website,
                c.creditCode,
                c.tags.join(QLatin1Char(',')),
                c.notes,
                c.doNotContact ? 1 : 0,
                c.satisfaction > 0 ? QVariant(c.satisfaction) : QVariant()};
    },
    [](const QSqlQuery &q, int i, Customer &c) {
        c.name = q.value(i++).toString();
        ++i;  // sort_key is derived from the name
        c.kind = enumFromCode<CustomerKind>(q.value(i++).toString()).value_or(CustomerKind::Company);
        c.tier = enumFromCode<RelationshipTier>(q.value(i++).toString()).value_or(RelationshipTier::Transactional);
        c.lifecycle = enumFromCode<LifecycleLevel>(q.value(i++).toString()).value_or(LifecycleLevel::Prospect);
        c.lifecycleManual = q.value(i++).toInt() != 0;
        c.segment = enumFromCode<ValueSegment>(q.value(i++).toString());
        c.ownerId = q.value(i++).toString();
        c.source = enumFromCode<SourceChannel>(q.value(i++).toString());
        c.industry = q.value(i++).toString();
        c.city = q.value(i++).toString();
        c.region = q.value(i++).toString();
        c.address = q.value(i++).toString();
        c.phone = q.value(i++).toString();
        c.email = q.value(i++).toString();
        c.website = q.value(i++).toString();
        c.creditCode = q.value(i++).toString();
        c.tags = q.value(i++).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        c.notes = q.value(i++).toString();
        c.doNotContact = q.value(i++).toInt() != 0;
        c.satisfaction = q.value(i++).toInt();
    }};

constexpr int SortKeyColumn = 2;  // id, name, sort_key, …

// The expression each sort orders by before sort_key and seq; the same text as the indexes in
// 0001_initial.sql, so SQLite walks an index instead of sorting.
QString sortExpression(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return {};
    case CustomerSort::City:
        return QStringLiteral("c.city");
    case CustomerSort::Tier:
        return QStringLiteral("(CASE c.tier WHEN 'transactional' THEN 0 WHEN 'preferred_supplier' THEN 1 WHEN 'partner' "
                              "THEN 2 WHEN 'strategic_alliance' THEN 3 ELSE 9 END)");
    case CustomerSort::Lifecycle:
        return QStringLiteral("(CASE c.lifecycle WHEN 'prospect' THEN 0 WHEN 'new' THEN 1 WHEN 'regular' THEN 2 "
                              "WHEN 'established' THEN 3 WHEN 'loyal' THEN 4 ELSE 9 END)");
    case CustomerSort::Updated:
        return QStringLiteral("c.updated_at");
    }
    return {};
}

struct WhereClause {
    QStringList conditions{QStringLiteral("c.deleted = 0")};
    QVariantList bindings;
    bool matchesNothing = false;
    bool searchOnly = false;  // the search is the only condition: count() can ask the index alone
};

// Above this many matches a search is "broad": page() then walks the index of the sort order and
// tests each row against the matches (the first page needs few rows), instead of sorting every
// match (which costs about a microsecond per match: 0.4 s for "c" among a million customers).
constexpr int BroadSearchMatches = 5000;

enum class SearchPlan {
    SortMatches,  // read the matching rows, then sort them: best when few match
    WalkOrder,    // walk the sort order's index, keep the rows that match: best when many match
};

// `plan` decides how SQLite uses the search condition: c.seq IN (…) lets it start from the
// matches; +c.seq IN (…) (the unary plus hides the column from the planner) makes it walk the
// index of the ORDER BY and look each row up in the materialised matches.
WhereClause whereFor(const CustomerFilter &filter, SearchPlan plan = SearchPlan::SortMatches)
{
    WhereClause where;
    if (!filter.search.trimmed().isEmpty()) {
        const QString match = search::buildMatchExpression(filter.search);
        if (match.isEmpty()) {
            where.matchesNothing = true;  // only punctuation typed: nothing can match
        } else {
            where.conditions.append(plan == SearchPlan::WalkOrder
                                        ? QStringLiteral("+c.seq IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)")
                                        : QStringLiteral("c.seq IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ?)"));
            where.bindings.append(match);
            where.searchOnly = !filter.tier && !filter.lifecycle && !filter.ownerId;
        }
    }
    if (filter.tier) {
        where.conditions.append(QStringLiteral("c.tier = ?"));
        where.bindings.append(enumCode(*filter.tier));
    }
    if (filter.lifecycle) {
        where.conditions.append(QStringLiteral("c.lifecycle = ?"));
        where.bindings.append(enumCode(*filter.lifecycle));
    }
    if (filter.ownerId) {
        if (filter.ownerId->isEmpty()) {
            where.conditions.append(QStringLiteral("c.owner_id IS NULL"));
        } else {
            where.conditions.append(QStringLiteral("c.owner_id = ?"));
            where.bindings.append(*filter.ownerId);
        }
    }
    return where;
}

}  // namespace

CustomerRepository::CustomerRepository(Workspace &workspace) : m_workspace(workspace), m_store(workspace, customerTable) {}

Status CustomerRepository::checkOwner(const QString &ownerId)
{
    if (ownerId.isEmpty())
        return {};
    auto found = sql::scalar(m_workspace.database(), QStringLiteral("SELECT count(*) FROM staff WHERE id = ? AND deleted = 0"),
                             {ownerId});
    if (!found)
        return found.error();
    if (found->toInt() == 0)
        return makeError(ErrorCode::Validation, tr("The owner (%1) is not a member of the team.").arg(ownerId));
    return {};
}

Result<Customer> CustomerRepository::create(Customer customer)
{
    auto created = m_store.create(std::move(customer), [this](const Customer &c) { return checkOwner(c.ownerId); });
    return created ? get(created->meta.id) : created;
}

Result<Customer> CustomerRepository::update(Customer customer)
{
    auto updated = m_store.update(std::move(customer), [this](const Customer &c) { return checkOwner(c.ownerId); });
    return updated ? get(updated->meta.id) : updated;
}

Status CustomerRepository::remove(const QString &id)
{
    return m_store.remove(id);
}

Status CustomerRepository::restore(const QString &id)
{
    return m_store.restore(id);
}

Result<Customer> CustomerRepository::get(const QString &id)
{
    auto query = sql::run(m_workspace.database(),
                          QStringLiteral("SELECT %1, s.name FROM customers c LEFT JOIN staff s ON s.id = c.owner_id "
                                         "WHERE c.id = ? AND c.deleted = 0")
                              .arg(m_store.selectColumns(QStringLiteral("c"))),
                          {id});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(ErrorCode::NotFound, tr("There is no customer with id %1.").arg(id));
    Customer customer = m_store.read(*query);
    customer.ownerName = query->value(m_store.firstExtraColumn()).toString();
    return customer;
}

Result<CustomerPage> CustomerRepository::page(const CustomerFilter &filter, const CustomerOrder &order,
                                              const std::optional<CustomerCursor> &after, int limit)
{
    SearchPlan plan = SearchPlan::SortMatches;
    if (const QString match = search::buildMatchExpression(filter.search); !match.isEmpty()) {
        auto matches = sql::scalar(m_workspace.database(),
                                   QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM customer_search "
                                                  "WHERE customer_search MATCH ? LIMIT %1)")
                                       .arg(BroadSearchMatches),
                                   {match});
        if (!matches)
            return matches.error();
        if (matches->toInt() >= BroadSearchMatches)
            plan = SearchPlan::WalkOrder;
    }
    WhereClause where = whereFor(filter, plan);
    if (where.matchesNothing)
        return CustomerPage{};
    const QString expression = sortExpression(order.column);
    const bool descending = order.order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QString();

    QStringList keyColumns;
    if (!expression.isEmpty())
        keyColumns.append(expression);
    if (order.column != CustomerSort::Updated)
        keyColumns.append(QStringLiteral("c.sort_key"));
    keyColumns.append(QStringLiteral("c.seq"));

    if (after) {
        QStringList placeholders;
        for (int i = 0; i < keyColumns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        where.conditions.append(QStringLiteral("(%1) %2 (%3)")
                                    .arg(keyColumns.join(QStringLiteral(", ")),
                                         descending ? QStringLiteral("<") : QStringLiteral(">"),
                                         placeholders.join(QStringLiteral(", "))));
        if (!expression.isEmpty())
            where.bindings.append(after->sortValue);
        if (order.column != CustomerSort::Updated)
            where.bindings.append(after->sortKey);
        where.bindings.append(after->seq);
    }
    QStringList orderTerms;
    for (const QString &column : keyColumns)
        orderTerms.append(column + direction);

    const QString statement = QStringLiteral("SELECT %1, s.name, c.seq, %2 FROM customers c "
                                             "LEFT JOIN staff s ON s.id = c.owner_id WHERE %3 ORDER BY %4 LIMIT %5")
                                  .arg(m_store.selectColumns(QStringLiteral("c")),
                                       expression.isEmpty() ? QStringLiteral("NULL") : expression,
                                       where.conditions.join(QStringLiteral(" AND ")), orderTerms.join(QStringLiteral(", ")))
                                  .arg(limit + 1);
    auto query = sql::run(m_workspace.database(), statement, where.bindings);
    if (!query)
        return query.error();
    CustomerPage page;
    const int ownerNameColumn = m_store.firstExtraColumn();
    CustomerCursor last;
    while (query->next()) {
        if (page.customers.size() == limit) {
            page.next = last;
            break;
        }
        Customer customer = m_store.read(*query);
        customer.ownerName = query->value(ownerNameColumn).toString();
        page.customers.append(customer);
        last.sortKey = query->value(SortKeyColumn).toString();
        last.seq = query->value(ownerNameColumn + 1).toLongLong();
        last.sortValue = query->value(ownerNameColumn + 2);
    }
    if (query->lastError().isValid())
        return sql::toError(query->lastError());
    return page;
}

Result<qint64> CustomerRepository::count(const CustomerFilter &filter)
{
    const WhereClause where = whereFor(filter);
    if (where.matchesNothing)
        return qint64(0);
    // The search index holds exactly the live customers: counting there saves a lookup per match.
    auto n = where.searchOnly
                 ? sql::scalar(m_workspace.database(),
                               QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?"), where.bindings)
                 : sql::scalar(m_workspace.database(),
                               QStringLiteral("SELECT count(*) FROM customers c WHERE %1").arg(where.conditions.join(QStringLiteral(" AND "))),
                               where.bindings);
    if (!n)
        return n.error();
    return n->toLongLong();
}

}  // namespace guanxi
