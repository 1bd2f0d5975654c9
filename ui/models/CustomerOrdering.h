#pragma once

#include "domain/Customer.h"
#include "storage/CustomerRepository.h"

namespace guanxi {

// The order CustomerRepository::page() returns rows in, restated in C++ so that the lazy
// customer model can put a created or edited customer where the next query would find it
// without reloading. Keys compare as SQLite's BINARY collation does (UTF-8 bytes); rows with
// equal keys are ordered by their insertion sequence, which the caller handles (see place()).
class CustomerOrdering
{
public:
    explicit CustomerOrdering(const CustomerOrder &order) : m_order(order) { }

    // <0, 0, >0 as a sorts before, level with or after b in ascending order of the sort column.
    int compareKeys(const Customer &a, const Customer &b) const;

    // Where `customer` goes among `rows` (sorted in this order) if it is the most recently
    // written row, i.e. it comes last among equal keys in ascending order and first in
    // descending order (the repository's tie-breaker is the row's sequence number).
    int place(const QList<Customer> &rows, const Customer &customer, int skipRow = -1) const;

private:
    CustomerOrder m_order;
};

} // namespace guanxi
