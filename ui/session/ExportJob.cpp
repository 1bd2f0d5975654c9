#include "ExportJob.h"

#include "exchange/export/Exporter.h"

namespace guanxi {

ExportJob::ExportJob(QString workspacePath, QString targetPath, exchange::ExportOptions options, QObject *parent)
    : QObject(parent), m_workspacePath(std::move(workspacePath)), m_targetPath(std::move(targetPath)),
      m_options(std::move(options))
{
}

ExportJob::~ExportJob()
{
    m_cancelled = true;
    m_thread.wait();
}

void ExportJob::start()
{
    m_thread.start([this] { run(); });
}

void ExportJob::run()
{
    auto outcome = runWithOwnConnection<exchange::ExportSummary>(m_workspacePath, true, [this](Workspace &workspace) {
        exchange::ExportOptions options = m_options;
        options.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            return !m_cancelled.load();
        };
        return exchange::Exporter(workspace).run(m_targetPath, options);
    });
    handOver(this, m_outcome, std::move(outcome), [this] { Q_EMIT finished(); });
}

} // namespace guanxi
