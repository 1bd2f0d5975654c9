#pragma once

#include "storage/CustomerRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace guanxi {

class WorkspaceSession;

// The customer list: a lazy table over CustomerRepository::page(). Rows arrive a page at a
// time by keyset cursor (canFetchMore/fetchMore), sorting and filtering run in SQL, and only
// the pages loaded so far are held, so a million customers cost what the visible ones cost.
//
// Queries run on the session's CustomerQueryWorker: a new filter or sort keeps the old rows on
// screen until the new first page arrives (results of superseded requests are dropped), and
// fetchMore() appends its page when it arrives. The number of matches is counted alongside.
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

    // Waiting for a first page, a further page or the count.
    bool isLoading() const { return m_loadingFirst || m_fetching; }
    bool isCounting() const { return m_counting; }

    // -1 when the customer is not among the loaded rows.
    int rowOf(const QString &id) const;
    const Customer &customerAt(int row) const { return m_rows.at(row); }
    // Loads the first page again (the loaded rows stay until it arrives).
    void reload();
    // Enum labels and headers follow the UI language.
    void retranslate();

Q_SIGNALS:
    void matchCountChanged(qint64 count);
    void countingChanged(bool counting);
    // A first page replaced the rows (after a reload, a new filter or a new sort).
    void firstPageLoaded();
    void loadFailed(const QString &message);

private:
    void requestFirstPage();
    void showFirstPage(const Result<CustomerPage> &page);
    void appendPage(const std::optional<CustomerCursor> &after, const Result<CustomerPage> &page);
    void replaceRows(QList<Customer> rows, std::optional<CustomerCursor> next);
    void recount();
    void setCounting(bool counting);
    bool matchesFieldFilters(const Customer &customer) const;
    bool hasFieldFilters() const;
    void onCustomerAdded(const QString &id);
    void onCustomerChanged(const QString &id);
    void onCustomerRemoved(const QString &id);
    // Before applying a change to the loaded rows: false when a first page is on its way
    // (which is then asked for again, since it may or may not contain the change).
    bool readyForChange();
    void adjustMatchCount(qint64 delta);
    void insertInOrder(const Customer &customer);
    void setMatchCount(qint64 count);
    QVariant displayText(const Customer &customer, int column) const;

    WorkspaceSession *m_session;
    CustomerFilter m_filter;
    CustomerOrder m_order;
    QList<Customer> m_rows;
    std::optional<CustomerCursor> m_next; // where the next page starts; none once all are loaded
    qint64 m_matchCount = 0;
    int m_pageSize = DefaultPageSize;
    int m_channel; // this model's page requests on the query worker
    int m_countChannel; // and its counts
    quint64 m_generation = 0; // bumped by every new first page; older results are dropped
    quint64 m_countGeneration = 0; // the same for counts
    bool m_loadingFirst = false;
    bool m_fetching = false;
    bool m_fetchOutdated = false; // the rows changed while a page was on its way
    bool m_counting = false;
    bool m_busy = false; // inside a reset or a page insert (see canFetchMore)
};

} // namespace guanxi
