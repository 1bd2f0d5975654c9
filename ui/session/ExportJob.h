#pragma once

#include "JobThread.h"
#include "Result.h"
#include "exchange/export/ExportOptions.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <optional>

namespace guanxi {

// Runs core's Exporter on a worker thread with its own read-only connection to the workspace:
// the window stays responsive while a large list is written. cancel() stops it at the next page;
// the export then fails with ErrorCode::Cancelled and leaves no file behind.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    ExportJob(QString workspacePath, QString targetPath, exchange::ExportOptions options, QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    void start();
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread.isRunning(); }
    QString targetPath() const { return m_targetPath; }
    const exchange::ExportOptions &options() const { return m_options; }
    // Set once finished() was emitted.
    const std::optional<JobOutcome<exchange::ExportSummary>> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void run();

    QString m_workspacePath;
    QString m_targetPath;
    exchange::ExportOptions m_options;
    std::atomic<bool> m_cancelled {false};
    std::optional<JobOutcome<exchange::ExportSummary>> m_outcome;
    JobThread m_thread {QStringLiteral("guanxi export")};
};

} // namespace guanxi
