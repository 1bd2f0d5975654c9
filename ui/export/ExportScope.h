#pragma once

#include "exchange/export/ExportOptions.h"
#include "storage/CustomerRepository.h"
#include "storage/TablePage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace guanxi {

class CustomerListView;
class FollowUpsPage;

// What File ▸ Export… writes: the records a view shows, as the view shows them. The customer
// list gives its filter, its sort and its visible columns in their order; the follow-ups view
// the open follow-ups it lists, of the chosen owner.
struct ExportScope {
    Q_DECLARE_TR_FUNCTIONS(ExportScope)

public:
    exchange::ExportEntity entity = exchange::ExportEntity::Customers;
    CustomerFilter customerFilter;
    CustomerOrder customerOrder;
    CustomerRecordFilter recordFilter;
    QStringList columns; // export column codes (ExportColumns.h) in the view's order; empty: all
    QStringList columnTitles; // the same columns as the view names them
    QString description; // translated: "The 12 customers in the list (tier: Partner)"
    QString fileName; // a suggested name without suffix

    // The customer list as it is: filter, sort and visible columns.
    static ExportScope customerList(const CustomerListView *list);
    // The contacts of one customer (vCard, or a table).
    static ExportScope contactsOf(const QString &customerId, const QString &customerName);
    static ExportScope allContacts();
    // The follow-ups view as it is: the open follow-ups it lists (overdue, today and the next
    // days of its window), of the owner it shows.
    static ExportScope followUpsView(const FollowUpsPage *page);

    // The export code of a customer list column (CustomerTableModel::Column); empty when none.
    static QString customerColumnCode(int column);
};

} // namespace guanxi
