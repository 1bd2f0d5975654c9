#include "CustomersPage.h"

#include "CustomerDetailPane.h"
#include "CustomerListView.h"
#include "dialogs/CustomerDialog.h"
#include "models/CustomerTableModel.h"
#include "session/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "widgets/MessageBoxes.h"

#include <QHBoxLayout>
#include <QShowEvent>
#include <QSplitter>

namespace guanxi {

CustomersPage::CustomersPage(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_list(new CustomerListView(session, m_splitter)), m_detail(new CustomerDetailPane(session, m_splitter))
{
    m_splitter->setObjectName(QStringLiteral("customersSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    connect(m_list, &CustomerListView::currentCustomerChanged, this, [this](const QString &id) {
        m_detail->setCustomer(id);
        Q_EMIT currentCustomerChanged(id);
    });
    connect(m_list, &CustomerListView::customerActivated, this, &CustomersPage::editCustomer);
    connect(m_detail, &CustomerDetailPane::editRequested, this, &CustomersPage::editCustomer);
    connect(session, &WorkspaceSession::customerRemoved, this, [this](const QString &id) {
        if (id == m_detail->customerId())
            Q_EMIT currentCustomerChanged({});
    });
    // A workspace opens with its first customer shown, not an empty pane.
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { m_selectFirst = true; });
    connect(m_list->model(), &CustomerTableModel::firstPageLoaded, this, [this] {
        if (!m_pendingSelection.isEmpty())
            m_list->selectCustomer(m_pendingSelection);
        else if (m_selectFirst && m_list->currentCustomerId().isEmpty())
            m_list->selectFirst();
        m_pendingSelection.clear();
        m_selectFirst = false;
    });
}

void CustomersPage::restoreSplitter(const QByteArray &state)
{
    // Applied when the page is first shown: before that the splitter has no real width, and
    // sizes restored into a tiny splitter come out squeezed.
    m_savedSplitter = state;
}

void CustomersPage::showEvent(QShowEvent *event)
{
    if (!m_splitterSized && !m_savedSplitter.isEmpty())
        m_splitterSized = m_splitter->restoreState(m_savedSplitter);
    if (!m_splitterSized) {
        // The list gets most of the room: it has the most columns.
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 64 / 100, width - width * 64 / 100});
        m_splitterSized = true;
    }
    QWidget::showEvent(event);
}

QString CustomersPage::currentCustomerId() const
{
    return m_detail->customerId();
}

void CustomersPage::showCustomer(const QString &id)
{
    // While the list is loading, select the customer when its rows arrive.
    m_pendingSelection = m_list->selectCustomer(id) || !m_list->model()->isLoading() ? QString() : id;
    if (m_detail->customerId() != id) {
        m_detail->setCustomer(id);
        Q_EMIT currentCustomerChanged(m_detail->customerId());
    }
}

void CustomersPage::newCustomer()
{
    if (!m_session->canEdit())
        return;
    auto *dialog = new CustomerDialog(m_session, Customer {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, &CustomersPage::showCustomer);
    dialog->open();
}

void CustomersPage::editCustomer(const QString &id)
{
    if (!m_session->canEdit() || id.isEmpty())
        return;
    auto customer = m_session->customers().get(id);
    if (!customer) {
        MessageBoxes::warning(this, tr("Edit customer"), customer.error().message);
        return;
    }
    auto *dialog = new CustomerDialog(m_session, *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomersPage::editCurrentCustomer()
{
    editCustomer(currentCustomerId());
}

void CustomersPage::deleteCurrentCustomer()
{
    const QString id = currentCustomerId();
    if (!m_session->canEdit() || id.isEmpty())
        return;
    const Customer customer = m_detail->customer();
    if (MessageBoxes::question(this, tr("Delete customer"),
                               tr("Delete “%1” with its contacts, timeline and follow-ups?\n"
                                  "You can undo this with Edit ▸ Undo.")
                                   .arg(customer.name))
        != QMessageBox::Yes)
        return;
    if (Status removed = m_session->remove(customer); !removed)
        MessageBoxes::warning(this, tr("Customer not deleted"), removed.error().message);
}

} // namespace guanxi
