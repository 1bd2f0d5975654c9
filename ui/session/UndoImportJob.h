#pragma once

#include "JobThread.h"
#include "Result.h"
#include "storage/ImportBatchRepository.h"

#include <QObject>
#include <QString>

#include <optional>

namespace guanxi {

// Takes an import back (ImportBatchRepository::undo, one transaction) on a worker thread with
// its own connection: undoing a large import takes a while, and the window stays responsive.
class UndoImportJob : public QObject
{
    Q_OBJECT

public:
    UndoImportJob(QString workspacePath, QString batchId, QObject *parent = nullptr);
    ~UndoImportJob() override; // waits for the worker

    void start();
    bool isRunning() const { return m_thread.isRunning(); }
    QString batchId() const { return m_batchId; }
    // Set once finished() was emitted.
    const std::optional<JobOutcome<ImportUndoResult>> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    void run();

    QString m_workspacePath;
    QString m_batchId;
    std::optional<JobOutcome<ImportUndoResult>> m_outcome;
    JobThread m_thread {QStringLiteral("guanxi undo import")};
};

} // namespace guanxi
