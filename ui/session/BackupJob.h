#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace guanxi {

// Copies a workspace with Workspace::backupTo on a worker thread that opens its own
// connection to the file (a Workspace belongs to the thread that opened it). Progress and the
// outcome arrive as signals on the thread that created the job; cancel() stops it and leaves
// no partial file behind.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    BackupJob(const QString &workspacePath, const QString &targetPath, QObject *parent = nullptr);
    ~BackupJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const;

Q_SIGNALS:
    void progress(int pagesDone, int pagesTotal);
    // ok, or cancelled, or a translated message saying what went wrong.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void run();

    QString m_workspacePath;
    QString m_targetPath;
    std::atomic<bool> m_cancelled {false};
    QThread *m_thread = nullptr;
};

} // namespace guanxi
