#include "CustomerDetailPane.h"

#include "ContactsPanel.h"
#include "CustomerFollowUpsPanel.h"
#include "CustomerProfileWidget.h"
#include "TimelinePanel.h"
#include "models/ContactTableModel.h"
#include "models/FollowUpTableModel.h"
#include "models/TimelineModel.h"
#include "session/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "widgets/Icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace guanxi {

CustomerDetailPane::CustomerDetailPane(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_stack(new QStackedWidget(this)), m_placeholder(new QLabel(this)),
      m_name(new QLabel(this)), m_summary(new QLabel(this)), m_editButton(new QToolButton(this)),
      m_tabs(new QTabWidget(this)), m_profile(new CustomerProfileWidget(this)),
      m_contacts(new ContactsPanel(session, this)), m_timeline(new TimelinePanel(session, this)),
      m_followUps(new CustomerFollowUpsPanel(session, this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);

    auto *profileScroll = new QScrollArea(this);
    profileScroll->setWidget(m_profile);
    profileScroll->setWidgetResizable(true);
    profileScroll->setFrameShape(QFrame::NoFrame);
    m_tabs->addTab(profileScroll, QString());
    m_tabs->addTab(m_contacts, QString());
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_followUps, QString());

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(buildHeader());
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_editButton, &QToolButton::clicked, this, [this] {
        if (!m_customer.id().isEmpty())
            Q_EMIT editRequested(m_customer.id());
    });
    connect(session, &WorkspaceSession::customerChanged, this, [this](const QString &id) {
        if (id == m_customer.id())
            reload();
    });
    connect(session, &WorkspaceSession::customerRemoved, this, [this](const QString &id) {
        if (id == m_customer.id())
            setCustomer({});
    });
    connect(session, &WorkspaceSession::staffChanged, this, &CustomerDetailPane::reload);
    connect(session, &WorkspaceSession::workspaceReplaced, this, [this] { setCustomer({}); });
    connect(session, &WorkspaceSession::bulkChanged, this, [this] {
        const QString id = m_customer.id(); // setCustomer() starts by clearing m_customer
        setCustomer(id);
    });
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_contacts->model()),
                                      static_cast<QAbstractItemModel *>(m_timeline->model()),
                                      static_cast<QAbstractItemModel *>(m_followUps->model())})
        connect(model, &QAbstractItemModel::modelReset, this, &CustomerDetailPane::updateTabTitles);
    retranslateUi();
    setCustomer({});
}

QWidget *CustomerDetailPane::buildHeader()
{
    auto *header = new QWidget(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("customerSummary"));
    m_summary->setWordWrap(true);
    m_editButton->setIcon(Icons::named(QStringLiteral("edit")));
    m_editButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_name);
    titles->addWidget(m_summary);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->addLayout(titles, 1);
    layout->addWidget(m_editButton, 0, Qt::AlignTop);
    return header;
}

void CustomerDetailPane::setCustomer(const QString &id)
{
    m_customer = Customer {};
    if (!id.isEmpty() && m_session->isOpen()) {
        if (auto found = m_session->customers().get(id))
            m_customer = *found;
    }
    m_profile->setCustomer(m_customer);
    m_contacts->setCustomer(m_customer.id());
    m_timeline->setCustomer(m_customer.id());
    m_followUps->setCustomer(m_customer.id(), m_customer.ownerId);
    m_stack->setCurrentIndex(m_customer.id().isEmpty() ? 0 : 1);
    updateHeader();
}

void CustomerDetailPane::reload()
{
    if (m_customer.id().isEmpty() || !m_session->isOpen())
        return;
    auto found = m_session->customers().get(m_customer.id());
    if (!found) {
        setCustomer({});
        return;
    }
    m_customer = *found;
    m_profile->setCustomer(m_customer);
    m_followUps->setCustomer(m_customer.id(), m_customer.ownerId);
    updateHeader();
}

void CustomerDetailPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void CustomerDetailPane::updateHeader()
{
    const Customer &c = m_customer;
    m_name->setText(c.name);
    QStringList facts {enumLabel(c.tier),
                       c.lifecycleManual ? tr("%1 (set by hand)").arg(enumLabel(c.lifecycle)) : enumLabel(c.lifecycle)};
    if (c.segment)
        facts.append(enumLabel(*c.segment));
    facts.append(c.ownerName.isEmpty() ? tr("no owner") : tr("owner %1").arg(c.ownerName));
    if (!c.city.isEmpty())
        facts.append(c.city);
    if (c.doNotContact)
        facts.append(tr("do not contact"));
    m_summary->setText(c.id().isEmpty() ? QString() : facts.join(QStringLiteral(" · ")));
    m_editButton->setEnabled(m_session->canEdit() && !c.id().isEmpty());
    updateTabTitles();
}

void CustomerDetailPane::updateTabTitles()
{
    m_tabs->setTabText(ProfileTab, tr("Profile"));
    m_tabs->setTabText(ContactsTab, tr("Contacts (%1)").arg(m_contacts->model()->rowCount()));
    m_tabs->setTabText(TimelineTab, tr("Timeline (%1)").arg(m_timeline->model()->rowCount()));
    m_tabs->setTabText(FollowUpsTab, tr("Follow-ups (%1)").arg(m_followUps->model()->openCount()));
    m_tabs->setTabToolTip(FollowUpsTab, tr("%n open follow-up(s)", nullptr, m_followUps->model()->openCount()));
}

void CustomerDetailPane::retranslateUi()
{
    m_placeholder->setText(tr("Select a customer to see the profile, contacts, timeline and follow-ups."));
    m_editButton->setText(tr("Edit…"));
    m_editButton->setToolTip(tr("Edit this customer"));
    updateHeader();
}

void CustomerDetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace guanxi
