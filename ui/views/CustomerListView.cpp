#include "CustomerListView.h"

#include "models/CustomerTableModel.h"
#include "session/WorkspaceSession.h"
#include "widgets/EnumCombo.h"
#include "widgets/Icons.h"
#include "widgets/StaffComboBox.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace guanxi {

CustomerListView::CustomerListView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new CustomerTableModel(session, this)),
      m_search(new QLineEdit(this)), m_tier(new QComboBox(this)), m_lifecycle(new QComboBox(this)),
      m_owner(new StaffComboBox(session, StaffComboBox::Mode::Filter, this)), m_count(new QLabel(this)),
      m_view(new QTableView(this)), m_emptyHint(new QLabel(m_view->viewport())), m_searchTimer(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycleFilter"));
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_count->setObjectName(QStringLiteral("matchCount"));
    m_view->setObjectName(QStringLiteral("customerTable"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::named(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_tier->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lifecycle->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_tier);
    filters->addWidget(m_lifecycle);
    filters->addWidget(m_owner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    // A table view, not a tree view: QTreeView asks a lazy model for more rows on every layout
    // and would pull in the whole million; QTableView fetches only when the user scrolls to the
    // end. Fixed row heights spare it from measuring rows.
    m_view->setModel(m_model);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(qMax(m_view->fontMetrics().height(), 16) + 6);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    // The name column's icon already tells companies from people, and the change time matters
    // less: both start hidden on ordinary screens; the header's context menu shows them.
    m_view->setColumnHidden(CustomerTableModel::KindColumn, true);
    m_view->setColumnHidden(CustomerTableModel::UpdatedColumn, true);
    // Right-click on the header chooses the columns.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = CustomerTableModel::KindColumn; column < CustomerTableModel::ColumnCount; ++column) {
        auto *action = new QAction(header);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        header->addAction(action);
        m_columnActions.append(action);
    }
    m_view->viewport()->installEventFilter(this);

    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false); // drawn in the disabled text colour
    m_emptyHint->hide();

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerListView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CustomerListView::applyFiltersNow);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFiltersNow);
    connect(m_lifecycle, &QComboBox::currentIndexChanged, this, &CustomerListView::applyFiltersNow);
    connect(m_owner, &StaffComboBox::staffSelected, this, &CustomerListView::applyFiltersNow);
    connect(header, &QHeaderView::sectionClicked, this, &CustomerListView::onHeaderClicked);

    connect(m_model, &CustomerTableModel::matchCountChanged, this, &CustomerListView::updateCount);
    connect(m_model, &CustomerTableModel::countingChanged, this, &CustomerListView::updateCount);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_idBeforeReset = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_idBeforeReset.isEmpty())
            selectCustomer(m_idBeforeReset);
        m_idBeforeReset.clear();
        updateEmptyHint();
        emitCurrent();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CustomerListView::updateEmptyHint);
    connect(m_model, &CustomerTableModel::firstPageLoaded, this, &CustomerListView::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateEmptyHint();
        emitCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CustomerListView::emitCurrent);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT customerActivated(index.data(CustomerTableModel::IdRole).toString());
    });
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] {
        // The model has dropped its filters; show that.
        const QSignalBlocker a(m_search), b(m_tier), c(m_lifecycle);
        m_searchTimer->stop();
        m_search->clear();
        m_tier->setCurrentIndex(0);
        m_lifecycle->setCurrentIndex(0);
        m_owner->setStaffId(std::nullopt);
        const CustomerOrder order = m_model->order();
        m_view->horizontalHeader()->setSortIndicator(CustomerTableModel::columnForSort(order.column), order.order);
        updateCount();
    });

    retranslateUi();
    fitColumns(true);
    updateCount();
    updateEmptyHint();
}

// Widths from what the columns hold, in the current language and font. After a language change
// columns only grow, so widths the user chose survive.
void CustomerListView::fitColumns(bool initial)
{
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const int iconSpace = m_view->iconSize().isValid() ? m_view->iconSize().width() + 6 : 22;
    const auto widest = [&](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text));
        return width;
    };
    const auto labels = [](auto values) {
        QStringList texts;
        for (auto value : values)
            texts.append(enumLabel(value));
        return texts;
    };
    QHeaderView *header = m_view->horizontalHeader();
    const auto fit = [&](int column, int contentWidth) {
        const int headerWidth = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
        const int width = qMax(contentWidth + padding, headerWidth);
        if (initial || header->sectionSize(column) < width)
            header->resizeSection(column, width);
    };
    fit(CustomerTableModel::NameColumn,
        widest({QStringLiteral("北京长城科技股份有限公司分公司"), QStringLiteral("Adventure Works Trading Ltd.")})
            + iconSpace);
    fit(CustomerTableModel::KindColumn, widest(labels(enumValues<CustomerKind>())));
    fit(CustomerTableModel::TierColumn, widest(labels(enumValues<RelationshipTier>())));
    fit(CustomerTableModel::LifecycleColumn, widest(labels(enumValues<LifecycleLevel>())) + iconSpace);
    fit(CustomerTableModel::OwnerColumn, widest({QStringLiteral("王小明"), QStringLiteral("David Chen")}));
    fit(CustomerTableModel::CityColumn, widest({QStringLiteral("乌鲁木齐"), QStringLiteral("San Francisco")}));
    fit(CustomerTableModel::PhoneColumn, widest({QStringLiteral("010-12345678"), QStringLiteral("+8613812345678")}));
    fit(CustomerTableModel::EmailColumn, widest({QStringLiteral("info@example.com.cn")}));
    fit(CustomerTableModel::UpdatedColumn, widest({QStringLiteral("2026-12-31 23:59")}));
}

