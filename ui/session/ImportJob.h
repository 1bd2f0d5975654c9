#pragma once

#include "JobThread.h"
#include "Result.h"
#include "exchange/import/ImportFileKind.h"
#include "exchange/import/ImportOptions.h"
#include "exchange/import/ImportReport.h"
#include "exchange/import/SourceFormat.h"
#include "storage/BulkWriter.h"

#include <QObject>
#include <QString>

#include <optional>

namespace guanxi {

// Runs one import (or its dry run) through core's Importer on a worker thread that opens its own
// connection to the workspace, like BackupJob: the window stays responsive, and the import is
// one write transaction of that connection. cancel() requests BulkCancel: the import stops and
// rolls back, and finished() reports ErrorCode::Cancelled (unless it had already committed).
//
// While it writes, the window's own connection and the customer list's reader only read (the
// import wizard is modal), so nothing waits on the import's write lock; in WAL mode readers never
// block the writer.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    struct Request {
        QString workspacePath;
        QString filePath;
        SourceFormat format;
        ImportOptions options; // cancel and progress are the job's own
        ImportFileKind kind = ImportFileKind::Csv; // which reader opens the file
    };

    explicit ImportJob(Request request, QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const { return m_thread.isRunning(); }
    bool isCancelRequested() const { return m_cancel.isRequested(); }
    const Request &request() const { return m_request; }
    // Set once finished() was emitted.
    const std::optional<JobOutcome<ImportReport>> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(qint64 rows, qint64 bytesRead, qint64 totalBytes);
    // The phases of the final commit, after the last row was read.
    void stageChanged(guanxi::BulkWriter::Stage stage);
    void finished();

private:
    void run();

    Request m_request;
    BulkCancel m_cancel;
    std::optional<JobOutcome<ImportReport>> m_outcome;
    JobThread m_thread {QStringLiteral("guanxi import")};
};

} // namespace guanxi
