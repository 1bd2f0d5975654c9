#pragma once

#include <QWidget>

class QSplitter;

namespace guanxi {

class CustomerDetailPane;
class CustomerListView;
class WorkspaceSession;

// The customer list beside the selected customer's details, and the customer commands
// (new, edit, delete) of the Edit menu.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(WorkspaceSession *session, QWidget *parent = nullptr);

    CustomerListView *list() const { return m_list; }
    CustomerDetailPane *detail() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    // The customer the commands act on: the one in the detail pane.
    QString currentCustomerId() const;
    // Shows the customer: selected in the list when it is loaded there, always in the pane.
    void showCustomer(const QString &id);

    // The list/detail split, as saved by QSplitter::saveState().
    void restoreSplitter(const QByteArray &state);

    void newCustomer();
    void editCustomer(const QString &id);
    void editCurrentCustomer();
    void deleteCurrentCustomer();

Q_SIGNALS:
    void currentCustomerChanged(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    WorkspaceSession *m_session;
    QSplitter *m_splitter;
    CustomerListView *m_list;
    CustomerDetailPane *m_detail;
    bool m_splitterSized = false;
    QByteArray m_savedSplitter;
    bool m_selectFirst = true; // when the list's first page arrives
    QString m_pendingSelection; // the customer to select then
};

} // namespace guanxi