QString CustomerListView::currentCustomerId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CustomerTableModel::IdRole).toString() : QString();
}

bool CustomerListView::selectCustomer(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void CustomerListView::selectFirst()
{
    if (m_model->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CustomerListView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CustomerListView::applyFiltersNow()
{
    m_searchTimer->stop();
    applyFilters();
}

void CustomerListView::applyFilters()
{
    CustomerFilter filter;
    filter.search = m_search->text();
    filter.tier = EnumCombo::value<RelationshipTier>(m_tier);
    filter.lifecycle = EnumCombo::value<LifecycleLevel>(m_lifecycle);
    filter.ownerId = m_owner->staffId();
    m_model->setFilter(filter);
    updateCount();
}

void CustomerListView::onHeaderClicked(int section)
{
    QHeaderView *header = m_view->horizontalHeader();
    const CustomerOrder current = m_model->order();
    const auto sort = CustomerTableModel::sortForColumn(section);
    if (!sort) {
        // Not sortable: keep showing the order the rows are really in.
        header->setSortIndicator(CustomerTableModel::columnForSort(current.column), current.order);
        return;
    }
    // A click on the sorted column flips the order; on another column it starts ascending.
    const Qt::SortOrder order
        = current.column == *sort && current.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    header->setSortIndicator(section, order);
    const QString id = currentCustomerId();
    m_model->sort(section, order);
    if (!id.isEmpty())
        selectCustomer(id);
}

void CustomerListView::updateCount()
{
    const qint64 n = m_model->matchCount();
    const CustomerFilter filter = m_model->filter();
    const bool filtered = !filter.search.trimmed().isEmpty() || filter.tier || filter.lifecycle || filter.ownerId;
    if (!m_session->isOpen())
        m_count->clear();
    else if (m_model->isCounting())
        m_count->setText(tr("Counting…"));
    else if (filtered)
        m_count->setText(tr("Matching customers: %1").arg(QLocale().toString(n)));
    else
        m_count->setText(tr("Customers: %1").arg(QLocale().toString(n)));
    updateEmptyHint();
}

void CustomerListView::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0 && m_session->isOpen() && !m_model->isLoading();
    if (empty) {
        const CustomerFilter filter = m_model->filter();
        const bool filtered = !filter.search.trimmed().isEmpty() || filter.tier || filter.lifecycle || filter.ownerId;
        m_emptyHint->setText(filtered ? tr("No customer matches the search and filters.")
                                      : tr("No customers yet.\nCreate the first one with Edit ▸ New Customer."));
        m_emptyHint->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    }
    m_emptyHint->setVisible(empty);
}

void CustomerListView::emitCurrent()
{
    const QString id = currentCustomerId();
    if (id == m_lastEmitted)
        return;
    m_lastEmitted = id;
    Q_EMIT currentCustomerChanged(id);
}

QByteArray CustomerListView::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void CustomerListView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    m_view->horizontalHeader()->restoreState(state);
    for (int i = 0; i < m_columnActions.size(); ++i)
        m_columnActions.at(i)->setChecked(!m_view->isColumnHidden(CustomerTableModel::KindColumn + i));
    // The saved indicator says nothing about the order the model is in: show the model's.
    const CustomerOrder order = m_model->order();
    m_view->horizontalHeader()->setSortIndicator(CustomerTableModel::columnForSort(order.column), order.order);
}

bool CustomerListView::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search box moves into the list, as in a browser's address bar; Escape
    // clears the search.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applyFiltersNow();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            applyFiltersNow();
            m_view->setFocus(Qt::OtherFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, 0));
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        updateEmptyHint();
    return QWidget::eventFilter(watched, event);
}

void CustomerListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CustomerListView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search names, pinyin, contacts, phone, e-mail, city…"));
    m_search->setToolTip(tr("Type Chinese, pinyin (bjcc, changcheng), a phone number or an e-mail address"));
    EnumCombo::fill<RelationshipTier>(m_tier, tr("All relationships"));
    EnumCombo::fill<LifecycleLevel>(m_lifecycle, tr("All lifecycle levels"));
    m_tier->setToolTip(tr("Relationship tier"));
    m_lifecycle->setToolTip(tr("Lifecycle level"));
    m_owner->setToolTip(tr("Owner"));
    m_model->retranslate();
    fitColumns(false);
    for (int i = 0; i < m_columnActions.size(); ++i)
        m_columnActions.at(i)->setText(
            m_model->headerData(CustomerTableModel::KindColumn + i, Qt::Horizontal).toString());
    updateCount();
}

} // namespace guanxi
