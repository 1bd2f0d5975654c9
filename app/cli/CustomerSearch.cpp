#include "CustomerSearch.h"

#include "storage/CustomerRepository.h"

namespace guanxi::cli {

Result<QList<SearchHit>> searchCustomers(Workspace &workspace, const QString &query, qint64 limit)
{
    CustomerRepository customers(workspace);
    CustomerFilter filter;
    filter.search = query;
    QList<SearchHit> hits;
    std::optional<CustomerCursor> cursor;
    do {
        const int pageSize = limit > 0 ? int(std::min<qint64>(limit - hits.size(), 1000)) : 1000;
        auto page = customers.page(filter, CustomerOrder{}, cursor, pageSize);
        if (!page)
            return page.error();
        for (const Customer &c : std::as_const(page->customers))
            hits.append({c.meta.id, c.name, c.city, c.phone});
        cursor = page->next;
    } while (cursor && (limit == 0 || hits.size() < limit));
    return hits;
}

}  // namespace guanxi::cli
