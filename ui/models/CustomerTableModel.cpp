#include "CustomerTableModel.h"

#include "CustomerOrdering.h"
#include "DateText.h"
#include "session/WorkspaceSession.h"
#include "widgets/Icons.h"

#include "session/CustomerQueryWorker.h"

#include <QLocale>
#include <QPointer>

namespace guanxi {

CustomerTableModel::CustomerTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_channel(session->queries()->newChannel()),
      m_countChannel(session->queries()->newChannel())
{
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] {
        m_filter = CustomerFilter {};
        replaceRows({}, std::nullopt);
        reload();
    });
    connect(session, &WorkspaceSession::customerAdded, this, &CustomerTableModel::onCustomerAdded);
    connect(session, &WorkspaceSession::customerChanged, this, &CustomerTableModel::onCustomerChanged);
    connect(session, &WorkspaceSession::customerRemoved, this, &CustomerTableModel::onCustomerRemoved);
    connect(session, &WorkspaceSession::bulkChanged, this, &CustomerTableModel::reload);
    reload();
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::displayText(const Customer &c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case KindColumn:
        return enumLabel(c.kind);
    case TierColumn:
        return enumLabel(c.tier);
    case LifecycleColumn:
        return enumLabel(c.lifecycle);
    case OwnerColumn:
        return c.ownerName;
    case CityColumn:
        return c.city;
    case PhoneColumn:
        return c.phone;
    case EmailColumn:
        return c.email;
    case UpdatedColumn:
        return DateText::dateTime(c.meta.updatedAt);
    }
    return {};
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Customer &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LifecycleColumn && c.lifecycleManual)
            return tr("%1 — set by hand; recalculation leaves it alone").arg(enumLabel(c.lifecycle));
        if (index.column() == NameColumn && c.doNotContact)
            return tr("%1 — do not contact").arg(c.name);
        if (index.column() == UpdatedColumn)
            return QLocale().toString(c.meta.updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (index.column() == LifecycleColumn && c.lifecycleManual)
            return Icons::named(QStringLiteral("pin"));
        if (index.column() == NameColumn)
            return Icons::named(c.doNotContact                       ? QStringLiteral("do-not-contact")
                                    : c.kind == CustomerKind::Person ? QStringLiteral("person")
                                                                     : QStringLiteral("company"));
        return {};
    case IdRole:
        return c.id();
    case LifecycleManualRole:
        return c.lifecycleManual;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !sortForColumn(section))
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case TierColumn:
        return tr("Relationship");
    case LifecycleColumn:
        return tr("Lifecycle");
    case OwnerColumn:
        return tr("Owner");
    case CityColumn:
        return tr("City");
    case PhoneColumn:
        return tr("Phone");
    case EmailColumn:
        return tr("E-mail");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

// One request at a time, and not while a reset or an insert is being announced: whoever reacts
// to those signals (views, QAbstractItemModelTester) must not start a fetch in the middle.
bool CustomerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value() && !m_loadingFirst && !m_fetching && !m_busy;
}

void CustomerTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_session->isOpen())
        return;
    m_fetching = true;
    m_fetchOutdated = false;
    const std::optional<CustomerCursor> after = m_next;
    const quint64 generation = m_generation;
    QPointer<CustomerTableModel> self(this);
    m_session->queries()->page(m_channel, generation, m_filter, m_order, after, m_pageSize,
                               [self, generation, after](const Result<CustomerPage> &page) {
                                   if (self && generation == self->m_generation)
                                       self->appendPage(after, page);
                               });
}

void CustomerTableModel::appendPage(const std::optional<CustomerCursor> &after, const Result<CustomerPage> &fetched)
{
    m_fetching = false;
    Result<CustomerPage> page = fetched;
    if (!page && !m_session->queries()->isAvailable())
        page = m_session->customers().page(m_filter, m_order, after, m_pageSize);
    if (!page) {
        m_next.reset();
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (m_fetchOutdated) {
        // Rows were added or removed while the page was on its way: ask again from the cursor.
        fetchMore({});
        return;
    }
    m_next = page->next;
    if (page->customers.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(page->customers.size()) - 1);
    m_rows.append(page->customers);
    endInsertRows();
    m_busy = false;
}

std::optional<CustomerSort> CustomerTableModel::sortForColumn(int column)
{
    switch (column) {
    case NameColumn:
        return CustomerSort::Name;
    case CityColumn:
        return CustomerSort::City;
    case TierColumn:
        return CustomerSort::Tier;
    case LifecycleColumn:
        return CustomerSort::Lifecycle;
    case UpdatedColumn:
        return CustomerSort::Updated;
    }
    return std::nullopt;
}

int CustomerTableModel::columnForSort(CustomerSort sort)
{
    switch (sort) {
    case CustomerSort::Name:
        return NameColumn;
    case CustomerSort::City:
        return CityColumn;
    case CustomerSort::Tier:
        return TierColumn;
    case CustomerSort::Lifecycle:
        return LifecycleColumn;
    case CustomerSort::Updated:
        return UpdatedColumn;
    }
    return NameColumn;
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortForColumn(column);
    if (!sort)
        return;
    const CustomerOrder wanted {*sort, order};
    if (wanted == m_order)
        return;
    m_order = wanted;
    requestFirstPage(); // the count does not change with the order
}

void CustomerTableModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CustomerTableModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

int CustomerTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meta.id == id)
            return row;
    return -1;
}

void CustomerTableModel::reload()
{
    requestFirstPage();
    recount();
}

