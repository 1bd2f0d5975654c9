#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace guanxi {

class WorkspaceSession;

// The status bar's permanent parts: how many customers the workspace holds, a read-only
// badge, and the workspace's path.
class StatusBarWidgets : public QObject
{
    Q_OBJECT

public:
    StatusBarWidgets(WorkspaceSession *session, QStatusBar *bar);

    void retranslate();
    bool isCounting() const;
    QLabel *countLabel() const { return m_count; }
    QLabel *readOnlyLabel() const { return m_readOnly; }
    QLabel *pathLabel() const { return m_path; }

private:
    void recount();
    void adjust(int delta);
    void update();

    WorkspaceSession *m_session;
    QLabel *m_count;
    QLabel *m_readOnly;
    QLabel *m_path;
    qint64 m_customers = -1; // -1 while counting
    int m_channel;
    quint64 m_generation = 0;
};

} // namespace guanxi
