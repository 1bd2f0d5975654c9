#include "ImportJob.h"

#include "exchange/import/Importer.h"

namespace guanxi {

ImportJob::ImportJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request))
{
}

ImportJob::~ImportJob()
{
    m_cancel.request();
    m_thread.wait();
}

void ImportJob::start()
{
    m_thread.start([this] { run(); });
}

void ImportJob::cancel()
{
    m_cancel.request();
}

void ImportJob::run()
{
    auto outcome = runWithOwnConnection<ImportReport>(m_request.workspacePath, false, [this](Workspace &workspace) {
        auto source = openImportSource(m_request.filePath, m_request.kind, m_request.format);
        if (!source)
            return Result<ImportReport>(source.error());
        ImportOptions options = m_request.options;
        options.cancel = &m_cancel;
        options.progress = [this](const ImportProgress &p) {
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progress(p.rows, p.bytesRead, p.totalBytes); }, Qt::QueuedConnection);
        };
        options.stage = [this](BulkWriter::Stage stage) {
            QMetaObject::invokeMethod(
                this, [this, stage] { Q_EMIT stageChanged(stage); }, Qt::QueuedConnection);
        };
        return Importer::run(workspace, **source, options);
    });
    handOver(this, m_outcome, std::move(outcome), [this] { Q_EMIT finished(); });
}

} // namespace guanxi
