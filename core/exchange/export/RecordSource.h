#pragma once

#include "Result.h"
#include "domain/Contact.h"
#include "domain/Customer.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Order.h"
#include "storage/CustomerRepository.h"
#include "storage/TablePage.h"

#include <QList>

#include <functional>

namespace guanxi {
class Workspace;
}

namespace guanxi::exchange {

// The records an export reads, a page at a time through the repositories' keyset paging, so
// memory holds one page whatever the size of the workspace. Customers come in the list's order,
// the other entities in the order they were stored.
template<typename Record>
struct RecordSource {
    std::function<Result<qint64>()> count;
    // The next page; an empty list once every record has been read.
    std::function<Result<QList<Record>>()> next;
};

constexpr int ExportPageSize = 1000;

RecordSource<Customer> customerSource(Workspace &workspace, const CustomerFilter &filter, const CustomerOrder &order);
RecordSource<Contact> contactSource(Workspace &workspace, const CustomerRecordFilter &filter);
RecordSource<Order> orderSource(Workspace &workspace, const CustomerRecordFilter &filter);
RecordSource<Interaction> interactionSource(Workspace &workspace, const CustomerRecordFilter &filter);
RecordSource<FollowUp> followUpSource(Workspace &workspace, const CustomerRecordFilter &filter);

}  // namespace guanxi::exchange
