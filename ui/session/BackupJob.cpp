#include "BackupJob.h"

#include "storage/Workspace.h"

#include <QThread>

namespace guanxi {

BackupJob::BackupJob(const QString &workspacePath, const QString &targetPath, QObject *parent)
    : QObject(parent), m_workspacePath(workspacePath), m_targetPath(targetPath)
{
}

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackupJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->start();
}

void BackupJob::run()
{
    Workspace::Options options;
    options.readOnly = true; // reading is all a backup needs
    options.quickCheck = false; // the copy is what matters; `check` is a separate command
    auto workspace = Workspace::open(m_workspacePath, options);
    if (!workspace) {
        Q_EMIT finished(false, false, workspace.error().message);
        return;
    }
    const Status copied = (*workspace)->backupTo(m_targetPath, [this](int done, int total) {
        Q_EMIT progress(done, total);
        return !m_cancelled.load();
    });
    workspace->reset(); // close the connection on this thread
    if (copied)
        Q_EMIT finished(true, false, QString());
    else
        Q_EMIT finished(false, copied.error().code == ErrorCode::Cancelled, copied.error().message);
}

} // namespace guanxi
