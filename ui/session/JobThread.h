#pragma once

#include "Result.h"
#include "storage/Workspace.h"

#include <QString>
#include <QThread>

#include <functional>
#include <optional>
#include <utility>

namespace guanxi {

// The thread of one worker job (ImportJob, ExportJob, UndoImportJob): runs its work once, on
// its own thread, with its own Workspace connection opened there. The job waits for it before
// it goes away (wait()), so the work never outlives what it uses.
class JobThread
{
public:
    explicit JobThread(QString name) : m_name(std::move(name)) { }
    ~JobThread();
    JobThread(const JobThread &) = delete;
    JobThread &operator=(const JobThread &) = delete;

    // Does nothing when it was started before.
    void start(std::function<void()> work, QThread::Priority priority = QThread::InheritPriority);
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    bool wasStarted() const { return m_thread != nullptr; }
    void wait();

private:
    QString m_name;
    QThread *m_thread = nullptr;
};

// What a job's work returned, and the clock of its connection when it closed (for
// WorkspaceSession::notifyBulkChange after a write).
template<typename T> struct JobOutcome {
    Result<T> result;
    quint64 writerClock = 0;
};

// Hands a job's outcome from its worker thread to the thread the job belongs to: stores it in
// `slot` there, then calls `done` (which emits the job's finished()). Dropped when the job is
// gone by then.
template<typename T, typename Done>
void handOver(QObject *job, std::optional<JobOutcome<T>> &slot, JobOutcome<T> outcome, Done done)
{
    QMetaObject::invokeMethod(
        job,
        [&slot, outcome = std::move(outcome), done] {
            slot = outcome;
            done();
        },
        Qt::QueuedConnection);
}

// Lets a running job whose result nobody wants any more end on its own: `receiver` hears no more
// of it, it is cancelled, and it deletes itself once finished. `job` is set to null.
template<typename Job> void abandonJob(Job *&job, QObject *receiver)
{
    if (!job)
        return;
    Job *abandoned = std::exchange(job, nullptr);
    QObject::disconnect(abandoned, nullptr, receiver, nullptr);
    QObject::connect(abandoned, &Job::finished, abandoned, &QObject::deleteLater);
    abandoned->cancel();
}

// Opens the job's own connection to the workspace (on the calling thread, the job's), runs
// `work` with it, closes it, and returns what `work` returned.
template<typename T, typename Work>
JobOutcome<T> runWithOwnConnection(const QString &workspacePath, bool readOnly, Work &&work)
{
    Workspace::Options options;
    options.readOnly = readOnly;
    options.quickCheck = false; // the window checked the file when it opened it
    auto workspace = Workspace::open(workspacePath, options);
    if (!workspace)
        return {workspace.error(), 0};
    Result<T> result = work(**workspace);
    const quint64 clock = (*workspace)->clock().last();
    workspace->reset(); // a connection is closed on the thread that opened it
    return {std::move(result), clock};
}

} // namespace guanxi
