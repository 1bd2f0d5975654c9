#pragma once

#include "storage/CustomerRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace guanxi {

class WorkspaceSession;

// The customer list: a lazy table over CustomerRepository::page(). Rows arrive a page at a
// time by keyset cursor (canFetchMore/fetchMore), sorting and filtering run in SQL, and only
// the pages loaded so far are held, so a million customers cost what the visible ones cost.
// Creations, edits and deletions from the session update the loaded rows in place.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        TierColumn,
        LifecycleColumn,
        OwnerColumn,
        CityColumn,
        PhoneColumn,
        EmailColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, LifecycleManualRole };
    static constexpr int DefaultPageSize = 200;

    explicit CustomerTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts in SQL; columns without a CustomerSort are left as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static std::optional<CustomerSort> sortForColumn(int column);
    static int columnForSort(CustomerSort sort);

    CustomerOrder order() const { return m_order; }
    CustomerFilter filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    // How many customers match the filter in all (not just the loaded rows).
    qint64 matchCount() const { return m_matchCount; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    // -1 when the customer is not among the loaded rows.
    int rowOf(const QString &id) const;
    const Customer &customerAt(int row) const { return m_rows.at(row); }
    // Drops the loaded rows and loads the first page again.
    void reload();
    // Enum labels and headers follow the UI language.
    void retranslate();

Q_SIGNALS:
    void matchCountChanged(qint64 count);
    void loadFailed(const QString &message);

private:
    void resetToFirstPage();
    void loadFirstPage();
    void recount();
    bool matchesFieldFilters(const Customer &customer) const;
    bool hasFieldFilters() const;
    void onCustomerAdded(const QString &id);
    void onCustomerChanged(const QString &id);
    void onCustomerRemoved(const QString &id);
    void insertInOrder(const Customer &customer);
    void setMatchCount(qint64 count);
    QVariant displayText(const Customer &customer, int column) const;

    WorkspaceSession *m_session;
    CustomerFilter m_filter;
    CustomerOrder m_order;
    QList<Customer> m_rows;
    std::optional<CustomerCursor> m_next;  // where the next page starts; none once all are loaded
    qint64 m_matchCount = 0;
    int m_pageSize = DefaultPageSize;
    bool m_busy = false;  // inside a reset or a page insert (see canFetchMore)
};

}  // namespace guanxi
