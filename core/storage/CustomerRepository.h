#pragma once

#include "RecordStore.h"
#include "Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

namespace guanxi {

class Workspace;

// Which customers a list shows. Every field narrows the result; unset fields do not.
struct CustomerFilter {
    QString search;  // type-ahead text: name, contacts, phone, e-mail, city; pinyin too
    std::optional<RelationshipTier> tier;
    std::optional<LifecycleLevel> lifecycle;
    std::optional<QString> ownerId;  // an empty string selects customers without an owner

    bool operator==(const CustomerFilter &) const = default;
};

enum class CustomerSort { Name, City, Tier, Lifecycle, Updated };

struct CustomerOrder {
    CustomerSort column = CustomerSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CustomerOrder &) const = default;
};

// Where the previous page ended: keyset paging, so page 5,000 costs what page 1 costs.
struct CustomerCursor {
    QVariant sortValue;  // the sort column's value in the last row (unused when sorting by name)
    QString sortKey;
    qint64 seq = 0;
};

struct CustomerPage {
    QList<Customer> customers;
    std::optional<CustomerCursor> next;  // absent on the last page
};

class CustomerRepository
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRepository)

public:
    explicit CustomerRepository(Workspace &workspace);

    // Validates and normalises (see Validation), stamps a new id and saves. Returns what was saved.
    Result<Customer> create(Customer customer);
    // Saves every field of an existing customer; its id must exist.
    Result<Customer> update(Customer customer);
    Status remove(const QString &id);   // tombstone
    Status restore(const QString &id);  // undo a remove

    Result<Customer> get(const QString &id);
    Result<CustomerPage> page(const CustomerFilter &filter, const CustomerOrder &order,
                              const std::optional<CustomerCursor> &after, int limit);
    Result<qint64> count(const CustomerFilter &filter);

private:
    Status checkOwner(const QString &ownerId);

    Workspace &m_workspace;
    RecordStore<Customer> m_store;
};

}  // namespace guanxi
