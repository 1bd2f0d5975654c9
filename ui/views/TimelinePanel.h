#pragma once

#include <QWidget>

class QAction;
class QListView;

namespace guanxi {

class TimelineModel;
class WorkspaceSession;

// The selected customer's interactions, newest first, with Log, Edit and Delete.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(WorkspaceSession *session, QWidget *parent = nullptr);

    void setCustomer(const QString &customerId);
    TimelineModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QAction *logAction() const { return m_log; }

    void logInteraction();
    void editCurrent();
    void deleteCurrent();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    int currentRow() const;

    WorkspaceSession *m_session;
    TimelineModel *m_model;
    QListView *m_view;
    QAction *m_log;
    QAction *m_edit;
    QAction *m_delete;
};

} // namespace guanxi
