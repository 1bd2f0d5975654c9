#pragma once

#include "domain/Customer.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace guanxi {

class ContactsPanel;
class CustomerFollowUpsPanel;
class CustomerProfileWidget;
class TimelinePanel;
class WorkspaceSession;

// Everything about the selected customer: a header with the name and the relationship at a
// glance, then tabs for the profile, contacts, the interaction timeline and follow-ups.
class CustomerDetailPane : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ProfileTab, ContactsTab, TimelineTab, FollowUpsTab };

    explicit CustomerDetailPane(WorkspaceSession *session, QWidget *parent = nullptr);

    void setCustomer(const QString &id);
    QString customerId() const { return m_customer.id(); }
    const Customer &customer() const { return m_customer; }
    void showTab(Tab tab);

    CustomerProfileWidget *profile() const { return m_profile; }
    ContactsPanel *contacts() const { return m_contacts; }
    TimelinePanel *timeline() const { return m_timeline; }
    CustomerFollowUpsPanel *followUps() const { return m_followUps; }

Q_SIGNALS:
    void editRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHeader();
    void reload();
    void retranslateUi();
    void updateHeader();
    void updateTabTitles();

    WorkspaceSession *m_session;
    Customer m_customer;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_name;
    QLabel *m_summary;
    QToolButton *m_editButton;
    QTabWidget *m_tabs;
    CustomerProfileWidget *m_profile;
    ContactsPanel *m_contacts;
    TimelinePanel *m_timeline;
    CustomerFollowUpsPanel *m_followUps;
};

} // namespace guanxi
