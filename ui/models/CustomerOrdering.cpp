#include "CustomerOrdering.h"

#include "search/SortKey.h"

namespace guanxi {

namespace {

int compareBytes(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return x < y ? -1 : (y < x ? 1 : 0);
}

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int CustomerOrdering::compareKeys(const Customer &a, const Customer &b) const
{
    int first = 0;
    switch (m_order.column) {
    case CustomerSort::Name:
        break;
    case CustomerSort::City:
        first = compareBytes(a.city, b.city);
        break;
    case CustomerSort::Tier:
        first = compareValues(int(a.tier), int(b.tier)); // enum order is the rank the SQL uses
        break;
    case CustomerSort::Lifecycle:
        first = compareValues(int(a.lifecycle), int(b.lifecycle));
        break;
    case CustomerSort::Updated:
        return compareValues(a.meta.updatedAt, b.meta.updatedAt); // no name key in this order
    }
    if (first != 0)
        return first;
    return compareBytes(search::sortKey(a.name), search::sortKey(b.name));
}

int CustomerOrdering::place(const QList<Customer> &rows, const Customer &customer, int skipRow) const
{
    const bool descending = m_order.order == Qt::DescendingOrder;
    // Does row `i` (an index into rows without skipRow) come before `customer`?
    const auto before = [&](int i) {
        const int cmp = compareKeys(rows.at(i), customer);
        return descending ? cmp > 0 : cmp <= 0;
    };
    const int count = int(rows.size()) - (skipRow >= 0 ? 1 : 0);
    const auto rowAt = [&](int i) { return skipRow >= 0 && i >= skipRow ? i + 1 : i; };
    int low = 0;
    int high = count;
    while (low < high) {
        const int mid = (low + high) / 2;
        if (before(rowAt(mid)))
            low = mid + 1;
        else
            high = mid;
    }
    return low; // a position in the list without skipRow
}

} // namespace guanxi
