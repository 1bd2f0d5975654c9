#pragma once

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace guanxi {

class BackupJob;
class WorkspaceSession;

// File ▸ Backup…: asks where, then copies the workspace on a worker thread with a progress
// dialog that can cancel. The window stays usable while it runs.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(WorkspaceSession *session, QWidget *window);

    // Asks for a file name, then backUpTo().
    void backUp();
    void backUpTo(const QString &targetPath);
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    // ok, or cancelled, or a translated message (also shown to the user).
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void onFinished(bool ok, bool cancelled, QString message);

    WorkspaceSession *m_session;
    QWidget *m_window;
    BackupJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    QString m_target; // where the user asked for the backup
    QString m_written; // where the job writes it
};

} // namespace guanxi
