#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTreeView;

namespace guanxi {

class FollowUpAgendaModel;
class SnoozeMenu;
class StaffComboBox;
class WorkspaceSession;
struct FollowUp;

// What needs doing: open follow-ups grouped into overdue, today and the next 14 days, for
// everyone or one owner. Done, snooze, edit, delete (all undoable) and open the customer.
class FollowUpsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FollowUpsPage(WorkspaceSession *session, QWidget *parent = nullptr);

    FollowUpAgendaModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    StaffComboBox *ownerFilter() const { return m_owner; }

    void markCurrentDone();
    void snoozeCurrent(const QDate &until);
    void openCurrentCustomer();
    void editCurrent();
    void deleteCurrent();
    // Re-reads the list (a new day may have begun).
    void refresh();

Q_SIGNALS:
    void openCustomerRequested(const QString &customerId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    const FollowUp *current() const;
    void retranslateUi();
    void updateActions();

    WorkspaceSession *m_session;
    FollowUpAgendaModel *m_model;
    StaffComboBox *m_owner;
    QLabel *m_ownerLabel;
    QTreeView *m_view;
    SnoozeMenu *m_snoozeMenu;
    QAction *m_done;
    QAction *m_snooze;
    QAction *m_open;
    QAction *m_edit;
    QAction *m_delete;
    QString m_currentId;
};

} // namespace guanxi
