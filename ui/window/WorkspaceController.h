#pragma once

#include <QObject>

class QWidget;

namespace guanxi {

class WorkspaceSession;

// File ▸ New, Open, Open Recent and the workspace opened at start-up. Refusals from
// Workspace::open (not a workspace, newer version, locked, damaged, missing) are shown with
// core's translated message; the workspace that was open stays open.
class WorkspaceController : public QObject
{
    Q_OBJECT

public:
    WorkspaceController(WorkspaceSession *session, QWidget *window, bool remember = true);

    // Opens an existing workspace; false (after telling the user) when it was refused.
    bool openPath(const QString &path);
    // Creates a new workspace file and opens it.
    bool createPath(const QString &path);
    // At start-up: the last workspace, or the default one (created on the first start).
    bool openStartupWorkspace();

    // With file dialogs.
    void newWorkspace();
    void openWorkspace();

Q_SIGNALS:
    void recentWorkspacesChanged();

private:
    bool open(const QString &path, bool create);

    WorkspaceSession *m_session;
    QWidget *m_window;
    bool m_remember;
};

} // namespace guanxi