void CustomerTableModel::requestFirstPage()
{
    ++m_generation;
    m_fetching = false;
    if (!m_session->isOpen()) {
        m_loadingFirst = false;
        replaceRows({}, std::nullopt);
        Q_EMIT firstPageLoaded();
        return;
    }
    m_loadingFirst = true;
    const quint64 generation = m_generation;
    QPointer<CustomerTableModel> self(this);
    m_session->queries()->page(m_channel, generation, m_filter, m_order, std::nullopt, m_pageSize,
                               [self, generation](const Result<CustomerPage> &page) {
                                   if (self && generation == self->m_generation)
                                       self->showFirstPage(page);
                               });
}

void CustomerTableModel::showFirstPage(const Result<CustomerPage> &fetched)
{
    m_loadingFirst = false;
    Result<CustomerPage> page = fetched;
    if (!page && !m_session->queries()->isAvailable())
        page = m_session->customers().page(m_filter, m_order, std::nullopt, m_pageSize);
    if (!page) {
        replaceRows({}, std::nullopt);
        Q_EMIT loadFailed(page.error().message);
    } else {
        replaceRows(page->customers, page->next);
    }
    Q_EMIT firstPageLoaded();
}

void CustomerTableModel::replaceRows(QList<Customer> rows, std::optional<CustomerCursor> next)
{
    m_busy = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_next = std::move(next);
    endResetModel();
    m_busy = false;
}

void CustomerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CustomerTableModel::recount()
{
    if (!m_session->isOpen()) {
        setCounting(false);
        setMatchCount(0);
        return;
    }
    setCounting(true);
    const quint64 generation = ++m_countGeneration;
    const CustomerFilter filter = m_filter;
    QPointer<CustomerTableModel> self(this);
    m_session->queries()->count(m_countChannel, generation, filter,
                                [self, generation, filter](const Result<qint64> &fetched) {
                                    if (!self || generation != self->m_countGeneration)
                                        return;
                                    Result<qint64> counted = fetched;
                                    if (!counted && !self->m_session->queries()->isAvailable())
                                        counted = self->m_session->customers().count(filter);
                                    self->setCounting(false);
                                    if (counted)
                                        self->setMatchCount(*counted);
                                    else
                                        Q_EMIT self->loadFailed(counted.error().message);
                                });
}

void CustomerTableModel::setCounting(bool counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged(counting);
}

void CustomerTableModel::setMatchCount(qint64 count)
{
    if (count == m_matchCount)
        return;
    m_matchCount = count;
    Q_EMIT matchCountChanged(count);
}

bool CustomerTableModel::hasFieldFilters() const
{
    return m_filter.tier || m_filter.lifecycle || m_filter.ownerId;
}

bool CustomerTableModel::matchesFieldFilters(const Customer &c) const
{
    if (m_filter.tier && c.tier != *m_filter.tier)
        return false;
    if (m_filter.lifecycle && c.lifecycle != *m_filter.lifecycle)
        return false;
    if (m_filter.ownerId && c.ownerId != *m_filter.ownerId)
        return false;
    return true;
}

// A row that belongs after the last loaded one is left for fetchMore, which will find it
// because the keyset cursor points at the last loaded row.
void CustomerTableModel::insertInOrder(const Customer &customer)
{
    const int at = CustomerOrdering(m_order).place(m_rows, customer);
    if (at == m_rows.size() && m_next)
        return;
    beginInsertRows({}, at, at);
    m_rows.insert(at, customer);
    endInsertRows();
}

bool CustomerTableModel::readyForChange()
{
    if (m_loadingFirst) {
        reload();
        return false;
    }
    if (m_fetching)
        m_fetchOutdated = true;
    return true;
}

void CustomerTableModel::adjustMatchCount(qint64 delta)
{
    if (m_counting)
        recount(); // the count on its way may or may not include this change
    else
        setMatchCount(qMax<qint64>(0, m_matchCount + delta));
}

void CustomerTableModel::onCustomerAdded(const QString &id)
{
    if (!readyForChange())
        return;
    if (rowOf(id) >= 0) {
        onCustomerChanged(id);
        return;
    }
    if (!m_filter.search.trimmed().isEmpty()) {
        // Only the search index knows whether the new customer matches the text.
        reload();
        return;
    }
    auto customer = m_session->customers().get(id);
    if (!customer || !matchesFieldFilters(*customer))
        return;
    insertInOrder(*customer);
    adjustMatchCount(+1);
}

void CustomerTableModel::onCustomerChanged(const QString &id)
{
    if (!readyForChange())
        return;
    auto customer = m_session->customers().get(id);
    if (!customer) {
        onCustomerRemoved(id);
        return;
    }
    const int row = rowOf(id);
    const bool matches = matchesFieldFilters(*customer);
    if (row < 0) {
        if (matches && m_filter.search.trimmed().isEmpty())
            insertInOrder(*customer);
        if (hasFieldFilters())
            recount();
        return;
    }
    if (!matches) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        recount();
        return;
    }
    const int place = CustomerOrdering(m_order).place(m_rows, *customer, row);
    if (place == m_rows.size() - 1 && m_next) {
        // It now sorts after everything loaded: fetchMore will bring it back in its place.
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (place != row) {
        const int destination = place < row ? place : place + 1;
        beginMoveRows({}, row, row, {}, destination);
        m_rows.move(row, place);
        endMoveRows();
    }
    m_rows[place] = *customer;
    Q_EMIT dataChanged(index(place, 0), index(place, ColumnCount - 1));
}

void CustomerTableModel::onCustomerRemoved(const QString &id)
{
    if (!readyForChange())
        return;
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (row >= 0 || (!hasFieldFilters() && m_filter.search.trimmed().isEmpty()))
        adjustMatchCount(-1);
    else
        recount();
}

} // namespace guanxi
