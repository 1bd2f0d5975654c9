#include "IntegrityCheckJob.h"

#include "storage/Workspace.h"

#include <QDir>
#include <QThread>

namespace guanxi {

IntegrityCheckJob::IntegrityCheckJob(const QString &workspacePath, Depth depth, QObject *parent)
    : QObject(parent), m_path(workspacePath), m_depth(depth)
{
}

IntegrityCheckJob::~IntegrityCheckJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheckJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("guanxi integrity check"));
    m_thread->start(QThread::LowPriority);
}

void IntegrityCheckJob::run()
{
    Workspace::Options options;
    options.readOnly = true;
    options.quickCheck = false; // this job is the check
    auto workspace = Workspace::open(m_path, options);
    if (!workspace) {
        Q_EMIT finished(false, workspace.error().message);
        return;
    }
    auto report = (*workspace)->check(m_depth == Depth::Full);
    workspace->reset();
    if (!report)
        Q_EMIT finished(false, report.error().message);
    else if (!report->ok || !report->problems.isEmpty())
        Q_EMIT finished(
            false,
            tr("“%1” may be damaged. Make a backup now and restore it from an earlier backup if "
               "data is missing.\n\n%2")
                .arg(QDir::toNativeSeparators(m_path), report->problems.mid(0, 10).join(QLatin1Char('\n'))));
    else
        Q_EMIT finished(true, QString());
}

} // namespace guanxi
