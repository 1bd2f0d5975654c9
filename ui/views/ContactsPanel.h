#pragma once

#include <QWidget>

class QAction;
class QTreeView;

namespace guanxi {

class ContactTableModel;
class WorkspaceSession;

// The selected customer's contacts: a table with Add, Edit and Delete.
class ContactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPanel(WorkspaceSession *session, QWidget *parent = nullptr);

    void setCustomer(const QString &customerId);
    ContactTableModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }

    void addContact();
    void editCurrent();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    int currentRow() const;

    WorkspaceSession *m_session;
    ContactTableModel *m_model;
    QTreeView *m_view;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace guanxi
