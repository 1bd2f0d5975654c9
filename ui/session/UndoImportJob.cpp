#include "UndoImportJob.h"

namespace guanxi {

UndoImportJob::UndoImportJob(QString workspacePath, QString batchId, QObject *parent)
    : QObject(parent), m_workspacePath(std::move(workspacePath)), m_batchId(std::move(batchId))
{
}

UndoImportJob::~UndoImportJob()
{
    m_thread.wait();
}

void UndoImportJob::start()
{
    m_thread.start([this] { run(); });
}

void UndoImportJob::run()
{
    auto outcome = runWithOwnConnection<ImportUndoResult>(m_workspacePath, false, [this](Workspace &workspace) {
        return ImportBatchRepository(workspace).undo(m_batchId);
    });
    handOver(this, m_outcome, std::move(outcome), [this] { Q_EMIT finished(); });
}

} // namespace guanxi
