#pragma once

#include <QWidget>

class QAction;
class QToolButton;
class QTreeView;

namespace guanxi {

class FollowUpTableModel;
class SnoozeMenu;
class WorkspaceSession;

// The selected customer's follow-ups (open first) with Add, Edit, Done/Reopen, Snooze, Delete.
class CustomerFollowUpsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerFollowUpsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    void setCustomer(const QString &customerId, const QString &ownerId);
    FollowUpTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }

    void addFollowUp();
    void editCurrent();
    void toggleDone();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    int currentRow() const;

    WorkspaceSession *m_session;
    FollowUpTableModel *m_model;
    QTreeView *m_view;
    SnoozeMenu *m_snoozeMenu;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_done;
    QAction *m_snooze;
    QAction *m_delete;
    QString m_ownerId;
};

} // namespace guanxi
